package org.devassign.cli;

/** {@code devassign} on a plain class path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureStartup();
        System.exit(new Cli(Terminal.system()).run(args));
    }

    /**
     * Start-up settings that change how fast the libraries come up, not what they do; a value given to
     * the JVM (-D) wins. Guice builds Xtext's injectors by reflection instead of generating a class per
     * injected type at run time: a hundred classes defined at every start, which no AOT cache can hold
     * (a tenth of the CPU time of {@code validate}).
     */
    public static void configureStartup() {
        System.getProperties().putIfAbsent("guice_bytecode_gen_option", "DISABLED");
    }
}

package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.devassign.agent.api.tls.Fingerprint;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.tls.TlsStores;
import org.devassign.cli.Args;
import org.devassign.cli.Command;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.Identities;
import org.devassign.deploy.KnownAgents;
import org.devassign.deploy.PemImport;
import org.devassign.deploy.Revocations;
import org.devassign.deploy.Target;

/**
 * {@code devassign certs}: development identities (init), a board's identity for a fleet (board: its
 * CN is its name at the broker, signed by the folder's CA), revoking a client certificate (revoke),
 * pinning an agent's certificate (pin), bringing PEM files into a folder (import), and a
 * certificate's fingerprint (fingerprint).
 */
public final class CertsCommand implements Command {

    @Override
    public String name() {
        return "certs";
    }

    @Override
    public String summary() {
        return "TLS identities: make them (a CA, the agent's, one client per role), revoke, pin an agent, import PEM";
    }

    @Override
    public String usage() {
        return """
                usage: devassign certs init [--dir DIR] [--hosts NAME,ADDR,...] [--listen HOST:PORT]
                       devassign certs board NAME... [--dir DIR]
                       devassign certs revoke [--dir DIR] NAME|FILE.p12|FILE.pem
                       devassign certs pin --target HOST:PORT [--certs DIR] FINGERPRINT
                       devassign certs import [--dir DIR] --cert FILE.pem --key FILE.pem --ca FILE.pem
                       devassign certs fingerprint FILE.pem|FILE.p12
                  --dir DIR      the certificates folder (default $DEVASSIGN_CERTS, else $XDG_CONFIG_HOME/devassign/certs,
                                 else $HOME/.config/devassign/certs)
                  --hosts        names and addresses the agent is reached by (localhost and 127.0.0.1 always)
                  --listen       the agent's listen address in the agent.conf written (default 0.0.0.0:7443)
                init writes, in a folder of mode 0700, files of mode 0600: ca.p12 (the trust store), ca.pem, ca-key.p12,
                agent.p12, agent.pem, viewer.p12, operator.p12, debugger.p12 (each key store with a random password in
                the .pass file next to it), revoked.crl and agent.conf (roles by certificate subject and issuer).
                board writes NAME.p12 and NAME.pass (mode 0600) for each board of a fleet, signed by the CA of DIR: the
                board's agent.conf names it (mqtt.keystore = NAME.p12; its password file is found next to it).
                revoke adds a client certificate (NAME: DIR/NAME.p12) to DIR/revoked.crl; reload the agent after
                (systemctl reload devassign-agent, or kill -HUP its pid).
                pin records the agent's certificate fingerprint in DIR/known-agents: commands that talk to that
                agent then refuse any other certificate. The agent logs its fingerprint when it starts.
                import makes DIR/client.p12 (used for every role without its own store) from PEM files.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--dir", "--hosts", "--listen", "--certs", "--target", "-t", "--cert", "--key", "--ca");
    }

    @Override
    public int run(Args args, Terminal terminal) throws CommandFailure {
        String action = args.positional().isEmpty() ? "" : args.positional().get(0);
        Path dir = args.option("--dir") != null ? Path.of(args.option("--dir")) : Remote.certs(args);
        try {
            return switch (action) {
                case "init" -> init(args, dir, terminal);
                case "board" -> boards(dir, args.positional().subList(1, args.positional().size()), terminal);
                case "revoke" -> revoke(args, dir, terminal);
                case "pin" -> pin(args, dir, terminal);
                case "import" -> importPem(args, dir, terminal);
                case "fingerprint" -> fingerprint(args, terminal);
                default -> throw CommandFailure.usage("the certs command's actions are init, board, revoke, pin, import and fingerprint");
            };
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
    }

    private static void expect(Args args, int words, String usage) throws CommandFailure {
        if (args.positional().size() != words) {
            throw CommandFailure.usage("usage: devassign certs " + usage);
        }
    }

    private static int init(Args args, Path dir, Terminal terminal) throws CommandFailure, IOException {
        expect(args, 1, "init [--dir DIR] [--hosts NAME,ADDR,...] [--listen HOST:PORT] (certs board NAME... names boards)");
        List<String> hosts = new ArrayList<>();
        if (args.option("--hosts") != null) {
            for (String host : args.option("--hosts").split(",")) {
                if (!host.isBlank()) {
                    hosts.add(host.trim());
                }
            }
        }
        String listen = args.option("--listen") == null ? "0.0.0.0:7443" : args.option("--listen");
        for (Path file : Identities.init(dir, hosts, listen)) {
            terminal.out().println("wrote " + file);
        }
        terminal.out().println("the agent's certificate: SHA-256 " + Identities.agentFingerprint(dir));
        terminal.out().println("start the agent with: java -cp 'PLUGINS/*' org.devassign.agent.service.AgentMain --config "
                + dir.resolve("agent.conf"));
        return 0;
    }

    private static int revoke(Args args, Path dir, Terminal terminal) throws CommandFailure, IOException {
        expect(args, 2, "revoke [--dir DIR] NAME|FILE.p12|FILE.pem");
        String what = args.positional().get(1);
        Path file = what.contains("/") || what.contains(".") ? Path.of(what) : dir.resolve(what + ".p12");
        X509Certificate certificate = file.toString().endsWith(".p12") ? Identities.certificate(file)
                : TlsStores.certificates(file, null).get(0);
        boolean added = Revocations.revoke(dir, certificate);
        terminal.out().println((added ? "revoked " : "already revoked: ") + certificate.getSubjectX500Principal().getName() + " (serial 0x"
                + certificate.getSerialNumber().toString(16) + ") in " + dir.resolve(Identities.CRL));
        terminal.out().println("reload the agent to take it: systemctl reload devassign-agent (or kill -HUP the agent's pid)");
        return 0;
    }

    private static int pin(Args args, Path dir, Terminal terminal) throws CommandFailure, IOException {
        expect(args, 2, "pin --target HOST:PORT [--certs DIR] FINGERPRINT");
        Target target = Remote.target(args);
        String fingerprint;
        try {
            fingerprint = Fingerprint.parse(args.positional().get(1));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        KnownAgents known = KnownAgents.in(dir);
        known.pin(target, fingerprint);
        terminal.out().println("pinned " + target + " to " + fingerprint + " in " + known.file());
        return 0;
    }

    private static int importPem(Args args, Path dir, Terminal terminal) throws CommandFailure, IOException {
        expect(args, 1, "import [--dir DIR] --cert FILE.pem --key FILE.pem --ca FILE.pem");
        if (args.option("--cert") == null || args.option("--key") == null || args.option("--ca") == null) {
            throw CommandFailure.usage("certs import needs --cert, --key and --ca (PEM files)");
        }
        for (Path file : PemImport.into(dir, Path.of(args.option("--cert")), Path.of(args.option("--key")), Path.of(args.option("--ca")))) {
            terminal.out().println("wrote " + file);
        }
        return 0;
    }

    private static int fingerprint(Args args, Terminal terminal) throws CommandFailure, IOException {
        expect(args, 2, "fingerprint FILE.pem|FILE.p12");
        Path file = Path.of(args.positional().get(1));
        if (!Files.exists(file)) {
            throw new CommandFailure(CommandFailure.PROBLEMS, "no such file " + file);
        }
        X509Certificate certificate = file.toString().endsWith(".p12") && Files.exists(KeyFiles.passwordFileOf(file))
                ? Identities.certificate(file) : TlsStores.certificates(file, null).get(0);
        terminal.out().println(Fingerprint.of(certificate));
        return 0;
    }

    private static int boards(Path dir, List<String> names, Terminal terminal) throws CommandFailure, IOException {
        if (names.isEmpty()) {
            throw CommandFailure.usage("name the boards: devassign certs board NAME...");
        }
        for (String name : names) {
            if (Identities.ROLES.contains(name) || !org.devassign.fleet.Names.valid(name)) {
                throw CommandFailure.usage("'" + name + "' cannot name a board: 1 to 64 letters, digits, '.', '-' or '_', and not a role ("
                        + String.join(", ", Identities.ROLES) + "), whose certificates are clients at the broker");
            }
        }
        Identities.Authority ca = Identities.authority(dir);
        for (String name : names) {
            Path file = Identities.issue(ca, dir.resolve(name + ".p12"), name, List.of(), false, java.time.Instant.now(),
                    java.time.Duration.ofDays(825));
            terminal.out().println("wrote " + file + " and " + KeyFiles.passwordFileOf(file));
        }
        terminal.out().println("on each board, in agent.conf: mqtt.broker = ssl://BROKER:8883 and mqtt.keystore = NAME.p12 (with NAME.pass"
                + " next to it, both mode 0600)");
        return 0;
    }
}

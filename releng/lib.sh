# Shared by the scripts at the top of the repository. Source it; it defines functions only.
# shellcheck shell=bash

DEVASSIGN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The cache outside the clone (virtual boards, oracles). Exported, so every script and test JVM started
# from here uses the same folder; the Java tests get it as -Ddevassign.cache (see ./run-tests, pom.xml).
export DEVASSIGN_CACHE=${DEVASSIGN_CACHE:-$HOME/.cache/devassign}
CLI_PRODUCT=$DEVASSIGN_ROOT/releng/org.devassign.cli.product/target/products/org.devassign.cli.product/linux/gtk/x86_64
WORKBENCH_PRODUCT=$DEVASSIGN_ROOT/releng/org.devassign.product/target/products/org.devassign.product/linux/gtk/x86_64

say() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Temurin 25: Tycho 5 and java.lang.foreign need it; the machine's default java is too old.
ensure_java() {
    local jdk=${DEVASSIGN_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
    if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
        [ -x "$jdk/bin/java" ] || die "Java 25 not found at $jdk. Install Temurin 25 there, or set DEVASSIGN_JDK to a JDK 25+."
        export JAVA_HOME=$jdk
    fi
    export PATH=$JAVA_HOME/bin:$PATH
}

# Installs Debian packages that are missing; quiet and fast when everything is there.
ensure_apt() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; then
        $sudo apt-get update -q >/dev/null || true
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
            || die "cannot install ${missing[*]} with apt-get: check the network and /etc/apt/sources.list."
    fi
}

# Packages the build and the tests run with: Xvfb and GTK for the workbench and its UI tests.
HOST_PACKAGES=(xvfb xauth libgtk-3-0 libxtst6 git)
# Discovery's oracles: dtc, cpp for #include in DTS, QEMU's arm and ppc trees (ppce500 needs u-boot).
HOST_PACKAGES+=(device-tree-compiler cpp qemu-system-arm qemu-system-ppc u-boot-qemu)
# The tools that check the assignment language's generators (org.devassign.dsl.tests): QEMU, libvirt's
# schema validator (it needs xmllint), dtc, gcc with the kernel's uapi headers, shellcheck.
HOST_PACKAGES+=(qemu-system-x86 libvirt-clients libxml2-utils device-tree-compiler gcc linux-libc-dev shellcheck)
# An editor's LSP client for the language server's tests (NeovimClientTest: Neovim's built-in client).
HOST_PACKAGES+=(neovim)
# The agent's Debian package (releng/org.devassign.agent.deb): dpkg-deb, strip and objdump.
HOST_PACKAGES+=(dpkg binutils)
# releng/persist-test: driverctl, which the guest runs from the host's root (installed with the rest at set-up)
HOST_PACKAGES+=(driverctl)
# Fleets: Eclipse Mosquitto for FleetTest and releng/vm-fleet; socat carries a virtual board's
# connection to the broker on the host's loopback (vmboard/vm start --host-port).
HOST_PACKAGES+=(mosquitto socat)

mvnw() {
    (cd "$DEVASSIGN_ROOT" && ./mvnw -B "$@")
}

# Builds the products (no tests) unless they are there already, or DEVASSIGN_REBUILD=1. Not the
# agent's .deb: the launchers do not need it (./mvnw verify makes it; releng/package-test checks it).
ensure_products() {
    if [ "${DEVASSIGN_REBUILD:-0}" = 1 ] || [ ! -d "$CLI_PRODUCT/plugins" ] || [ ! -d "$WORKBENCH_PRODUCT/plugins" ]; then
        say "building DevAssign (first run: a few minutes, Maven downloads from Central)..."
        mvnw -q verify -DskipTests -Ddevassign.deb.skip=true || die "the build failed: run ./mvnw verify -DskipTests to see why."
    fi
}

# Runs a command with a display: the real one, or a private Xvfb.
with_display() {
    if [ -n "${DISPLAY:-}" ] && command -v xdpyinfo >/dev/null && xdpyinfo >/dev/null 2>&1; then
        "$@"
    else
        xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
    fi
}

# The headless CLI on a plain class path. ./devassign and the build's training run for its AOT cache
# (releng/cli-aot) start the JVM with the same options: a cache serves only a JVM started as it was trained.
# C1 alone (TieredStopAtLevel=1), compiling later (CompileThresholdScaling=5): in runs of seconds C2's
# compilations cost more CPU than they save, and so do C1's of methods that run a few hundred times
# (bench/cli; validate of 10k devices is no slower). DEVASSIGN_JAVA_OPTS=-XX:TieredStopAtLevel=4 restores C2.
CLI_JVM_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5
    --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)

# The CLI's class path in $CLI_CLASS_PATH: the jars that releng/cli-aot listed in the product's cli/classpath
# (unsigned copies of signed jars, in a fixed order), or every jar of its plugins folder when it has no such
# list or the list names a jar that is gone (a product materialized again without releng/cli-aot).
cli_class_path() {
    local product=${1:-$CLI_PRODUCT} entry
    CLI_CLASS_PATH=
    if [ -f "$product/cli/classpath" ]; then
        while IFS= read -r entry; do
            [ -z "$entry" ] && continue
            if [ ! -f "$product/$entry" ]; then
                CLI_CLASS_PATH=
                break
            fi
            CLI_CLASS_PATH+="${CLI_CLASS_PATH:+:}$product/$entry"
        done <"$product/cli/classpath"
    fi
    [ -n "$CLI_CLASS_PATH" ] || CLI_CLASS_PATH="$product/plugins/*"
}

# How ./devassign starts the CLI on PRODUCT (default: the built one) for COMMAND: sets CLI_CLASS_PATH and
# CLI_JAVA_OPTS, with the product's AOT cache when it has one. The JVM maps and links every class of the
# cache at start (5,000): worth it for a command that loads the language, not for help and version (20).
# A cache that does not fit the JVM or the jars (another JDK, jars rebuilt or copied without their
# times) is skipped: the JVM's notes about that are turned off, as they would go to stdout, into the
# output and the language server's protocol.
cli_launch_settings() {
    local product=${1:-$CLI_PRODUCT} command=${2:-}
    cli_class_path "$product"
    CLI_JAVA_OPTS=("${CLI_JVM_OPTS[@]}")
    case $command in
        help | --help | -h | version | --version) ;;
        *) [ ! -f "$product/cli/devassign.aot" ] || [ "$CLI_CLASS_PATH" = "$product/plugins/*" ] \
            || CLI_JAVA_OPTS+=("-XX:AOTCache=$product/cli/devassign.aot" "-Xlog:aot*=off,cds*=off") ;;
    esac
}

# The agent service's JVM options wherever it runs from a class path (a virtual board's guest, the build's training
# of its AOT cache): the same as org.devassign.cli.training.AgentTraining.JVM_OPTIONS, as a cache serves only a JVM
# started as it was trained. C1 only: an RPC agent needs no peak throughput. SerialGC: one small heap, no GC threads.
AGENT_JVM_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED)

# Every JVM that runs in a virtual board's guest (QEMU TCG) gets these options; releng/guest-jvm.options says why
mapfile -t GUEST_JVM_OPTS < <(sed -e '/^#/d' -e '/^[[:space:]]*$/d' "$DEVASSIGN_ROOT/releng/guest-jvm.options")

# How the scripts start the agent service in a guest from the CLI product (default: the built one): sets
# AGENT_CLASS_PATH (the CLI's, see cli_class_path) and AGENT_JAVA_OPTS (with GUEST_JVM_OPTS), with the product's
# agent AOT cache (cli/agent.aot, releng/cli-aot) when it has one. In a TCG guest the JVM spends most of its start loading and linking classes, which the cache
# maps instead. A cache that does not fit (other jars, other times) is skipped with a warning in the agent's log.
agent_launch_settings() {
    local product=${1:-$CLI_PRODUCT}
    cli_class_path "$product"
    # shellcheck disable=SC2034 # for the caller
    AGENT_CLASS_PATH=$CLI_CLASS_PATH
    AGENT_JAVA_OPTS=("${AGENT_JVM_OPTS[@]}" "${GUEST_JVM_OPTS[@]}")
    [ ! -f "$product/cli/agent.aot" ] || [ "$CLI_CLASS_PATH" = "$product/plugins/*" ] \
        || AGENT_JAVA_OPTS+=("-XX:AOTCache=$product/cli/agent.aot")
}

# ensure_java for launchers that run often: a JDK's release file names its version, so a JAVA_HOME
# that is already a JDK 25+ costs no JVM start; anything else goes through ensure_java.
ensure_java_quick() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
        && grep -qs '^JAVA_VERSION="\(2[5-9]\|[3-9][0-9]\)' "$JAVA_HOME/release"; then
        export PATH=$JAVA_HOME/bin:$PATH
    else
        ensure_java
    fi
}

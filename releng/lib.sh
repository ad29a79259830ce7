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

mvnw() {
    (cd "$DEVASSIGN_ROOT" && ./mvnw -B "$@")
}

# Builds the products (no tests) unless they are there already, or DEVASSIGN_REBUILD=1.
ensure_products() {
    if [ "${DEVASSIGN_REBUILD:-0}" = 1 ] || [ ! -d "$CLI_PRODUCT/plugins" ] || [ ! -d "$WORKBENCH_PRODUCT/plugins" ]; then
        say "building DevAssign (first run: a few minutes, Maven downloads from Central)..."
        mvnw -q verify -DskipTests || die "the build failed: run ./mvnw verify -DskipTests to see why."
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

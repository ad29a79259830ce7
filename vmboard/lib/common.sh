# shellcheck shell=bash disable=SC2034
# Shared helpers for the vmboard scripts. Sourced, never executed.
#
# Everything the harness creates lives under $VMB_CACHE (outside the git clone):
#   ${DEVASSIGN_CACHE:-$HOME/.cache/devassign}/vmboard

VMB_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VMB_HOME=$(dirname "$VMB_LIB")                 # the vmboard/ folder of the checkout
# The same rule as releng/lib.sh; the Java tests pass theirs as DEVASSIGN_CACHE (org.devassign.testing.Prepared).
VMB_CACHE=${DEVASSIGN_CACHE:-$HOME/.cache/devassign}/vmboard
VMB_RUNS=$VMB_CACHE/runs
VMB_BIN=$VMB_CACHE/bin
VMB_PROFILES=$VMB_CACHE/profiles
VMB_PROG=${VMB_PROG:-$(basename "$0")}

# Guest ports (inside the guest; the host side is forwarded on 127.0.0.1 only).
VMB_GUEST_AGENT_PORT=7443
VMB_GUEST_EXEC_PORT=7022

# Host JDK used for timing and by the Java side.
VMB_JDK=${VMB_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}

log()  { printf '%s: %s\n' "$VMB_PROG" "$*" >&2; }
warn() { printf '%s: warning: %s\n' "$VMB_PROG" "$*" >&2; }
# die [rc] message: one clear line on stderr, non-zero exit.
die() {
  local rc=1
  if [[ $# -gt 1 && $1 =~ ^[0-9]+$ ]]; then rc=$1; shift; fi
  printf '%s: error: %s\n' "$VMB_PROG" "$*" >&2
  exit "$rc"
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

need_root() { [[ $(id -u) -eq 0 ]] || die "must run as root (it installs packages and boots guests that bind devices)"; }

valid_board()   { [[ $1 == q35 || $1 == lab || $1 == microvm ]] || die 2 "unknown board '$1' (expected q35, lab or microvm)"; }
valid_profile() { [[ $1 == stock || $1 == full ]] || die 2 "unknown profile '$1' (expected stock or full)"; }
valid_name()    { [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$ ]] || die 2 "invalid session name '$1' (letters, digits, '.', '_', '-')"; }

# Profile artefacts written by prepare.
profile_dir()    { printf '%s/%s' "$VMB_PROFILES" "$1"; }
profile_kernel() { printf '%s/vmlinuz' "$(profile_dir "$1")"; }
profile_initrd() { printf '%s/initrd.img' "$(profile_dir "$1")"; }

# Fingerprint of the harness files baked into an initramfs; prepare records it and vm start checks it.
harness_fingerprint() {
  cat "$VMB_HOME/guest/init" "$VMB_HOME/guest/systemd-root.sh" "$VMB_HOME/guest/vmexec.c" "$VMB_LIB/initramfs.sh" \
    | sha256sum | cut -c1-16
}

profile_ready() {
  local p=$1 d
  d=$(profile_dir "$p")
  [[ -s $d/vmlinuz && -s $d/initrd.img && -s $d/fingerprint ]] || return 1
  [[ $(cat "$d/fingerprint") == "$(harness_fingerprint)" ]]
}

# QEMU from bookworm-backports (10.x, for igb), unpacked by prepare; the host's 7.2 otherwise.
VMB_QEMU_BPO=$VMB_CACHE/qemu/backports
qemu_backports_ready() { [[ -f $VMB_QEMU_BPO/.done && -x $VMB_QEMU_BPO/usr/bin/qemu-system-x86_64 ]]; }
# qemu_for_board BOARD: the QEMU a board runs on unless --qemu says otherwise (host|backports):
# $VMBOARD_QEMU when set to host or backports, else the backports one for the lab board when prepared
qemu_for_board() {
  case ${VMBOARD_QEMU:-auto} in
    host|backports) echo "$VMBOARD_QEMU" ;;
    *) if [[ $1 == lab ]] && qemu_backports_ready; then echo backports; else echo host; fi ;;
  esac
}
# qemu_invocation host|backports: sets the array QEMU_BIN (the binary with what it needs to find its
# firmware and modules: -L for the firmware it was built with, QEMU_MODULE_DIR or it loads the host's)
qemu_invocation() {
  local q=$VMB_QEMU_BPO/usr
  case $1 in
    host) QEMU_BIN=(qemu-system-x86_64) ;;
    backports) QEMU_BIN=(env "QEMU_MODULE_DIR=$q/lib/x86_64-linux-gnu/qemu" "$q/bin/qemu-system-x86_64"
                 -L "$q/share/qemu" -L "$q/share/seabios") ;;
  esac
}
qemu_version() { qemu_invocation "$1"; "${QEMU_BIN[@]}" --version | head -1; }

host_tsc_khz() { awk '/^cpu MHz/ { printf "%d", $4 * 1000; exit }' /proc/cpuinfo; }

# compile_tool NAME: builds guest/NAME.c into $VMB_BIN/NAME (static) when missing or older.
compile_tool() {
  local src=$VMB_HOME/guest/$1.c out=$VMB_BIN/$1 log
  mkdir -p "$VMB_BIN" "$VMB_CACHE/logs"
  [[ -x $out && $out -nt $src ]] && return 0
  log=$VMB_CACHE/logs/gcc-$1.log
  gcc -O2 -Wall -Wextra -static -o "$out.tmp" "$src" > "$log" 2>&1 \
    || die "could not compile $src: $(grep -m1 error "$log" || tail -1 "$log") (log: $log)"
  mv "$out.tmp" "$out"
}

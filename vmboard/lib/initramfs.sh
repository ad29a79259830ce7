# shellcheck shell=bash
# build_initramfs KROOT KVER OUT MODULE...
#   KROOT: a directory holding lib/modules/KVER (an unpacked linux-image .deb, depmod'ed);
#   MODULE: module names; their dependencies are resolved with modprobe --show-depends and the
#   files (decompressed) are listed in load order in /lib/modules/load.list for guest/init.
# Needs: busybox-static (/bin/busybox), the static exec server $VMB_BIN/vmexec, cpio, gzip.

build_initramfs() {
  local kroot=$1 kver=$2 out=$3
  shift 3
  local work m line path base
  work=$(mktemp -d "$VMB_CACHE/tmp/initramfs.XXXXXX")
  mkdir -p "$work"/{bin,sbin,proc,sys,dev,tmp,run,mnt/host,mnt/share,lib/modules}
  cp /bin/busybox "$work/bin/busybox"
  for a in $(/bin/busybox --list); do
    [[ $a == busybox ]] || ln -sf busybox "$work/bin/$a"
  done
  cp "$VMB_BIN/vmexec" "$work/bin/vmexec"
  install -m 0755 "$VMB_HOME/guest/init" "$work/init"
  install -D -m 0644 "$VMB_HOME/guest/systemd-root.sh" "$work/lib/vmboard/systemd-root.sh"

  : > "$work/lib/modules/load.list"
  for m in "$@"; do
    modprobe -d "$kroot" -S "$kver" --show-depends "$m" > "$work/deps" 2>&1 \
      || die "module $m not found for kernel $kver (modprobe: $(head -1 "$work/deps"))"
    while read -r line; do
      [[ $line == insmod\ * ]] || continue
      path=$(awk '{print $2}' <<<"$line")
      base=$(basename "$path")
      base=${base%.xz}; base=${base%.zst}
      grep -qxF "$base" "$work/lib/modules/load.list" && continue
      case $path in
        *.xz)  xz -dc "$path" > "$work/lib/modules/$base" ;;
        *.zst) zstd -qdc "$path" > "$work/lib/modules/$base" ;;
        *)     cp "$path" "$work/lib/modules/$base" ;;
      esac
      echo "$base" >> "$work/lib/modules/load.list"
    done < "$work/deps"
  done
  rm -f "$work/deps"
  (cd "$work" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -1) > "$out.tmp"
  mv "$out.tmp" "$out"
  tr '\n' ' ' < "$work/lib/modules/load.list"
  rm -rf "$work"
}

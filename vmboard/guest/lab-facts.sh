#!/bin/sh
# Guest side of vmboard/capture-sysfs --board lab (runs in the guest chroot; POSIX sh, since every
# bash fork costs 0.3 s under TCG). Devices are found by vendor:device, never by address.
#   lab-facts.sh vfs
#       creates the SR-IOV virtual functions the snapshot then shows: 2 on the igb PF (8086:10c9;
#       igbvf takes them, as on a real host) and 2 on the NVMe PF (1b36:0010 with sriov_totalvfs;
#       sriov_drivers_autoprobe=0 first: its VFs are offline until the PF brings them up, and the
#       nvme driver would wait for them)
#   lab-facts.sh oracle OUTDIR VFIO_FACTS
#       what the kernel itself reports, next to the snapshot, to check discovery against:
#       OUTDIR/lspci.txt     lspci -vvv -nn -D (pciutils' reading of config space and sysfs)
#       OUTDIR/vfio.txt      guest/vfio-facts.c for every PCI function vfio-pci can take, except
#                            the guest's own transports (its NIC and 9p roots), the host bridge and
#                            the ISA bridge: the VFs first, then (VFs removed) the others
#       OUTDIR/host-use.txt  what the guest uses each function for: "BDF net IF" / "BDF block DEV"
set -eu

# pci_find VENDOR DEVICE [sriov]: functions with that vendor:device (only SR-IOV PFs with "sriov")
pci_find() {
  for d in /sys/bus/pci/devices/*; do
    read -r v < "$d/vendor"
    read -r p < "$d/device"
    if [ "$v" != "$1" ] || [ "$p" != "$2" ]; then continue; fi
    if [ "${3:-}" = sriov ] && [ ! -e "$d/sriov_totalvfs" ]; then continue; fi
    echo "${d##*/}"
  done
}

vfs_of() { # the VFs of a PF, by their virtfnN links
  for v in /sys/bus/pci/devices/"$1"/virtfn*; do
    if [ -e "$v" ]; then v=$(readlink -f "$v"); echo "${v##*/}"; fi
  done
}

set_vfs() { # set_vfs PF N
  echo 0 > "/sys/bus/pci/devices/$1/sriov_numvfs"
  [ "$2" = 0 ] || echo "$2" > "/sys/bus/pci/devices/$1/sriov_numvfs"
}

sriov_pfs() { pci_find 0x8086 0x10c9 sriov; pci_find 0x1b36 0x0010 sriov; }

cmd_vfs() {
  for pf in $(pci_find 0x8086 0x10c9 sriov); do set_vfs "$pf" 2; done
  for pf in $(pci_find 0x1b36 0x0010 sriov); do
    echo 0 > "/sys/bus/pci/devices/$pf/sriov_drivers_autoprobe"
    set_vfs "$pf" 2
  done
  for pf in $(sriov_pfs); do echo "lab-facts: $pf has VFs $(vfs_of "$pf" | tr '\n' ' ')"; done
}

transports() { awk '$3 == "pci" { print $4 }' /run/vmboard/transport; }

# candidates: PCI functions vfio-pci can take that are not the guest's own
candidates() {
  skip=" $(transports | tr '\n' ' ') "
  for d in /sys/bus/pci/devices/*; do
    b=${d##*/}
    case $skip in *" $b "*) continue ;; esac
    read -r class < "$d/class"
    case $class in 0x0600*|0x0601*|0x0604*) continue ;; esac   # host, ISA and PCI bridges
    echo "$b"
  done
}

pci_of() { # the last PCI address in the resolved path of $1, or nothing
  bdf=""
  IFS=/
  for c in $(readlink -f "$1"); do
    case $c in ????:??:??.?) bdf=$c ;; esac
  done
  unset IFS
  echo "$bdf"
}

# host_use: the PCI function behind each interface and block device. An NVMe namespace's disk
# (nvme0n1) is a virtual device of its NVMe subsystem (native multipath): the controller's hidden
# path device (nvme0c0n1, under the PCI function) names it: nvme<subsystem>c<controller>n<ns>.
host_use() {
  for n in /sys/class/net/* /sys/block/*; do
    [ -e "$n" ] || continue
    bdf=$(pci_of "$n")
    [ -z "$bdf" ] && continue
    name=${n##*/}
    h=0
    [ -r "$n/hidden" ] && read -r h < "$n/hidden"
    if [ "$h" = 1 ]; then
      case $name in nvme*c*n*) name=${name%%c*}n${name##*n} ;; *) continue ;; esac
      [ -e "/sys/block/$name" ] || continue
    fi
    case $n in /sys/class/net/*) echo "$bdf net $name" ;; *) echo "$bdf block $name" ;; esac
  done | sort
}

cmd_oracle() {
  out=$1 facts=$2
  mkdir -p "$out"
  lspci -vvv -nn -D > "$out/lspci.txt" 2> /dev/null
  host_use > "$out/host-use.txt"
  vfs=""
  for pf in $(sriov_pfs); do vfs="$vfs $(vfs_of "$pf" | tr '\n' ' ')"; done
  rc=0
  # shellcheck disable=SC2086 # word lists of PCI addresses
  {
    [ -z "${vfs# }" ] || "$facts" $vfs || rc=1
    for pf in $(sriov_pfs); do set_vfs "$pf" 0; done
    others=""
    for c in $(candidates); do case " $vfs " in *" $c "*) ;; *) others="$others $c" ;; esac; done
    "$facts" $others || rc=1
  } > "$out/vfio.txt"
  grep '^error' "$out/vfio.txt" >&2 || true
  return "$rc"
}

case ${1:-} in
  vfs) cmd_vfs ;;
  oracle) cmd_oracle "${2:?OUTDIR}" "${3:?VFIO_FACTS}" ;;
  *) echo "usage: lab-facts.sh vfs | oracle OUTDIR VFIO_FACTS" >&2; exit 2 ;;
esac

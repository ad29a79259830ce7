#!/bin/bash
# Guest side of vmboard/selftest: binds devices, runs the C checks, restores the drivers.
# usage (in the guest, through vm exec): selftest.sh q35|microvm stock|full /path/to/vfio-selftest
#                                        selftest.sh lab stock|full /path/to/vfio-facts QEMU MARKER
#   (lab: QEMU is host or backports, MARKER what the host wrote at the start of the ivshmem file)
# Prints PASS/FAIL/INFO lines; exit status 0 only when every check passed.
set -uo pipefail
HERE=$(dirname "$(readlink -f "$0")")
# shellcheck source=SCRIPTDIR/bind.sh
source "$HERE/bind.sh"
BOARD=$1 PROFILE=$2 BIN=$3
FAILED=0

check() { # check NAME OK(0|1) VALUES...
  local name=$1 ok=$2
  shift 2
  if [[ $ok == 0 ]]; then echo "PASS $name: $*"; else echo "FAIL $name: $*"; FAILED=1; fi
}
run_c() { # run the C self-test; its lines pass through
  "$BIN" "$@" || FAILED=1
}

q35() {
  local edus=() alone=() shared=() e g n
  mapfile -t edus < <(pci_find 0x1234 0x11e8)
  for g in /sys/kernel/iommu_groups/*; do echo "INFO iommu group $(basename "$g"): $(group_devices "$(basename "$g")")"; done
  for e in "${edus[@]}"; do
    g=$(group_of pci "$e")
    n=$(ls "/sys/kernel/iommu_groups/$g/devices" | wc -l)
    echo "INFO edu $e iommu_group=$g (devices in group: $n) driver=$(driver_of pci "$e")"
    if [[ $n == 1 ]]; then alone+=("$e"); else shared+=("$e"); fi
  done
  check topology "$([[ ${#edus[@]} == 4 && ${#alone[@]} == 2 && ${#shared[@]} == 2 ]]; echo $?)" \
    "edu devices (1234:11e8): ${edus[*]}; alone in their group: ${alone[*]}; sharing a group: ${shared[*]}"
  [[ ${#alone[@]} -ge 1 ]] || return

  # --- one edu, alone in its group: container/group path (and cdev/iommufd on full)
  local a=${alone[0]} ga orig
  ga=$(group_of pci "$a")
  orig=$(driver_of pci "$a")
  bind_to pci "$a" vfio-pci
  check bind-vfio-pci "$?" "$a driver=$(driver_of pci "$a") override=$(override_of pci "$a") group=$ga node=$(ls -d /dev/vfio/"$ga" 2>/dev/null)"
  run_c pci-group "$a" group/
  if [[ $PROFILE == full ]]; then
    check cdev/devices "$([[ -c /dev/iommu && -d /sys/bus/pci/devices/$a/vfio-dev ]]; echo $?)" \
      "/dev/iommu $(ls /dev/iommu 2>/dev/null || echo missing); $a vfio-dev: $(ls "/sys/bus/pci/devices/$a/vfio-dev" 2>/dev/null)"
    run_c pci-cdev "$a" cdev/
  fi
  restore_to pci "$a" "$orig"
  check restore "$?" "$a driver='$(driver_of pci "$a")' (was '$orig') override='$(override_of pci "$a")'"

  # --- two edus behind the PCIe-to-PCI bridge share one group
  [[ ${#shared[@]} == 2 ]] || return
  local s1=${shared[0]} s2=${shared[1]} gs bridge="" d v out1 out2 rc1 rc2 o1 o2
  gs=$(group_of pci "$s1")
  for d in $(group_devices "$gs"); do
    [[ $(cat "/sys/bus/pci/devices/$d/class") == 0x0604* ]] && bridge=$d
  done
  check shared-group "$([[ $(group_of pci "$s2") == "$gs" && -n $bridge && -z $(driver_of pci "$bridge") ]]; echo $?)" \
    "group $gs = $(group_devices "$gs"); bridge $bridge driver='$(driver_of pci "$bridge")'"
  o1=$(driver_of pci "$s1")
  o2=$(driver_of pci "$s2")
  # A companion without any driver does not make a group unviable; one on a host driver does.
  # edu has no kernel driver, so uio_pci_generic plays the host driver for the companion.
  bind_to pci "$s1" vfio-pci
  check shared/bind-first "$?" "$s1 driver=$(driver_of pci "$s1"); $s2 driver='$(driver_of pci "$s2")'"
  out1=$("$BIN" group-viable "$gs"); rc1=$?
  check shared/viable-companion-driverless "$([[ $rc1 == 0 ]]; echo $?)" "/dev/vfio/$gs $out1 with $s1 on vfio-pci and $s2 on no driver"
  bind_to pci "$s2" uio_pci_generic
  check shared/companion-host-driver "$?" "$s2 driver=$(driver_of pci "$s2")"
  out1=$("$BIN" group-viable "$gs"); rc1=$?
  check shared/not-viable-with-one "$([[ $rc1 == 1 ]]; echo $?)" "/dev/vfio/$gs $out1 with $s1 on vfio-pci and $s2 on $(driver_of pci "$s2")"
  bind_to pci "$s2" vfio-pci
  check shared/bind-second "$?" "$s2 driver=$(driver_of pci "$s2")"
  out2=$("$BIN" group-viable "$gs"); rc2=$?
  check shared/viable-with-both "$([[ $rc2 == 0 ]]; echo $?)" "/dev/vfio/$gs $out2 with $s1 and $s2 on vfio-pci, bridge $bridge driver='$(driver_of pci "$bridge")'"
  run_c pci-group "$s2" shared/
  restore_to pci "$s1" "$o1"; v=$?
  restore_to pci "$s2" "$o2"; v=$((v + $?))
  check shared/restore "$v" "$s1 driver='$(driver_of pci "$s1")' $s2 driver='$(driver_of pci "$s2")'"
}

microvm() {
  local v p id rng="" orig
  for v in /sys/bus/virtio/devices/*; do
    p=$(basename "$(dirname "$(readlink -f "$v")")")
    id=$(cat "$v/device")
    echo "INFO platform device $p: virtio $(basename "$v") device id $id driver=$(driver_of platform "$p") virtio driver=$(driver_of virtio "$(basename "$v")")"
    [[ $id == 0x0004 ]] && rng=$p
  done
  check rng-found "$([[ -n $rng ]]; echo $?)" "virtio-rng (device id 4) is platform device ${rng:-?}"
  [[ -n $rng ]] || return
  orig=$(driver_of platform "$rng")
  bind_to platform "$rng" vfio-platform
  check bind-vfio-platform "$?" "$rng driver=$(driver_of platform "$rng") group=$(group_of platform "$rng") node=$(cd /dev/vfio && echo noiommu-*)"
  run_c platform "$rng" platform/
  restore_to platform "$rng" "$orig"
  local rc=$?
  sleep 0.5
  check restore "$([[ $rc == 0 ]] && grep -q virtio_rng /sys/class/misc/hw_random/rng_available 2>/dev/null; echo $?)" \
    "$rng driver='$(driver_of platform "$rng")' (was '$orig'); hw_random: $(cat /sys/class/misc/hw_random/rng_available 2>/dev/null)"
}

# The lab board's devices, found by vendor:device, and what the host uses them for
lab() {
  local qemu=$4 marker=$5 f d pf n vfs=() v bad base hex want
  check lab/e1000e "$(f=$(pci_find 0x8086 0x10d3); [[ -n $f && $(driver_of pci "$f") == e1000e && -n $(ls "/sys/bus/pci/devices/$f/net" 2>/dev/null) ]]; echo $?)" \
    "8086:10d3 at $(pci_find 0x8086 0x10d3) driver=$(driver_of pci "$(pci_find 0x8086 0x10d3)") net=$(ls /sys/bus/pci/devices/"$(pci_find 0x8086 0x10d3)"/net 2>/dev/null)"
  local disk="" sriov_nvme=""
  for f in $(pci_find 0x1b36 0x0010); do
    if [[ -e /sys/bus/pci/devices/$f/sriov_totalvfs ]]; then sriov_nvme=$f; else disk=$f; fi
  done
  check lab/nvme-disk "$([[ -n $disk && $(driver_of pci "$disk") == nvme && -n $(ls -d /sys/bus/pci/devices/"$disk"/nvme/nvme*/nvme*n1 2>/dev/null) ]]; echo $?)" \
    "1b36:0010 at ${disk:-?} driver=$(driver_of pci "$disk") namespace $(cat /sys/bus/pci/devices/"$disk"/nvme/nvme*/nvme*n1/size 2>/dev/null) sectors"
  f=$(pci_find 0x1af4 0x1110)
  base=$(awk 'NR == 3 { print $1 }' "/sys/bus/pci/devices/$f/resource" 2>/dev/null)
  # BAR2 through /dev/mem (no driver claims it): the first 8 bytes, as two little-endian words
  hex=$( { busybox devmem "$base" 32; busybox devmem "$((base + 4))" 32; } 2>/dev/null | tr 'A-F\n' 'a-f ' | sed 's/0x//g; s/ *$//')
  want=$(printf '%s' "$marker" | od -An -tx4 -N8 | sed 's/^ *//')
  check lab/ivshmem-bar2 "$([[ -n $f && -n $hex && $hex == "$want" ]]; echo $?)" \
    "1af4:1110 at ${f:-?}: BAR2 at $base reads $hex, the host wrote '${marker:0:8}' ($want)"
  check lab/switch "$([[ $(pci_find 0x104c 0x8232 | wc -l) == 1 && $(pci_find 0x104c 0x8233 | wc -l) == 2 ]]; echo $?)" \
    "upstream $(pci_find 0x104c 0x8232) downstream $(pci_find 0x104c 0x8233 | tr '\n' ' ')drivers $(for d in $(pci_find 0x104c 0x8232) $(pci_find 0x104c 0x8233); do driver_of pci "$d"; done | sort -u | tr '\n' ' ')"
  local pfs=("$sriov_nvme")
  if [[ $qemu == backports ]]; then
    pf=$(pci_find 0x8086 0x10c9)
    check lab/igb "$([[ -n $pf && $(driver_of pci "$pf") == igb && $(cat "/sys/bus/pci/devices/$pf/sriov_totalvfs") -gt 0 ]]; echo $?)" \
      "8086:10c9 at ${pf:-?} driver=$(driver_of pci "$pf") sriov_totalvfs=$(cat "/sys/bus/pci/devices/$pf/sriov_totalvfs" 2>/dev/null)"
    pfs+=("$pf")
  else
    echo "INFO no igb: the board runs on the host's QEMU ($qemu)"
  fi
  sh "$HERE/lab-facts.sh" vfs > /dev/null
  bad=""
  for pf in "${pfs[@]}"; do
    n=$(cat "/sys/bus/pci/devices/$pf/sriov_numvfs" 2>/dev/null)
    mapfile -t vfs < <(for v in /sys/bus/pci/devices/"$pf"/virtfn*; do basename "$(readlink -f "$v")"; done)
    for v in "${vfs[@]}"; do
      [[ $(group_of pci "$v") != "$(group_of pci "$pf")" && $(group_devices "$(group_of pci "$v")") == "$v" ]] || bad+=" $v"
    done
    check "lab/sriov-vfs $pf" "$([[ $n == 2 && ${#vfs[@]} == 2 && -z $bad ]]; echo $?)" \
      "sriov_numvfs=$n VFs ${vfs[*]} (groups $(for v in "${vfs[@]}"; do group_of pci "$v"; done | tr '\n' ' ')drivers $(for v in "${vfs[@]}"; do driver_of pci "$v"; done | tr '\n' ' '))"
  done
  # every function vfio-pci can take, opened through vfio-pci and given back (VFs removed on the way)
  local out=/tmp/lab-oracle rc=0 listed
  rm -rf "$out"
  sh "$HERE/lab-facts.sh" oracle "$out" "$BIN" 2> /dev/null || rc=$?
  listed=$(grep -c '^device ' "$out/vfio.txt" 2>/dev/null)
  check lab/vfio-pci-every-function "$([[ $rc == 0 && $listed -gt 10 && $(grep -c '^restored ' "$out/vfio.txt") == "$listed" ]]; echo $?)" \
    "$listed functions opened and restored; $(grep -c '^error' "$out/vfio.txt") errors; e1000e MSI-X $(awk '/^device/ { d = $2 } /^irq 2 / && d == "'"$(pci_find 0x8086 0x10d3)"'" { print $3 }' "$out/vfio.txt"), NVMe disk MSI-X $(awk '/^device/ { d = $2 } /^irq 2 / && d == "'"$disk"'" { print $3 }' "$out/vfio.txt")"
  bad=""
  for pf in "${pfs[@]}"; do [[ $(cat "/sys/bus/pci/devices/$pf/sriov_numvfs") == 0 ]] || bad+=" $pf"; done
  check lab/sriov-removed "$([[ -z $bad ]]; echo $?)" "sriov_numvfs back to 0 on ${pfs[*]}${bad:+, not on$bad}"
}

echo "INFO kernel $(uname -r); $(grep -o 'intel_iommu=on\|vfio.enable_unsafe_noiommu_mode=1' /proc/cmdline | tr '\n' ' ')"
case $BOARD in
  q35) q35 ;;
  lab) lab "$@" ;;
  microvm) microvm ;;
  *) echo "FAIL usage: unknown board $BOARD"; exit 2 ;;
esac
exit "$FAILED"

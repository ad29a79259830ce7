#!/bin/bash
# Guest side of vmboard/selftest: binds devices, runs the C checks, restores the drivers.
# usage (in the guest, through vm exec): selftest.sh q35|microvm stock|full /path/to/vfio-selftest
# Prints PASS/FAIL/INFO lines; exit status 0 only when every check passed.
set -uo pipefail
source "$(dirname "$(readlink -f "$0")")/bind.sh"
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

echo "INFO kernel $(uname -r); $(grep -o 'intel_iommu=on\|vfio.enable_unsafe_noiommu_mode=1' /proc/cmdline | tr '\n' ' ')"
case $BOARD in
  q35) q35 ;;
  microvm) microvm ;;
  *) echo "FAIL usage: unknown board $BOARD"; exit 2 ;;
esac
exit "$FAILED"

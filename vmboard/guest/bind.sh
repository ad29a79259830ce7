# shellcheck shell=bash
# Driver binding helpers for the guest (sourced by guest/selftest.sh; runs in the guest chroot).
# Binding follows VFIO.md: driver_override + drivers_probe, then verify the driver link, because
# drivers_probe reports success even when no driver claimed the device.

dev_dir()   { printf '/sys/bus/%s/devices/%s' "$1" "$2"; }
driver_of() { local l; l=$(readlink "$(dev_dir "$1" "$2")/driver" 2>/dev/null) && basename "$l" || true; }
group_of()  { local l; l=$(readlink "$(dev_dir "$1" "$2")/iommu_group" 2>/dev/null) && basename "$l" || true; }
override_of() { local o; o=$(cat "$(dev_dir "$1" "$2")/driver_override" 2>/dev/null) || true; [[ $o == "(null)" ]] && o=""; printf '%s' "$o"; }

# bind_to BUS DEV DRIVER: 0 when DEV ends up bound to DRIVER
bind_to() {
  local bus=$1 dev=$2 drv=$3 d cur
  d=$(dev_dir "$bus" "$dev")
  cur=$(driver_of "$bus" "$dev")
  [[ $cur == "$drv" ]] && return 0
  [[ -n $cur ]] && { echo "$dev" > "$d/driver/unbind" || return 1; }
  echo "$drv" > "$d/driver_override" || return 1
  echo "$dev" > "/sys/bus/$bus/drivers_probe" 2>/dev/null || true
  [[ $(driver_of "$bus" "$dev") == "$drv" ]]
}

# restore_to BUS DEV ORIGINAL: unbinds, clears driver_override, reprobes; 0 when DEV is back on
# ORIGINAL ("" = no driver)
restore_to() {
  local bus=$1 dev=$2 orig=$3 d
  d=$(dev_dir "$bus" "$dev")
  [[ -n $(driver_of "$bus" "$dev") ]] && { echo "$dev" > "$d/driver/unbind" || return 1; }
  echo > "$d/driver_override" || return 1
  [[ -n $orig ]] && { echo "$dev" > "/sys/bus/$bus/drivers_probe" 2>/dev/null || true; }
  [[ $(driver_of "$bus" "$dev") == "$orig" && -z $(override_of "$bus" "$dev") ]]
}

# PCI devices with a given vendor:device (e.g. 0x1234 0x11e8), by address order
pci_find() {
  local d
  for d in /sys/bus/pci/devices/*; do
    [[ $(cat "$d/vendor") == "$1" && $(cat "$d/device") == "$2" ]] && basename "$d"
  done
  return 0
}

group_devices() { ls "/sys/kernel/iommu_groups/$1/devices" 2>/dev/null | tr '\n' ' ' | sed 's/ $//'; }

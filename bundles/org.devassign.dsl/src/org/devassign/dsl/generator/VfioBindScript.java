package org.devassign.dsl.generator;

/**
 * The script the udev rules of {@link PersistentBindings} run when a device appears: it loads the
 * VFIO driver, sets driver_override, takes the device from any other driver, probes, and checks
 * that the VFIO driver holds it ({@code drivers_probe} succeeds even when no driver claims the
 * device). Its arguments come from the rule; it still refuses anything but a known bus and a
 * plain device name, as it runs as root. It says what it did in the system log: udev keeps a RUN
 * program's output to itself, and the log is where a user looks for when, in the boot, the device
 * changed drivers.
 */
final class VfioBindScript {

    static final String NAME = "devassign-vfio-bind";
    static final String INSTALLED = "/usr/local/lib/devassign/" + NAME;

    private VfioBindScript() {
    }

    static String text(String header) {
        return "#!/bin/sh\n# " + header + "\n" + """
                # Install as %s (mode 0755); run by %s:
                #   %s BUS DEVICE DRIVER    e.g. pci 0000:00:06.0 vfio-pci
                set -eu
                if [ $# -ne 3 ]; then
                    echo "usage: %s BUS DEVICE DRIVER" >&2
                    exit 2
                fi
                bus=$1 device=$2 driver=$3
                case $bus in
                    pci | platform | fsl-mc) ;;
                    *) echo "%s: unknown bus '$bus'" >&2; exit 2 ;;
                esac
                case $device in
                    "" | *[!A-Za-z0-9:._,@+-]*) echo "%s: '$device' is not a device name" >&2; exit 2 ;;
                esac
                case $driver in
                    vfio-pci | vfio-platform | vfio-fsl-mc) ;;
                    *) echo "%s: '$driver' is not a VFIO driver" >&2; exit 2 ;;
                esac
                dev=/sys/bus/$bus/devices/$device
                if [ ! -e "$dev" ]; then
                    echo "%s: no device $device on bus $bus" >&2
                    exit 1
                fi
                modprobe "$driver"
                printf '%%s' "$driver" > "$dev/driver_override"
                if [ -e "$dev/driver" ]; then
                    current=$(basename "$(readlink -f "$dev/driver")")
                    if [ "$current" = "$driver" ]; then
                        logger -t %s "$device already on $driver" 2>/dev/null || true
                        exit 0
                    fi
                    printf '%%s' "$device" > "$dev/driver/unbind"
                fi
                printf '%%s' "$device" > "/sys/bus/$bus/drivers_probe" || true
                if [ ! -e "$dev/driver" ] || [ "$(basename "$(readlink -f "$dev/driver")")" != "$driver" ]; then
                    echo "%s: $device is not on $driver after probing (see dmesg)" >&2
                    logger -t %s "$device is not on $driver after probing (see dmesg)" 2>/dev/null || true
                    exit 1
                fi
                logger -t %s "$device on $driver" 2>/dev/null || true
                """.formatted(INSTALLED, PersistentBindings.UDEV, NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME);
    }
}

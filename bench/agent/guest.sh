#!/bin/bash
# Guest side of bench/agent (run through vmboard/vm exec): the open sequence in C and through the
# agent, then binding the four edus with the agent, driverctl and dpdk-devbind.py, in one boot.
#   guest.sh OPEN_SEQ CLASSPATH ITERATIONS ROUNDS KERNEL_MODULES_DIR AOT_CACHE
set -euo pipefail
SEQ=$1 CP=$2 N=$3 R=$4 MODULES=$5 AOT=$6
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
edus=()
for d in /sys/bus/pci/devices/*; do
    [[ $(<"$d/vendor") == 0x1234 && $(<"$d/device") == 0x11e8 ]] && edus+=("$(basename "$d")")
done
a=${edus[0]}
ns() { date +%s%N; }

if [[ -z ${BENCH_TOOLS_NS:-} ]]; then
# C baseline: bound with two sysfs writes, then the timed loop inside the program.
echo vfio-pci >"/sys/bus/pci/devices/$a/driver_override"
echo "$a" >/sys/bus/pci/drivers_probe
echo "C-open $("$SEQ" "$a" "$N")"
echo "$a" >"/sys/bus/pci/devices/$a/driver/unbind"
echo >"/sys/bus/pci/devices/$a/driver_override"

t0=$(ns)
echo "JAVA-open $("$JAVA" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$CP" org.devassign.agent.tests.board.OpenBench open "$a" "$N")"
echo "JAVA-open-process_us=$(( ($(ns) - t0) / 1000 ))"
echo "JAVA-open-c1 $("$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$CP" org.devassign.agent.tests.board.OpenBench open "$a" "$N")"
t0=$(ns)
echo "JAVA-open-aot $("$JAVA" -XX:AOTCache="$AOT" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$CP" org.devassign.agent.tests.board.OpenBench open "$a" 20)"
echo "JAVA-open-aot-process_us=$(( ($(ns) - t0) / 1000 ))"
t0=$(ns)
"$JAVA" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$CP" org.devassign.agent.tests.board.OpenBench bind "$R" "${edus[@]}" | sed 's/^/JAVA-bind /'
echo "JAVA-bind-process_us=$(( ($(ns) - t0) / 1000 ))"
fi

# The tools, one process per call as people use them; --nosave: the guest's /etc is read-only.
# driverctl runs modprobe for vfio-pci (it looks for /sys/module/vfio-pci, spelt with a dash), and the
# host root has no modules of the guest kernel: in a private mount namespace, modprobe is the real one
# pointed (-d) at the guest kernel's depmod'ed module tree in the vmboard cache.
if [[ -z ${BENCH_TOOLS_NS:-} ]]; then
    exec env BENCH_TOOLS_NS=1 unshare -m bash "$0" "$@"
fi
mkdir -p /tmp/bench-kmod
cp /bin/kmod /tmp/bench-kmod/modprobe
printf '#!/bin/sh\nexec /tmp/bench-kmod/modprobe -d %s "$@"\n' "${MODULES%/lib/modules/*}" >/tmp/bench-kmod/wrapper
chmod +x /tmp/bench-kmod/wrapper
mount --bind /tmp/bench-kmod/wrapper /sbin/modprobe
for r in $(seq "$R"); do
    t0=$(ns)
    for e in "${edus[@]}"; do driverctl --nosave set-override "$e" vfio-pci; done
    t1=$(ns)
    for e in "${edus[@]}"; do driverctl --nosave --noprobe unset-override "$e"; done
    echo "DRIVERCTL bind_us=$(( (t1 - t0) / 1000 )) restore_us=$(( ($(ns) - t1) / 1000 ))"
done
# dpdk-devbind.py binds only the device classes DPDK has drivers for; its copy here also lists the
# edu (1234:11e8, class 00ff) among its "misc" devices, otherwise unchanged. lspci's complaints
# about libkmod (no module tree of this kernel) go to a log.
sed "s/^\( *\)virtio_blk]/\1virtio_blk, {'Class': '00', 'Vendor': '1234', 'Device': '11e8', 'SVendor': None, 'SDevice': None}]/" \
    /usr/bin/dpdk-devbind.py >/tmp/bench-kmod/dpdk-devbind.py
grep -q "'1234'" /tmp/bench-kmod/dpdk-devbind.py || { echo "cannot add the edu to dpdk-devbind.py's device list" >&2; exit 1; }
for r in $(seq "$R"); do
    t0=$(ns)
    python3 /tmp/bench-kmod/dpdk-devbind.py -b vfio-pci "${edus[@]}" >/dev/null 2>>/tmp/bench-kmod/dpdk.log
    t1=$(ns)
    python3 /tmp/bench-kmod/dpdk-devbind.py -u "${edus[@]}" >/dev/null 2>>/tmp/bench-kmod/dpdk.log
    for e in "${edus[@]}"; do echo >"/sys/bus/pci/devices/$e/driver_override"; done
    echo "DPDK bind_us=$(( (t1 - t0) / 1000 )) restore_us=$(( ($(ns) - t1) / 1000 ))"
done
for e in "${edus[@]}"; do echo "DRIVER $e $(basename "$(readlink "/sys/bus/pci/devices/$e/driver" 2>/dev/null)" 2>/dev/null)"; done

# shellcheck shell=sh
# vmboard guest, vmboard.init=systemd: sourced by /init (busybox sh, PID 1) after the modules and
# the network; boots the host's own systemd on a writable copy of the host's root. It returns only
# when something failed (then /init goes on as with the busybox init and says so).
#
# / = overlay: lower the host's / (9p "hostroot", read-only; also kept visible at
#     /run/vmboard/hostroot so the agent sees what carries it), upper a tmpfs: dpkg, systemd and the
#     tests write there and everything is gone at power-off.
# Written into the overlay before systemd starts:
#   /etc/machine-id, /etc/hostname            the guest's own (the host's are the host's)
#   /etc/tmpfiles.d/tmp.conf                  "d /tmp": Debian's "D /tmp" has systemd-tmpfiles
#                                             empty /tmp at boot, and /tmp shows the host's (a CI
#                                             checkout) and may hold the share, the host's own
#                                             writable folder (DEVASSIGN_CACHE under /tmp)
#   /etc/systemd/journald.conf.d/vmboard.conf a volatile journal (in /run)
#   /usr/lib/modules/KVER                     the cached kernel tree (vmboard.modules=), for modprobe
#   masks                                     every generator (the host's fstab, crypttab, init
#                                             scripts and gettys are not the guest's), getty@tty1 and
#                                             serial-getty@ttyS0 (no udev: their devices never
#                                             appear), systemd-remount-fs, and every unit the host
#                                             enabled itself (/etc/systemd/system/*.wants: databases,
#                                             timers running apt, network managers that would
#                                             reconfigure eth0)
#   no /usr/sbin/policy-rc.d                  the host's "exit 101" stub would block service starts
#                                             in maintainer scripts
#   vmboard-exec.service                      the exec server (Restart=always), started early; it
#                                             prints VMBOARD-READY on the console as /init does
#   default.target = multi-user.target
#   SHARE/vmboard-root/*                      copied into /: files a test kept from an earlier boot of
#                                             the session (the tmpfs is gone at power-off), e.g. /etc;
#                                             releng/persist-test reboots with its bindings this way
# /dev, /proc, /sys move into the new root; the share is mounted at its path there; the network
# set up by /init stays as it is (nothing in the guest reconfigures it). /run/vmboard/transport is
# not written: the agent finds what carries its root and connection itself.

systemd_root() {
  R=/mnt/root
  RW=/mnt/rw
  P9="trans=virtio,version=9p2000.L,msize=512000"
  cache=$(param vmboard.rootcache); [ "$cache" = none ] && cache=""
  kver=$(uname -r)
  mkdir -p /mnt/host $RW $R
  if ! mount -t 9p -o "$P9,ro${cache:+,cache=$cache}" hostroot /mnt/host; then
    log "systemd: could not mount the host root (9p tag hostroot)"
    return 1
  fi
  [ -x /mnt/host/lib/systemd/systemd ] || { log "systemd: the host has no /lib/systemd/systemd"; umount /mnt/host; return 1; }
  mount -t tmpfs -o mode=755 tmpfs $RW
  mkdir -p $RW/upper $RW/work
  if ! mount -t overlay overlay -o "lowerdir=/mnt/host,upperdir=$RW/upper,workdir=$RW/work" $R; then
    log "systemd: could not mount the overlay over the host root (is overlay.ko in the initramfs?)"
    umount $RW; umount /mnt/host
    return 1
  fi

  # /run: a tmpfs of our own, which systemd keeps (it mounts one only where none is)
  mount -t tmpfs -o mode=755,nosuid,nodev tmpfs $R/run
  mkdir -p $R/run/vmboard/hostroot
  cp /bin/vmexec $R/run/vmboard/vmexec

  tr -d '-' < /proc/sys/kernel/random/uuid > $R/etc/machine-id
  param vmboard.name > $R/etc/hostname
  mkdir -p $R/etc/tmpfiles.d $R/etc/systemd/journald.conf.d $R/etc/systemd/system-generators $R/usr/lib/modules
  echo 'd /tmp 1777 root root -' > $R/etc/tmpfiles.d/tmp.conf
  printf '[Journal]\nStorage=volatile\nRuntimeMaxUse=32M\n' > $R/etc/systemd/journald.conf.d/vmboard.conf
  modules=$(param vmboard.modules)
  [ -n "$modules" ] && ln -sfn "$modules" "$R/usr/lib/modules/$kver"
  for g in "$R"/usr/lib/systemd/system-generators/* "$R"/lib/systemd/system-generators/*; do
    [ -e "$g" ] && ln -sf /dev/null "$R/etc/systemd/system-generators/${g##*/}"
  done
  for u in "$R"/etc/systemd/system/*.wants/* "$R"/etc/systemd/system/*.requires/* \
           getty@tty1.service serial-getty@ttyS0.service systemd-remount-fs.service; do
    u=${u##*/}
    case $u in '*'|*.target) continue ;; esac
    ln -sf /dev/null "$R/etc/systemd/system/$u"
  done
  ln -sf /lib/systemd/system/multi-user.target $R/etc/systemd/system/default.target
  rm -f $R/usr/sbin/policy-rc.d
  cat > $R/etc/systemd/system/vmboard-exec.service <<EOF
[Unit]
Description=vmboard exec server (vmboard/vm exec)
DefaultDependencies=no

[Service]
ExecStartPre=/bin/sh -c 'echo "vmboard-init: VMBOARD-READY uptime=\$\$(cut -d" " -f1 /proc/uptime)s kernel=$kver init=systemd" > /dev/console'
ExecStart=/run/vmboard/vmexec serve --port $(param vmboard.execport)
Restart=always
RestartSec=1
# commands left running in the background (nohup ...) survive a restart of the server
KillMode=process

[Install]
WantedBy=sysinit.target
EOF
  mkdir -p $R/etc/systemd/system/sysinit.target.wants
  ln -sf /etc/systemd/system/vmboard-exec.service $R/etc/systemd/system/sysinit.target.wants/vmboard-exec.service

  share=$(param vmboard.share)
  if [ -n "$share" ]; then
    mkdir -p "$R$share"
    mount -t 9p -o "$P9" share "$R$share" || log "systemd: no writable share (9p tag share)"
    # what an earlier boot of this session kept (SHARE/vmboard-root, written by a test): laid into /
    # before systemd starts, as the files of a disk are there at boot
    if [ -d "$R$share/vmboard-root" ]; then
      cp -a "$R$share/vmboard-root/." "$R/" \
        && log "systemd: files kept by an earlier boot: $(cd "$R$share/vmboard-root" && find . -type f | cut -c2- | tr '\n' ' ')"
    fi
  fi
  mount --move /mnt/host $R/run/vmboard/hostroot || log "systemd: the host root stays hidden below the overlay"
  umount /tmp 2>/dev/null
  for d in dev proc sys; do mount --move /$d $R/$d; done
  log "systemd: switching to the host's systemd on an overlay (uptime $(uptime_s)s)"
  exec switch_root $R /lib/systemd/systemd
}

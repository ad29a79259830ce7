// sysfs-snapshot.c - copies the parts of a live /sys and /proc that a board importer needs into
// a directory, keeping sysfs's own layout: real device directories under sys/devices/..., and
// the sys/bus/<bus>/devices/<name>, sys/class/net/<if>, iommu_groups/N/devices/<dev>, driver,
// iommu_group, subsystem, firmware_node ... entries as the same relative symlinks as in /sys,
// so the extracted tree reads like /sys offline. Attribute files are copied with their real
// contents (sysfs reports 4096 bytes for every file, which is why tar cannot read /sys itself).
// Runs as root in the guest, so `config` holds the full config space (256 or 4096 bytes).
//
// usage: sysfs-snapshot OUTDIR        (vmboard/capture-sysfs archives OUTDIR)
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char out_root[PATH_MAX];
static int files, links, errors;

static void mkdirs(const char *path) {
  char tmp[PATH_MAX];
  snprintf(tmp, sizeof tmp, "%s", path);
  for (char *p = tmp + 1; *p; p++)
    if (*p == '/') { *p = 0; mkdir(tmp, 0755); *p = '/'; }
  mkdir(tmp, 0755);
}

static void out_path(char *buf, size_t n, const char *abs) { snprintf(buf, n, "%s%s", out_root, abs); }

static void parent_dirs(const char *abs) {
  char o[PATH_MAX];
  out_path(o, sizeof o, abs);
  char *slash = strrchr(o, '/');
  if (slash) { *slash = 0; mkdirs(o); }
}

// Copies the contents of one readable file (at most 1 MiB).
static void copy_file(const char *abs) {
  int in = open(abs, O_RDONLY | O_NONBLOCK);
  if (in < 0) return;
  static char buf[1 << 20];
  size_t len = 0;
  for (;;) {
    ssize_t r = read(in, buf + len, sizeof buf - len);
    if (r <= 0) break;
    len += (size_t)r;
    if (len == sizeof buf) break;
  }
  close(in);
  char o[PATH_MAX];
  out_path(o, sizeof o, abs);
  parent_dirs(abs);
  int fd = open(o, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) { errors++; return; }
  if (len && write(fd, buf, len) != (ssize_t)len) errors++;
  close(fd);
  files++;
}

static void copy_link(const char *abs) {
  char target[PATH_MAX], o[PATH_MAX];
  ssize_t n = readlink(abs, target, sizeof target - 1);
  if (n < 0) return;
  target[n] = 0;
  out_path(o, sizeof o, abs);
  parent_dirs(abs);
  unlink(o);
  if (symlink(target, o)) errors++;
  else links++;
}

static int skip_attr(const char *name) {
  static const char *skip[] = {"remove", "rescan", "reset", "bind", "unbind", "new_id", "remove_id", "rom", "uevent_seqnum", NULL};
  for (int i = 0; skip[i]; i++)
    if (!strcmp(name, skip[i])) return 1;
  // resourceN / resourceN_wc: BAR contents (mmap only), not metadata
  if (!strncmp(name, "resource", 8) && name[8] >= '0' && name[8] <= '9') return 1;
  return 0;
}

static void copy_device(const char *real, int depth);

// One device directory: attribute files and symlinks; a few subdirectories; firmware nodes.
static void copy_device(const char *real, int depth) {
  DIR *d = opendir(real);
  if (!d) return;
  char o[PATH_MAX];
  out_path(o, sizeof o, real);
  mkdirs(o);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", real, e->d_name);
    struct stat st;
    if (lstat(p, &st)) continue;
    if (S_ISLNK(st.st_mode)) {
      copy_link(p);
      if (depth == 0 && (!strcmp(e->d_name, "firmware_node") || !strcmp(e->d_name, "of_node"))) {
        char t[PATH_MAX];
        if (realpath(p, t)) copy_device(t, 1);
      }
    } else if (S_ISREG(st.st_mode)) {
      if ((st.st_mode & S_IRUSR) && !skip_attr(e->d_name)) copy_file(p);
    } else if (S_ISDIR(st.st_mode) && depth == 0) {
      if (!strcmp(e->d_name, "msi_irqs") || !strcmp(e->d_name, "vfio-dev") || !strcmp(e->d_name, "iommu") ||
          !strcmp(e->d_name, "vfio"))
        copy_device(p, 1);
    }
  }
  closedir(d);
}

// A directory of symlinks to devices (e.g. /sys/bus/pci/devices): links plus the devices.
static void copy_link_dir(const char *dir, int with_devices) {
  DIR *d = opendir(dir);
  if (!d) return;
  char o[PATH_MAX];
  out_path(o, sizeof o, dir);
  mkdirs(o);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char p[PATH_MAX], t[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    struct stat st;
    if (lstat(p, &st) || !S_ISLNK(st.st_mode)) continue;
    copy_link(p);
    if (with_devices && realpath(p, t)) copy_device(t, 0);
  }
  closedir(d);
}

static void copy_subdirs(const char *dir, void (*fn)(const char *)) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    fn(p);
  }
  closedir(d);
}

static void copy_group(const char *g) {  // /sys/kernel/iommu_groups/N
  char p[PATH_MAX];
  snprintf(p, sizeof p, "%s/type", g); copy_file(p);
  snprintf(p, sizeof p, "%s/reserved_regions", g); copy_file(p);
  snprintf(p, sizeof p, "%s/devices", g); copy_link_dir(p, 0);
}

static void copy_driver(const char *drv) {  // /sys/bus/X/drivers/NAME: links to bound devices
  char o[PATH_MAX];
  out_path(o, sizeof o, drv);
  mkdirs(o);
  DIR *d = opendir(drv);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", drv, e->d_name);
    struct stat st;
    if (!lstat(p, &st) && S_ISLNK(st.st_mode) && strcmp(e->d_name, "module")) copy_link(p);
  }
  closedir(d);
}

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: %s OUTDIR\n", argv[0]); return 2; }
  if (!realpath(argv[1], out_root)) { mkdirs(argv[1]); if (!realpath(argv[1], out_root)) { perror(argv[1]); return 1; } }
  static const char *buses[] = {"pci", "platform", "virtio", NULL};
  for (int i = 0; buses[i]; i++) {
    char p[PATH_MAX];
    snprintf(p, sizeof p, "/sys/bus/%s/devices", buses[i]);
    copy_link_dir(p, 1);
    snprintf(p, sizeof p, "/sys/bus/%s/drivers", buses[i]);
    copy_subdirs(p, copy_driver);
    snprintf(p, sizeof p, "/sys/bus/%s/drivers_autoprobe", buses[i]);
    copy_file(p);
  }
  copy_link_dir("/sys/class/net", 1);
  copy_subdirs("/sys/kernel/iommu_groups", copy_group);
  static const char *procs[] = {"/proc/version", "/proc/sys/kernel/osrelease", "/proc/cmdline", "/proc/interrupts", "/proc/iomem",
                                "/proc/ioports", "/proc/modules", "/proc/cpuinfo", NULL};
  for (int i = 0; procs[i]; i++) copy_file(procs[i]);
  printf("sysfs-snapshot: %d files, %d symlinks, %d errors -> %s\n", files, links, errors, out_root);
  return errors ? 1 : 0;
}

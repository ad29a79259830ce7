// vfio-facts.c - what vfio-pci itself reports about PCI functions: the oracle for a board's region
// and interrupt facts (vmboard/guest/lab-facts.sh runs it during vmboard/capture-sysfs --board lab).
// For each function named it binds it to vfio-pci (driver_override + drivers_probe, as VFIO.md
// says), opens it through its group (container + TYPE1v2, or NOIOMMU for a noiommu group), prints
// the device's flags, every region (size, offset, READ/WRITE/MMAP, sparse mmap areas, MSI-X
// mappable) and every IRQ index (count, flags), closes it and gives the function back to the driver
// it had (or none). Built static on the host (vmboard/prepare) against /usr/include/linux/vfio.h.
//
// usage: vfio-facts BDF...
// output, one block per function (numbers in hex where sizes and offsets, decimal counts):
//   device 0000:00:08.0 driver=e1000e group=7 flags=RESET|PCI regions=9 irqs=5
//   region 0 size=0x20000 offset=0x0 flags=READ|WRITE|MMAP
//   region 3 size=0x4000 offset=0x30000000000 flags=READ|WRITE|MMAP|CAPS msix-mappable
//   region 2 size=0x20 offset=0x20000000000 flags=READ|WRITE sparse=0x0+0x1000,0x3000+0x1000
//   irq 2 count=5 flags=EVENTFD|NORESIZE
//   restored 0000:00:08.0 driver=e1000e
// A function that cannot be bound, opened or restored prints "error BDF: what (errno)"; the exit
// code is then 1 (2 for usage errors). Every other function is still handled.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <linux/vfio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int failed;

static int error(const char *bdf, const char *what) {
  printf("error %s: %s (errno %d %s)\n", bdf, what, errno, strerror(errno));
  failed = 1;
  return -1;
}

static int write_attr(const char *path, const char *value) {
  int fd = open(path, O_WRONLY);
  if (fd < 0) return -1;
  ssize_t n = write(fd, value, strlen(value));
  int saved = errno;
  close(fd);
  errno = saved;
  return n == (ssize_t)strlen(value) ? 0 : -1;
}

// The last component of a symlink under the device's directory ("" when there is none).
static void link_name(const char *bdf, const char *link, char *out, size_t n) {
  char p[PATH_MAX], t[PATH_MAX];
  snprintf(p, sizeof p, "/sys/bus/pci/devices/%s/%s", bdf, link);
  ssize_t r = readlink(p, t, sizeof t - 1);
  out[0] = 0;
  if (r <= 0) return;
  t[r] = 0;
  const char *slash = strrchr(t, '/'), *name = slash ? slash + 1 : t;
  size_t len = strlen(name) < n ? strlen(name) : n - 1;
  memcpy(out, name, len);
  out[len] = 0;
}

static int unbind(const char *bdf) {
  char p[PATH_MAX], drv[256];
  link_name(bdf, "driver", drv, sizeof drv);
  if (!drv[0]) return 0;
  snprintf(p, sizeof p, "/sys/bus/pci/devices/%s/driver/unbind", bdf);
  return write_attr(p, bdf);
}

// Binds to DRIVER ("" = none) through driver_override; 0 when the driver link then says so.
static int bind_to(const char *bdf, const char *driver) {
  char p[PATH_MAX], now[256];
  if (unbind(bdf)) return -1;
  snprintf(p, sizeof p, "/sys/bus/pci/devices/%s/driver_override", bdf);
  if (write_attr(p, driver[0] ? driver : "\n")) return -1;
  if (driver[0]) write_attr("/sys/bus/pci/drivers_probe", bdf);  // reports success even when nothing bound
  link_name(bdf, "driver", now, sizeof now);
  if (strcmp(now, driver)) { errno = ENODEV; return -1; }
  return 0;
}

static void flags_text(char *out, size_t n, uint32_t f, const char *const names[], const uint32_t bits[], int count) {
  out[0] = 0;
  for (int i = 0; i < count; i++)
    if (f & bits[i]) snprintf(out + strlen(out), n - strlen(out), "%s%s", out[0] ? "|" : "", names[i]);
  if (!out[0]) snprintf(out, n, "none");
}

static void print_region(int dev, unsigned index) {
  struct vfio_region_info *ri = calloc(1, sizeof *ri);
  ri->argsz = sizeof *ri;
  ri->index = index;
  if (ioctl(dev, VFIO_DEVICE_GET_REGION_INFO, ri)) { printf("region %u unreadable (errno %d)\n", index, errno); free(ri); return; }
  if (ri->argsz > sizeof *ri) {  // capabilities follow: ask again with room for them
    uint32_t need = ri->argsz;
    ri = realloc(ri, need);
    memset(ri, 0, need);
    ri->argsz = need;
    ri->index = index;
    if (ioctl(dev, VFIO_DEVICE_GET_REGION_INFO, ri)) { printf("region %u unreadable (errno %d)\n", index, errno); free(ri); return; }
  }
  static const char *const names[] = {"READ", "WRITE", "MMAP", "CAPS"};
  static const uint32_t bits[] = {VFIO_REGION_INFO_FLAG_READ, VFIO_REGION_INFO_FLAG_WRITE, VFIO_REGION_INFO_FLAG_MMAP,
                                  VFIO_REGION_INFO_FLAG_CAPS};
  char f[64];
  flags_text(f, sizeof f, ri->flags, names, bits, 4);
  printf("region %u size=0x%llx offset=0x%llx flags=%s", index, (unsigned long long)ri->size, (unsigned long long)ri->offset, f);
  if ((ri->flags & VFIO_REGION_INFO_FLAG_CAPS) && ri->cap_offset) {
    uint32_t at = ri->cap_offset;
    for (int guard = 0; at && at + sizeof(struct vfio_info_cap_header) <= ri->argsz && guard < 16; guard++) {
      struct vfio_info_cap_header *h = (void *)((char *)ri + at);
      if (h->id == VFIO_REGION_INFO_CAP_SPARSE_MMAP) {
        struct vfio_region_info_cap_sparse_mmap *s = (void *)h;
        printf(" sparse=");
        for (uint32_t i = 0; i < s->nr_areas && at + sizeof *s + (i + 1) * sizeof s->areas[0] <= ri->argsz; i++)
          printf("%s0x%llx+0x%llx", i ? "," : "", (unsigned long long)s->areas[i].offset, (unsigned long long)s->areas[i].size);
        if (!s->nr_areas) printf("none");
      } else if (h->id == VFIO_REGION_INFO_CAP_MSIX_MAPPABLE) {
        printf(" msix-mappable");
      } else if (h->id == VFIO_REGION_INFO_CAP_TYPE) {
        struct vfio_region_info_cap_type *t = (void *)h;
        printf(" type=0x%x/0x%x", t->type, t->subtype);
      } else {
        printf(" cap=%u", h->id);
      }
      at = h->next;
    }
  }
  printf("\n");
  free(ri);
}

static void print_irq(int dev, unsigned index) {
  struct vfio_irq_info ii = {.argsz = sizeof ii, .index = index};
  if (ioctl(dev, VFIO_DEVICE_GET_IRQ_INFO, &ii)) { printf("irq %u unreadable (errno %d)\n", index, errno); return; }
  static const char *const names[] = {"EVENTFD", "MASKABLE", "AUTOMASKED", "NORESIZE"};
  static const uint32_t bits[] = {VFIO_IRQ_INFO_EVENTFD, VFIO_IRQ_INFO_MASKABLE, VFIO_IRQ_INFO_AUTOMASKED, VFIO_IRQ_INFO_NORESIZE};
  char f[64];
  flags_text(f, sizeof f, ii.flags, names, bits, 4);
  printf("irq %u count=%u flags=%s\n", index, ii.count, f);
}

// Opens BDF (bound to vfio-pci) through its group and prints what the device reports.
static int report(const char *bdf, const char *was) {
  char group[64], p[PATH_MAX];
  link_name(bdf, "iommu_group", group, sizeof group);
  if (!group[0]) { errno = ENOENT; return error(bdf, "has no iommu_group"); }
  int noiommu = 0;
  snprintf(p, sizeof p, "/dev/vfio/%s", group);
  if (access(p, F_OK)) {
    snprintf(p, sizeof p, "/dev/vfio/noiommu-%s", group);
    noiommu = 1;
  }
  int container = open("/dev/vfio/vfio", O_RDWR), grp = -1, dev = -1, rc = -1;
  if (container < 0) return error(bdf, "cannot open /dev/vfio/vfio");
  if ((grp = open(p, O_RDWR)) < 0) { error(bdf, "cannot open its group"); goto out; }
  struct vfio_group_status st = {.argsz = sizeof st};
  if (ioctl(grp, VFIO_GROUP_GET_STATUS, &st)) { error(bdf, "GROUP_GET_STATUS"); goto out; }
  if (!(st.flags & VFIO_GROUP_FLAGS_VIABLE)) { errno = EBUSY; error(bdf, "its group is not viable (another member is on a host driver)"); goto out; }
  if (ioctl(grp, VFIO_GROUP_SET_CONTAINER, &container)) { error(bdf, "GROUP_SET_CONTAINER"); goto out; }
  if (ioctl(container, VFIO_SET_IOMMU, noiommu ? VFIO_NOIOMMU_IOMMU : VFIO_TYPE1v2_IOMMU)) { error(bdf, "SET_IOMMU"); goto out; }
  if ((dev = ioctl(grp, VFIO_GROUP_GET_DEVICE_FD, bdf)) < 0) { error(bdf, "GROUP_GET_DEVICE_FD"); goto out; }
  struct vfio_device_info di = {.argsz = sizeof di};
  if (ioctl(dev, VFIO_DEVICE_GET_INFO, &di)) { error(bdf, "DEVICE_GET_INFO"); goto out; }
  static const char *const names[] = {"RESET", "PCI"};
  static const uint32_t bits[] = {VFIO_DEVICE_FLAGS_RESET, VFIO_DEVICE_FLAGS_PCI};
  char f[64];
  flags_text(f, sizeof f, di.flags, names, bits, 2);
  printf("device %s driver=%s group=%s%s flags=%s regions=%u irqs=%u\n", bdf, was[0] ? was : "none", noiommu ? "noiommu-" : "",
         group, f, di.num_regions, di.num_irqs);
  for (unsigned i = 0; i < di.num_regions; i++) print_region(dev, i);
  for (unsigned i = 0; i < di.num_irqs; i++) print_irq(dev, i);
  rc = 0;
out:
  if (dev >= 0) close(dev);
  if (grp >= 0) close(grp);
  close(container);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s BDF...\n", argv[0]); return 2; }
  setvbuf(stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++) {
    const char *bdf = argv[i];
    char was[256], p[PATH_MAX];
    if (strlen(bdf) > 32 || strchr(bdf, '/') || bdf[0] == '.') { fprintf(stderr, "not a PCI address: %s\n", bdf); return 2; }
    snprintf(p, sizeof p, "/sys/bus/pci/devices/%s", bdf);
    if (access(p, F_OK)) { errno = ENOENT; error(bdf, "no such PCI function"); continue; }
    link_name(bdf, "driver", was, sizeof was);
    if (bind_to(bdf, "vfio-pci")) error(bdf, "cannot bind it to vfio-pci");
    else report(bdf, was);
    if (bind_to(bdf, was)) error(bdf, "cannot give it back to its driver");
    else printf("restored %s driver=%s\n", bdf, was[0] ? was : "none");
  }
  return failed;
}

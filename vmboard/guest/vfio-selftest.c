// vfio-selftest.c - the C baseline that proves a virtual board's VFIO works, check by check.
// Built static on the host (vmboard/prepare) against /usr/include/linux/vfio.h; the iommufd/cdev
// definitions that bookworm's 6.1 headers lack are declared below from the kernel's uapi.
// Runs inside the guest (vmboard/guest/selftest.sh binds the devices first).
//
//   vfio-selftest pci-group <bdf>       container/group/TYPE1v2 on a QEMU edu bound to vfio-pci:
//                                       ID, liveness, factorial, INTx and MSI eventfds, DMA
//   vfio-selftest group-viable <group>  prints viable=0|1; exit 0 when viable, 1 when not
//   vfio-selftest pci-cdev <bdf>        /dev/vfio/devices/vfioN + /dev/iommu: BIND_IOMMUFD,
//                                       IOAS_ALLOC, ATTACH_PT, ID, liveness, MSI, IOAS_MAP DMA
//   vfio-selftest platform <dev>        virtio-mmio device bound to vfio-platform in a no-IOMMU
//                                       group: SET_IOMMU(NOIOMMU), region read with pread
//                                       (magic, version, device id), IRQ info, interrupts
//
// Every check prints one line "PASS <check>: <values>" or "FAIL <check>: <values> (errno)";
// the exit code is the number of failures (capped at 100), 2 for usage errors.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/vfio.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

// ---- iommufd / vfio cdev uapi (include/uapi/linux/iommufd.h, vfio.h of Linux 6.6+) ----------
#ifndef VFIO_DEVICE_BIND_IOMMUFD
struct vfio_device_bind_iommufd {
  __u32 argsz;
  __u32 flags;
  __s32 iommufd;
  __u32 out_devid;
};
#define VFIO_DEVICE_BIND_IOMMUFD _IO(VFIO_TYPE, VFIO_BASE + 18)
struct vfio_device_attach_iommufd_pt {
  __u32 argsz;
  __u32 flags;
  __u32 pt_id;
};
#define VFIO_DEVICE_ATTACH_IOMMUFD_PT _IO(VFIO_TYPE, VFIO_BASE + 19)
#endif
#ifndef IOMMUFD_TYPE
#define IOMMUFD_TYPE (';')
#define IOMMUFD_CMD_IOAS_ALLOC 0x81
#define IOMMUFD_CMD_IOAS_MAP 0x85
struct iommu_ioas_alloc {
  __u32 size;
  __u32 flags;
  __u32 out_ioas_id;
};
#define IOMMU_IOAS_ALLOC _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_ALLOC)
enum { IOMMU_IOAS_MAP_FIXED_IOVA = 1 << 0, IOMMU_IOAS_MAP_WRITEABLE = 1 << 1, IOMMU_IOAS_MAP_READABLE = 1 << 2 };
struct iommu_ioas_map {
  __u32 size;
  __u32 flags;
  __u32 ioas_id;
  __u32 __reserved;
  __aligned_u64 user_va;
  __aligned_u64 length;
  __aligned_u64 iova;
};
#define IOMMU_IOAS_MAP _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_MAP)
#endif

// ---- reporting -------------------------------------------------------------------------------
static int failures;
static const char *prefix = "";

static void report(int ok, int err, const char *check, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (ok) printf("PASS %s%s: %s\n", prefix, check, msg);
  else {
    failures++;
    if (err) printf("FAIL %s%s: %s (errno %d %s)\n", prefix, check, msg, err, strerror(err));
    else printf("FAIL %s%s: %s\n", prefix, check, msg);
  }
}
#define PASS_IF(cond, check, ...) report((cond), (cond) ? 0 : errno, check, __VA_ARGS__)
static int finish(void) { return failures > 100 ? 100 : failures; }
static void info(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  printf("INFO %s", prefix);
  vprintf(fmt, ap);
  printf("\n");
  va_end(ap);
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// ---- shared helpers ----------------------------------------------------------------------------
static int set_irq_eventfd(int dev, unsigned index, int efd) {
  char buf[sizeof(struct vfio_irq_set) + sizeof(int32_t)];
  struct vfio_irq_set *s = (void *)buf;
  s->argsz = sizeof buf;
  s->flags = VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER;
  s->index = index;
  s->start = 0;
  s->count = 1;
  memcpy(s->data, &efd, sizeof(int32_t));
  return ioctl(dev, VFIO_DEVICE_SET_IRQS, s);
}
static int irq_simple(int dev, unsigned index, uint32_t action, uint32_t count) {
  struct vfio_irq_set s = {.argsz = sizeof s, .flags = VFIO_IRQ_SET_DATA_NONE | action, .index = index, .start = 0, .count = count};
  return ioctl(dev, VFIO_DEVICE_SET_IRQS, &s);
}
static int irq_disable(int dev, unsigned index) { return irq_simple(dev, index, VFIO_IRQ_SET_ACTION_TRIGGER, 0); }
static int irq_unmask(int dev, unsigned index) { return irq_simple(dev, index, VFIO_IRQ_SET_ACTION_UNMASK, 1); }

static int wait_efd(int efd, int ms) {
  struct pollfd p = {.fd = efd, .events = POLLIN};
  int r = poll(&p, 1, ms);
  uint64_t c;
  if (r == 1 && read(efd, &c, 8) != 8) return -1;
  return r;
}

static int region_info(int dev, unsigned index, struct vfio_region_info *ri) {
  memset(ri, 0, sizeof *ri);
  ri->argsz = sizeof *ri;
  ri->index = index;
  return ioctl(dev, VFIO_DEVICE_GET_REGION_INFO, ri);
}

static const char *region_flags(uint32_t f) {
  static char b[64];
  snprintf(b, sizeof b, "%s%s%s%s", f & VFIO_REGION_INFO_FLAG_READ ? "READ|" : "", f & VFIO_REGION_INFO_FLAG_WRITE ? "WRITE|" : "",
           f & VFIO_REGION_INFO_FLAG_MMAP ? "MMAP|" : "", f & VFIO_REGION_INFO_FLAG_CAPS ? "CAPS|" : "");
  size_t n = strlen(b);
  if (n) b[n - 1] = 0;
  else strcpy(b, "none");
  return b;
}
static const char *irq_flags(uint32_t f) {
  static char b[64];
  snprintf(b, sizeof b, "%s%s%s%s", f & VFIO_IRQ_INFO_EVENTFD ? "EVENTFD|" : "", f & VFIO_IRQ_INFO_MASKABLE ? "MASKABLE|" : "",
           f & VFIO_IRQ_INFO_AUTOMASKED ? "AUTOMASKED|" : "", f & VFIO_IRQ_INFO_NORESIZE ? "NORESIZE|" : "");
  size_t n = strlen(b);
  if (n) b[n - 1] = 0;
  else strcpy(b, "none");
  return b;
}

static void print_device(int dev, const char *name) {
  struct vfio_device_info di = {.argsz = sizeof di};
  if (ioctl(dev, VFIO_DEVICE_GET_INFO, &di)) { info("%s: DEVICE_GET_INFO failed: %s", name, strerror(errno)); return; }
  info("%s: flags=0x%x num_regions=%u num_irqs=%u", name, di.flags, di.num_regions, di.num_irqs);
  for (unsigned i = 0; i < di.num_regions; i++) {
    struct vfio_region_info ri;
    if (region_info(dev, i, &ri) == 0 && ri.size)
      info("  region %u size=0x%llx offset=0x%llx %s", i, (unsigned long long)ri.size, (unsigned long long)ri.offset, region_flags(ri.flags));
  }
  for (unsigned i = 0; i < di.num_irqs; i++) {
    struct vfio_irq_info ii = {.argsz = sizeof ii, .index = i};
    if (ioctl(dev, VFIO_DEVICE_GET_IRQ_INFO, &ii) == 0 && ii.count)
      info("  irq %u count=%u %s", i, ii.count, irq_flags(ii.flags));
  }
}

// ---- QEMU edu (PCI 1234:11e8) ------------------------------------------------------------------
#define EDU_ID 0x00
#define EDU_LIVENESS 0x04
#define EDU_FACTORIAL 0x08
#define EDU_STATUS 0x20
#define EDU_IRQ_STATUS 0x24
#define EDU_IRQ_RAISE 0x60
#define EDU_IRQ_ACK 0x64
#define EDU_DMA_SRC 0x80
#define EDU_DMA_DST 0x88
#define EDU_DMA_CNT 0x90
#define EDU_DMA_CMD 0x98
#define EDU_DMA_BUF 0x40000

static volatile uint32_t *bar;
static uint32_t rd(uint32_t off) { return bar[off / 4]; }
static void wr(uint32_t off, uint32_t v) { bar[off / 4] = v; }
static void wr64(uint32_t off, uint64_t v) { *(volatile uint64_t *)((volatile char *)bar + off) = v; }

// Memory space + bus master in the command register (config region, index 7): DMA and MSI.
static int edu_enable(int dev) {
  struct vfio_region_info cfg;
  if (region_info(dev, VFIO_PCI_CONFIG_REGION_INDEX, &cfg)) return -1;
  uint16_t vid = 0, did = 0, cmd = 0;
  if (pread(dev, &vid, 2, cfg.offset) != 2 || pread(dev, &did, 2, cfg.offset + 2) != 2 || pread(dev, &cmd, 2, cfg.offset + 4) != 2) return -1;
  report(vid == 0x1234 && did == 0x11e8, 0, "config-space", "vendor:device 0x%04x:0x%04x read through the config region", vid, did);
  cmd |= 0x6;
  return pwrite(dev, &cmd, 2, cfg.offset + 4) == 2 ? 0 : -1;
}

static int edu_map_bar0(int dev) {
  struct vfio_region_info r0;
  if (region_info(dev, VFIO_PCI_BAR0_REGION_INDEX, &r0)) { report(0, errno, "bar0-mmap", "GET_REGION_INFO(BAR0)"); return -1; }
  void *m = mmap(NULL, r0.size, PROT_READ | PROT_WRITE, MAP_SHARED, dev, (off_t)r0.offset);
  if (m == MAP_FAILED) { report(0, errno, "bar0-mmap", "mmap BAR0 size 0x%llx", (unsigned long long)r0.size); return -1; }
  bar = m;
  report(1, 0, "bar0-mmap", "BAR0 size=0x%llx flags=%s", (unsigned long long)r0.size, region_flags(r0.flags));
  return 0;
}

static void edu_registers(void) {
  uint32_t id = rd(EDU_ID);
  report(id == 0x010000ed, 0, "edu-id", "ID register 0x%08x (expect 0x010000ed)", id);
  wr(EDU_LIVENESS, 0x12345678);
  uint32_t live = rd(EDU_LIVENESS);
  report(live == ~0x12345678u, 0, "edu-liveness", "wrote 0x12345678, read 0x%08x (expect 0x%08x)", live, ~0x12345678u);
  wr(EDU_FACTORIAL, 10);
  for (int i = 0; i < 100000 && (rd(EDU_STATUS) & 1); i++) usleep(10);
  uint32_t fact = rd(EDU_FACTORIAL);
  report(fact == 3628800, 0, "edu-factorial", "factorial(10) = %u (expect 3628800)", fact);
}

// Raises the edu interrupt three times on one IRQ index and counts the eventfd signals.
static void edu_irq(int dev, unsigned index, const char *check) {
  int efd = eventfd(0, EFD_CLOEXEC);
  if (set_irq_eventfd(dev, index, efd)) {
    report(0, errno, check, "SET_IRQS(index %u, eventfd)", index);
    close(efd);
    return;
  }
  int got = 0;
  double worst = 0;
  for (int k = 0; k < 3; k++) {
    double t = now_ms();
    wr(EDU_IRQ_RAISE, 0x1000u << k);
    int r = wait_efd(efd, 2000);
    double dt = now_ms() - t;
    if (dt > worst) worst = dt;
    wr(EDU_IRQ_ACK, rd(EDU_IRQ_STATUS));
    if (index == VFIO_PCI_INTX_IRQ_INDEX) irq_unmask(dev, index);  // INTx is auto-masked
    if (r == 1) got++;
  }
  report(got == 3, 0, check, "eventfd fired %d/3, slowest %.3f ms", got, worst);
  irq_disable(dev, index);
  close(efd);
}

// edu copies RAM(iova) -> its buffer -> RAM(iova + 0x1000); map() must have mapped 2 pages at iova.
static void edu_dma(uint8_t *buf, uint64_t iova, const char *check) {
  for (int i = 0; i < 256; i++) buf[i] = (uint8_t)(i ^ 0x5a);
  memset(buf + 0x1000, 0, 256);
  wr64(EDU_DMA_SRC, iova); wr64(EDU_DMA_DST, EDU_DMA_BUF); wr64(EDU_DMA_CNT, 256); wr64(EDU_DMA_CMD, 1);
  for (int i = 0; i < 2000 && (rd(EDU_DMA_CMD) & 1); i++) usleep(1000);
  wr64(EDU_DMA_SRC, EDU_DMA_BUF); wr64(EDU_DMA_DST, iova + 0x1000); wr64(EDU_DMA_CNT, 256); wr64(EDU_DMA_CMD, 1 | 2);
  for (int i = 0; i < 2000 && (rd(EDU_DMA_CMD) & 1); i++) usleep(1000);
  int ok = !memcmp(buf, buf + 0x1000, 256);
  report(ok, 0, check, "iova 0x%llx -> edu 0x40000 -> iova 0x%llx: %s", (unsigned long long)iova, (unsigned long long)iova + 0x1000,
         ok ? "256 bytes match" : "mismatch");
}

static int open_group(const char *group, int *container_out, int iommu_type) {
  int container = open("/dev/vfio/vfio", O_RDWR);
  if (container < 0) { report(0, errno, "container", "open /dev/vfio/vfio"); return -1; }
  int api = ioctl(container, VFIO_GET_API_VERSION);
  int t1v2 = ioctl(container, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU);
  int noi = ioctl(container, VFIO_CHECK_EXTENSION, VFIO_NOIOMMU_IOMMU);
  report(api == VFIO_API_VERSION, 0, "container", "API version %d, CHECK_EXTENSION TYPE1v2=%d NOIOMMU=%d", api, t1v2, noi);
  char path[128];
  snprintf(path, sizeof path, "/dev/vfio/%s", group);
  int g = open(path, O_RDWR);
  if (g < 0) { report(0, errno, "group", "open %s", path); return -1; }
  struct vfio_group_status gs = {.argsz = sizeof gs};
  int r = ioctl(g, VFIO_GROUP_GET_STATUS, &gs);
  report(r == 0 && (gs.flags & VFIO_GROUP_FLAGS_VIABLE), r ? errno : 0, "group", "%s status flags=0x%x (VIABLE)", path, gs.flags);
  if (r || !(gs.flags & VFIO_GROUP_FLAGS_VIABLE)) return -1;
  if (ioctl(g, VFIO_GROUP_SET_CONTAINER, &container)) { report(0, errno, "set-container", "GROUP_SET_CONTAINER"); return -1; }
  r = ioctl(container, VFIO_SET_IOMMU, iommu_type);
  report(r == 0, r ? errno : 0, "set-iommu", "SET_IOMMU(%s=%d)", iommu_type == VFIO_NOIOMMU_IOMMU ? "NOIOMMU" : "TYPE1v2", iommu_type);
  if (r) return -1;
  *container_out = container;
  return g;
}

static int group_of(const char *bus, const char *dev, char *out, size_t n) {
  char p[256], link[256];
  snprintf(p, sizeof p, "/sys/bus/%s/devices/%s/iommu_group", bus, dev);
  ssize_t l = readlink(p, link, sizeof link - 1);
  if (l < 0) return -1;
  link[l] = 0;
  const char *g = strrchr(link, '/') ? strrchr(link, '/') + 1 : link;
  char node[300];
  snprintf(node, sizeof node, "/dev/vfio/noiommu-%s", g);
  if (access(node, F_OK) == 0) snprintf(out, n, "noiommu-%s", g);
  else snprintf(out, n, "%s", g);
  return 0;
}

static int cmd_pci_group(const char *bdf) {
  char group[300];
  double t0 = now_ms();
  if (group_of("pci", bdf, group, sizeof group)) { report(0, errno, "iommu-group", "%s has no iommu_group link", bdf); return finish(); }
  int container, g = open_group(group, &container, VFIO_TYPE1v2_IOMMU);
  if (g < 0) return finish();
  struct vfio_iommu_type1_info ii = {.argsz = sizeof ii};
  if (ioctl(container, VFIO_IOMMU_GET_INFO, &ii) == 0) info("IOMMU_GET_INFO flags=0x%x iova_pgsizes=0x%llx", ii.flags, (unsigned long long)ii.iova_pgsizes);
  int dev = ioctl(g, VFIO_GROUP_GET_DEVICE_FD, bdf);
  report(dev >= 0, dev < 0 ? errno : 0, "device-fd", "GROUP_GET_DEVICE_FD(%s) in group %s", bdf, group);
  if (dev < 0) return finish();
  struct vfio_device_info di = {.argsz = sizeof di};
  int r = ioctl(dev, VFIO_DEVICE_GET_INFO, &di);
  report(r == 0 && (di.flags & VFIO_DEVICE_FLAGS_PCI), r ? errno : 0, "device-info", "flags=0x%x (PCI) regions=%u irqs=%u", di.flags, di.num_regions, di.num_irqs);
  print_device(dev, bdf);
  info("open sequence %.2f ms", now_ms() - t0);
  if (edu_enable(dev)) report(0, errno, "config-space", "command register");
  if (edu_map_bar0(dev)) return finish();
  edu_registers();
  edu_irq(dev, VFIO_PCI_INTX_IRQ_INDEX, "intx-eventfd");
  edu_irq(dev, VFIO_PCI_MSI_IRQ_INDEX, "msi-eventfd");
  size_t sz = 0x2000;
  uint8_t *buf = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct vfio_iommu_type1_dma_map dm = {.argsz = sizeof dm, .flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
                                        .vaddr = (uintptr_t)buf, .iova = 0x100000, .size = sz};
  if (ioctl(container, VFIO_IOMMU_MAP_DMA, &dm)) report(0, errno, "dma-type1", "IOMMU_MAP_DMA");
  else {
    edu_dma(buf, dm.iova, "dma-type1");
    struct vfio_iommu_type1_dma_unmap du = {.argsz = sizeof du, .iova = dm.iova, .size = sz};
    ioctl(container, VFIO_IOMMU_UNMAP_DMA, &du);
  }
  info("total %.2f ms", now_ms() - t0);
  close(dev);
  close(g);
  close(container);
  return finish();
}

static int cmd_group_viable(const char *group) {
  char path[128];
  snprintf(path, sizeof path, "/dev/vfio/%s", group);
  int g = open(path, O_RDWR);
  if (g < 0) { printf("viable=? open %s: %s\n", path, strerror(errno)); return 2; }
  struct vfio_group_status gs = {.argsz = sizeof gs};
  if (ioctl(g, VFIO_GROUP_GET_STATUS, &gs)) { printf("viable=? GROUP_GET_STATUS: %s\n", strerror(errno)); return 2; }
  int v = !!(gs.flags & VFIO_GROUP_FLAGS_VIABLE);
  printf("viable=%d flags=0x%x\n", v, gs.flags);
  return v ? 0 : 1;
}

static int cmd_pci_cdev(const char *bdf) {
  double t0 = now_ms();
  char dir[256], cdev[300] = "";
  snprintf(dir, sizeof dir, "/sys/bus/pci/devices/%s/vfio-dev", bdf);
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d)))
      if (!strncmp(e->d_name, "vfio", 4)) snprintf(cdev, sizeof cdev, "/dev/vfio/devices/%s", e->d_name);
    closedir(d);
  }
  report(cdev[0] && access(cdev, F_OK) == 0, 0, "cdev-node", "%s -> %s", dir, cdev[0] ? cdev : "(none)");
  if (!cdev[0]) return finish();
  int iommufd = open("/dev/iommu", O_RDWR);
  if (iommufd < 0) { report(0, errno, "iommufd", "open /dev/iommu"); return finish(); }
  struct iommu_ioas_alloc aa = {.size = sizeof aa};
  int r = ioctl(iommufd, IOMMU_IOAS_ALLOC, &aa);
  report(r == 0, r ? errno : 0, "ioas-alloc", "IOMMU_IOAS_ALLOC -> ioas_id %u", aa.out_ioas_id);
  if (r) return finish();
  int dev = open(cdev, O_RDWR);
  if (dev < 0) { report(0, errno, "cdev-open", "open %s", cdev); return finish(); }
  struct vfio_device_bind_iommufd bind = {.argsz = sizeof bind, .iommufd = iommufd};
  r = ioctl(dev, VFIO_DEVICE_BIND_IOMMUFD, &bind);
  report(r == 0, r ? errno : 0, "bind-iommufd", "VFIO_DEVICE_BIND_IOMMUFD -> devid %u", bind.out_devid);
  if (r) return finish();
  struct vfio_device_attach_iommufd_pt at = {.argsz = sizeof at, .pt_id = aa.out_ioas_id};
  r = ioctl(dev, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &at);
  report(r == 0, r ? errno : 0, "attach-pt", "VFIO_DEVICE_ATTACH_IOMMUFD_PT(ioas %u) -> pt_id %u", aa.out_ioas_id, at.pt_id);
  if (r) return finish();
  struct vfio_device_info di = {.argsz = sizeof di};
  r = ioctl(dev, VFIO_DEVICE_GET_INFO, &di);
  report(r == 0 && (di.flags & VFIO_DEVICE_FLAGS_PCI), r ? errno : 0, "device-info", "flags=0x%x (PCI) regions=%u irqs=%u", di.flags, di.num_regions, di.num_irqs);
  info("cdev open sequence %.2f ms", now_ms() - t0);
  if (edu_enable(dev)) report(0, errno, "config-space", "command register");
  if (edu_map_bar0(dev)) return finish();
  edu_registers();
  edu_irq(dev, VFIO_PCI_MSI_IRQ_INDEX, "msi-eventfd");
  size_t sz = 0x2000;
  uint8_t *mem = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct iommu_ioas_map m = {.size = sizeof m, .flags = IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE,
                             .ioas_id = aa.out_ioas_id, .user_va = (uintptr_t)mem, .length = sz, .iova = 0x100000};
  if (ioctl(iommufd, IOMMU_IOAS_MAP, &m)) report(0, errno, "dma-iommufd", "IOMMU_IOAS_MAP");
  else edu_dma(mem, m.iova, "dma-iommufd");
  info("total %.2f ms", now_ms() - t0);
  close(dev);
  close(iommufd);
  return finish();
}

// ---- virtio-mmio platform device (vfio-platform, no-IOMMU) --------------------------------------
static int cmd_platform(const char *name) {
  char group[300];
  double t0 = now_ms();
  if (group_of("platform", name, group, sizeof group)) { report(0, errno, "iommu-group", "%s has no iommu_group link", name); return finish(); }
  report(!strncmp(group, "noiommu-", 8), 0, "noiommu-group", "/dev/vfio/%s", group);
  int container, g = open_group(group, &container, VFIO_NOIOMMU_IOMMU);
  if (g < 0) return finish();
  int dev = ioctl(g, VFIO_GROUP_GET_DEVICE_FD, name);
  report(dev >= 0, dev < 0 ? errno : 0, "device-fd", "GROUP_GET_DEVICE_FD(%s) in group %s", name, group);
  if (dev < 0) return finish();
  struct vfio_device_info di = {.argsz = sizeof di};
  int r = ioctl(dev, VFIO_DEVICE_GET_INFO, &di);
  report(r == 0 && (di.flags & VFIO_DEVICE_FLAGS_PLATFORM), r ? errno : 0, "device-info", "flags=0x%x (PLATFORM) regions=%u irqs=%u", di.flags,
         di.num_regions, di.num_irqs);
  print_device(dev, name);
  info("open sequence %.2f ms", now_ms() - t0);
  struct vfio_region_info r0;
  r = region_info(dev, 0, &r0);
  report(r == 0 && (r0.flags & VFIO_REGION_INFO_FLAG_READ) && !(r0.flags & VFIO_REGION_INFO_FLAG_MMAP), r ? errno : 0, "region0",
         "size=0x%llx flags=%s (READ, no MMAP: not page sized)", (unsigned long long)r0.size, region_flags(r0.flags));
  if (r) return finish();
  uint32_t magic = 0, ver = 0, devid = 0, vendor = 0;
  ssize_t n = pread(dev, &magic, 4, (off_t)r0.offset);
  pread(dev, &ver, 4, (off_t)r0.offset + 4);
  pread(dev, &devid, 4, (off_t)r0.offset + 8);
  pread(dev, &vendor, 4, (off_t)r0.offset + 12);
  report(n == 4 && magic == 0x74726976, n < 0 ? errno : 0, "virtio-magic", "pread MagicValue 0x%08x (expect 0x74726976 'virt')", magic);
  report(ver == 1 || ver == 2, 0, "virtio-version", "Version %u", ver);
  report(devid == 4, 0, "virtio-device-id", "DeviceID %u (expect 4, entropy source), VendorID 0x%08x", devid, vendor);
  struct vfio_irq_info ii = {.argsz = sizeof ii, .index = 0};
  r = ioctl(dev, VFIO_DEVICE_GET_IRQ_INFO, &ii);
  uint32_t want = VFIO_IRQ_INFO_EVENTFD | VFIO_IRQ_INFO_MASKABLE | VFIO_IRQ_INFO_AUTOMASKED;
  report(r == 0 && (ii.flags & want) == want, r ? errno : 0, "irq-info", "index 0 count=%u flags=%s", ii.count, irq_flags(ii.flags));
  int efd = eventfd(0, EFD_CLOEXEC);
  r = set_irq_eventfd(dev, 0, efd);
  report(r == 0, r ? errno : 0, "irq-eventfd", "SET_IRQS(index 0, eventfd)");
  if (r == 0) {
    r = irq_simple(dev, 0, VFIO_IRQ_SET_ACTION_TRIGGER, 1);
    int w = wait_efd(efd, 1000);
    report(r == 0 && w == 1, r ? errno : 0, "irq-loopback", "SET_IRQS(DATA_NONE|TRIGGER) -> eventfd %s", w == 1 ? "fired" : "silent");
    irq_unmask(dev, 0);
    // A real device interrupt: one virtio-rng request on the legacy virtio-mmio queue 0. There is no
    // IOMMU, so the device is given guest-physical addresses read from /proc/self/pagemap.
    if (ver == 1 && devid == 4) {
      uint8_t *ring = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED | MAP_POPULATE, -1, 0);
      memset(ring, 0, 8192);
      uint64_t pa[2] = {0, 0};
      int pm = open("/proc/self/pagemap", O_RDONLY);
      for (int i = 0; i < 2; i++) {
        uint64_t e = 0;
        pread(pm, &e, 8, (off_t)(((uintptr_t)(ring + i * 4096) / 4096) * 8));
        pa[i] = (e & ((1ULL << 55) - 1)) * 4096;
      }
      close(pm);
#define MW(off, val) do { uint32_t _v = (val); pwrite(dev, &_v, 4, (off_t)r0.offset + (off)); } while (0)
#define MR(off) ({ uint32_t _v = 0; pread(dev, &_v, 4, (off_t)r0.offset + (off)); _v; })
      MW(0x70, 0); MW(0x70, 1); MW(0x70, 1 | 2);        // reset, ACKNOWLEDGE, DRIVER
      MW(0x24, 0); MW(0x20, 0);                          // no features
      MW(0x28, 4096);                                    // GuestPageSize
      MW(0x30, 0);                                       // QueueSel 0
      MW(0x38, 4); MW(0x3c, 128); MW(0x40, (uint32_t)(pa[0] >> 12));  // QueueNum, QueueAlign, QueuePFN
      MW(0x70, 1 | 2 | 4);                               // DRIVER_OK
      struct { uint64_t addr; uint32_t len; uint16_t flags, next; } *desc = (void *)ring;
      uint16_t *avail = (uint16_t *)(ring + 64);
      volatile uint16_t *used_idx = (volatile uint16_t *)(ring + 128 + 2);
      desc[0].addr = pa[1]; desc[0].len = 16; desc[0].flags = 2; desc[0].next = 0;
      avail[2] = 0;
      __sync_synchronize();
      avail[1] = 1;
      __sync_synchronize();
      double ts = now_ms();
      MW(0x50, 0);                                       // QueueNotify
      int w2 = wait_efd(efd, 3000);
      uint32_t isr = MR(0x60);
      report(w2 == 1 && *used_idx == 1, 0, "irq-device", "virtio-rng request: eventfd %s after %.3f ms, InterruptStatus=0x%x, used.idx=%u",
             w2 == 1 ? "fired" : "silent", now_ms() - ts, isr, *used_idx);
      MW(0x64, isr);                                     // InterruptACK
      irq_unmask(dev, 0);                                // level IRQ, auto-masked by vfio-platform
      MW(0x70, 0);                                       // reset the device
    }
    irq_disable(dev, 0);
  }
  close(efd);
  info("total %.2f ms", now_ms() - t0);
  close(dev);
  close(g);
  close(container);
  return finish();
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  if (argc < 3) {
    fprintf(stderr, "usage: %s pci-group <bdf> | group-viable <group> | pci-cdev <bdf> | platform <device> [check-prefix]\n", argv[0]);
    return 2;
  }
  if (argc > 3) prefix = argv[3];
  if (!strcmp(argv[1], "pci-group")) return cmd_pci_group(argv[2]);
  if (!strcmp(argv[1], "group-viable")) return cmd_group_viable(argv[2]);
  if (!strcmp(argv[1], "pci-cdev")) return cmd_pci_cdev(argv[2]);
  if (!strcmp(argv[1], "platform")) return cmd_platform(argv[2]);
  fprintf(stderr, "%s: unknown command %s\n", argv[0], argv[1]);
  return 2;
}

// open-seq.c - the C baseline of bench/agent: the agent's open sequence with the same ioctls, timed.
//   open-seq <bdf> <iterations>
// One iteration: container (open, GET_API_VERSION, CHECK_EXTENSION), group (open, GET_STATUS,
// SET_CONTAINER), SET_IOMMU(TYPE1v2), GET_DEVICE_FD, DEVICE_GET_INFO, GET_REGION_INFO and
// GET_IRQ_INFO for every index, mmap BAR0 and read the edu ID, eventfd + SET_IRQS(MSI), then
// everything released (IRQ disabled, eventfd closed, munmap, device/group/container closed).
// Prints "first_us=<first iteration> median_us=<median of the others> id=0x...".
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/vfio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static uint32_t once(const char *bdf, const char *group_path) {
  int container = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
  if (container < 0 || ioctl(container, VFIO_GET_API_VERSION) != VFIO_API_VERSION) { perror("container"); exit(1); }
  if (ioctl(container, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) <= 0) { perror("extension"); exit(1); }
  int group = open(group_path, O_RDWR | O_CLOEXEC);
  struct vfio_group_status gs = {.argsz = sizeof gs};
  if (group < 0 || ioctl(group, VFIO_GROUP_GET_STATUS, &gs) || !(gs.flags & VFIO_GROUP_FLAGS_VIABLE)) { perror("group"); exit(1); }
  if (ioctl(group, VFIO_GROUP_SET_CONTAINER, &container) || ioctl(container, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU)) { perror("iommu"); exit(1); }
  int dev = ioctl(group, VFIO_GROUP_GET_DEVICE_FD, bdf);
  struct vfio_device_info di = {.argsz = sizeof di};
  if (dev < 0 || ioctl(dev, VFIO_DEVICE_GET_INFO, &di)) { perror("device"); exit(1); }
  struct vfio_region_info bar0 = {0};
  for (unsigned i = 0; i < di.num_regions; i++) {
    struct vfio_region_info ri = {.argsz = sizeof ri, .index = i};
    if (ioctl(dev, VFIO_DEVICE_GET_REGION_INFO, &ri) == 0 && i == 0) bar0 = ri;
  }
  for (unsigned i = 0; i < di.num_irqs; i++) {
    struct vfio_irq_info ii = {.argsz = sizeof ii, .index = i};
    ioctl(dev, VFIO_DEVICE_GET_IRQ_INFO, &ii);
  }
  volatile uint32_t *bar = mmap(NULL, bar0.size, PROT_READ | PROT_WRITE, MAP_SHARED, dev, (off_t)bar0.offset);
  if (bar == MAP_FAILED) { perror("mmap"); exit(1); }
  uint32_t id = bar[0];
  int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  char buf[sizeof(struct vfio_irq_set) + sizeof(int32_t)];
  struct vfio_irq_set *s = (void *)buf;
  s->argsz = sizeof buf;
  s->flags = VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER;
  s->index = VFIO_PCI_MSI_IRQ_INDEX;
  s->start = 0;
  s->count = 1;
  memcpy(s->data, &efd, sizeof(int32_t));
  if (ioctl(dev, VFIO_DEVICE_SET_IRQS, s)) { perror("SET_IRQS"); exit(1); }
  struct vfio_irq_set off = {.argsz = sizeof off, .flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER,
                             .index = VFIO_PCI_MSI_IRQ_INDEX, .start = 0, .count = 0};
  ioctl(dev, VFIO_DEVICE_SET_IRQS, &off);
  close(efd);
  munmap((void *)bar, bar0.size);
  close(dev);
  close(group);
  close(container);
  return id;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s <bdf> <iterations>\n", argv[0]); return 2; }
  const char *bdf = argv[1];
  int n = atoi(argv[2]);
  char link[256], target[256], group_path[300];
  snprintf(link, sizeof link, "/sys/bus/pci/devices/%s/iommu_group", bdf);
  ssize_t l = readlink(link, target, sizeof target - 1);
  if (l < 0) { perror(link); return 1; }
  target[l] = 0;
  snprintf(group_path, sizeof group_path, "/dev/vfio/%s", strrchr(target, '/') + 1);
  double *t = calloc(n, sizeof *t);
  uint32_t id = 0;
  for (int i = 0; i < n; i++) {
    double t0 = now_us();
    id = once(bdf, group_path);
    t[i] = now_us() - t0;
  }
  double first = t[0];
  qsort(t + 1, n - 1, sizeof *t, cmp);
  printf("first_us=%.0f median_us=%.0f id=0x%08x iterations=%d\n", first, t[1 + (n - 1) / 2], id, n);
  return 0;
}

// vmexec.c - the vmboard exec channel: a small command server that runs in the guest, and its
// host-side client. One static binary, two roles:
//
//   guest: vmexec serve [--port P] [--root DIR]
//          Listens on TCP port P (default 7022). Every connection runs one command, chrooted into
//          DIR when given (the host's root mounted over 9p), in its own session, with stdin from
//          /dev/null unless the client forwards its stdin. The server is a child subreaper, so a
//          command that leaves a background process behind (nohup java ... &) is reaped here.
//   host:  vmexec run --port P [--timeout S] [--cwd DIR] [--env K=V]... [--stdin] -- CMD ARGS...
//          Relays the command's stdout and stderr and exits with its exit code.
//          vmexec ping --port P [--wait S]     exit 0 once the server answers (waits up to S s)
//          vmexec poweroff --port P            asks the guest to sync and power off (or reset:
//                                              QEMU runs with -no-reboot, so a reset ends it too)
//   init:  vmexec bind-dirs FROM TO
//          Bind-mounts every directory FROM/N onto TO/N (made when missing), except hidden ones and
//          the JVM's hsperfdata_*: the host's /tmp directories into the guest's own /tmp. One process
//          with two system calls a directory; the init's shell loop cost three busybox executions a
//          directory, 19 s of a TCG boot with the ~500 directories of a well-used host's /tmp.
//
// Exit codes of `run`: the command's code; 128+N when it died from signal N; 124 when the guest
// killed it after --timeout; 126/127 when it could not be executed; 255 when the exec channel
// itself failed (guest not reachable, connection lost).
//
// Wire protocol (all integers little endian). On accept the server sends the banner
// "VMBOARD-EXECD 1\n". The client then sends records [u8 tag][u32 len][len bytes]:
//   'C' working directory, 'T' timeout in seconds (decimal), 'E' "K=V", 'A' one argv element,
//   'S' (empty: the client will forward stdin),
//   and ends the request with 'R' (run), 'P' (power off) or 'Q' (quit, used by ping). After 'R'
//   a client that forwards stdin sends 'I' records; an empty 'I' closes the command's stdin.
// The server answers with records: 'O' stdout bytes, 'E' stderr bytes, 'X' exit status (s32).
// Through QEMU user networking a connect() to the forwarded host port succeeds even while the
// guest is not listening; the banner is what proves the server is there.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/reboot.h>
#include <dirent.h>
#include <limits.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BANNER "VMBOARD-EXECD 1\n"
#define BANNER_LEN (sizeof(BANNER) - 1)
#define MAX_RECORD (1u << 20)
#define MAX_ARGS 4096

static const char *prog = "vmexec";

static void fail(int rc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: ", prog);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(rc);
}

static double mono(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static int write_all(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

// Reads exactly n bytes; returns 0, or -1 on EOF/error. With a deadline (mono() seconds, 0 = none)
// it fails with errno ETIMEDOUT when the deadline passes.
static int read_all(int fd, void *buf, size_t n, double deadline) {
  char *p = buf;
  while (n > 0) {
    if (deadline > 0) {
      double left = deadline - mono();
      if (left <= 0) { errno = ETIMEDOUT; return -1; }
      struct pollfd pf = {.fd = fd, .events = POLLIN};
      int r = poll(&pf, 1, (int)(left * 1000) + 1);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return -1;
      if (r == 0) { errno = ETIMEDOUT; return -1; }
    }
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) { if (r == 0) errno = ECONNRESET; return -1; }
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

static int send_record(int fd, char tag, const void *data, uint32_t len) {
  unsigned char h[5] = {(unsigned char)tag, len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, (len >> 24) & 0xff};
  if (write_all(fd, h, 5)) return -1;
  return len ? write_all(fd, data, len) : 0;
}

static int send_str(int fd, char tag, const char *s) { return send_record(fd, tag, s, (uint32_t)strlen(s)); }

// Reads one record; *data is malloc'ed and NUL terminated. Returns 0 or -1.
static int recv_record(int fd, char *tag, char **data, uint32_t *len, double deadline) {
  unsigned char h[5];
  if (read_all(fd, h, 5, deadline)) return -1;
  *tag = (char)h[0];
  *len = h[1] | (h[2] << 8) | (h[3] << 16) | ((uint32_t)h[4] << 24);
  if (*len > MAX_RECORD) { errno = EMSGSIZE; return -1; }
  *data = malloc(*len + 1);
  if (!*data) return -1;
  if (*len && read_all(fd, *data, *len, deadline)) { free(*data); return -1; }
  (*data)[*len] = 0;
  return 0;
}

/* ------------------------------------------------------------------ server (guest) */

static int sigchld_pipe[2] = {-1, -1};

static void on_sigchld_reap(int sig) {
  (void)sig;
  int saved = errno;
  while (waitpid(-1, NULL, WNOHANG) > 0) {}
  errno = saved;
}

static void on_sigchld_notify(int sig) {
  (void)sig;
  int saved = errno;
  if (write(sigchld_pipe[1], "c", 1) < 0) {}
  errno = saved;
}

struct request {
  char *cwd;
  int timeout;
  char *env[MAX_ARGS];
  int nenv;
  char *argv[MAX_ARGS + 1];
  int argc;
  int want_stdin;
  char action;
};

static int read_request(int fd, struct request *rq) {
  memset(rq, 0, sizeof *rq);
  for (;;) {
    char tag, *data;
    uint32_t len;
    if (recv_record(fd, &tag, &data, &len, mono() + 30)) return -1;
    switch (tag) {
    case 'C': rq->cwd = data; break;
    case 'T': rq->timeout = atoi(data); free(data); break;
    case 'S': rq->want_stdin = 1; free(data); break;
    case 'E': if (rq->nenv < MAX_ARGS) rq->env[rq->nenv++] = data; else free(data); break;
    case 'A': if (rq->argc < MAX_ARGS) rq->argv[rq->argc++] = data; else free(data); break;
    case 'R': case 'P': case 'Q': rq->action = tag; free(data); return 0;
    default: free(data); errno = EPROTO; return -1;
    }
  }
}

static void exec_child(struct request *rq, const char *root, int in_fd, int out_fd, int err_fd) {
  setsid();
  signal(SIGPIPE, SIG_DFL);
  signal(SIGCHLD, SIG_DFL);
  dup2(in_fd, 0);
  dup2(out_fd, 1);
  dup2(err_fd, 2);
  for (int fd = 3; fd < 1024; fd++) close(fd);
  if (root && *root) {
    if (chroot(root) || chdir("/")) {
      dprintf(2, "vmexec: chroot %s: %s\n", root, strerror(errno));
      _exit(126);
    }
  }
  if (!rq->cwd || chdir(rq->cwd)) {
    if (chdir("/")) {}
  }
  clearenv();
  setenv("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 1);
  setenv("HOME", "/root", 1);
  setenv("LANG", "C.UTF-8", 1);
  setenv("TERM", "dumb", 1);
  setenv("VMBOARD_GUEST", "1", 1);
  for (int i = 0; i < rq->nenv; i++) putenv(rq->env[i]);
  rq->argv[rq->argc] = NULL;
  execvp(rq->argv[0], rq->argv);
  int e = errno;
  dprintf(2, "vmexec: %s: %s\n", rq->argv[0], strerror(e));
  _exit(e == ENOENT ? 127 : 126);
}

static int status_code(int st) {
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return 255;
}

static void handle_connection(int sock, const char *root) {
  struct sigaction sa = {.sa_handler = on_sigchld_notify, .sa_flags = SA_RESTART | SA_NOCLDSTOP};
  if (pipe2(sigchld_pipe, O_CLOEXEC | O_NONBLOCK)) _exit(1);
  sigaction(SIGCHLD, &sa, NULL);
  if (write_all(sock, BANNER, BANNER_LEN)) _exit(0);
  struct request rq;
  if (read_request(sock, &rq)) _exit(0);
  if (rq.action == 'Q') _exit(0);
  if (rq.action == 'P') {
    int32_t zero = 0;
    send_record(sock, 'X', &zero, 4);
    close(sock);
    sync();
    reboot(RB_POWER_OFF);  // ACPI S5 on q35, the GED sleep register on microvm
    reboot(RB_AUTOBOOT);   // fallback: QEMU runs with -no-reboot, so a reset ends the VM too
    _exit(0);
  }
  if (rq.argc == 0) {
    int32_t rc = 127;
    send_str(sock, 'E', "vmexec: no command given\n");
    send_record(sock, 'X', &rc, 4);
    _exit(0);
  }
  int in_p[2] = {-1, -1}, out_p[2], err_p[2], devnull = open("/dev/null", O_RDWR);
  int want_stdin = rq.want_stdin;
  if ((want_stdin && pipe(in_p)) || pipe(out_p) || pipe(err_p)) _exit(1);
  pid_t pid = fork();
  if (pid < 0) _exit(1);
  if (pid == 0) exec_child(&rq, root, want_stdin ? in_p[0] : devnull, out_p[1], err_p[1]);
  close(out_p[1]);
  close(err_p[1]);
  if (want_stdin) close(in_p[0]);
  int in_fd = want_stdin ? in_p[1] : -1;
  int out_fd = out_p[0], err_fd = err_p[0];
  double deadline = rq.timeout > 0 ? mono() + rq.timeout : 0, grace_until = 0;
  int exited = 0, status = 0, timed_out = 0;
  char buf[65536];
  for (;;) {
    if (!exited) {
      pid_t w = waitpid(pid, &status, WNOHANG);
      if (w == pid) { exited = 1; grace_until = mono() + 0.3; }
    }
    if (exited && out_fd < 0 && err_fd < 0) break;
    if (exited && mono() > grace_until) break;  // a background process keeps the pipes open
    if (!exited && deadline > 0 && mono() > deadline) {
      kill(-pid, SIGKILL);
      timed_out = 1;
      waitpid(pid, &status, 0);
      exited = 1;
      grace_until = mono() + 0.3;
    }
    struct pollfd pf[4];
    int n = 0;
    pf[n++] = (struct pollfd){.fd = sigchld_pipe[0], .events = POLLIN};
    pf[n++] = (struct pollfd){.fd = sock, .events = POLLIN};
    int io = n;
    if (out_fd >= 0) pf[n++] = (struct pollfd){.fd = out_fd, .events = POLLIN};
    if (err_fd >= 0) pf[n++] = (struct pollfd){.fd = err_fd, .events = POLLIN};
    int ms = 1000;
    if (exited) ms = 50;
    else if (deadline > 0) { double l = deadline - mono(); ms = l < 1 ? (int)(l * 1000) + 1 : 1000; }
    int r = poll(pf, n, ms);
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    if (pf[0].revents) { char c[64]; while (read(sigchld_pipe[0], c, sizeof c) > 0) {} }
    if (pf[1].revents) {
      char tag, *data;
      uint32_t len;
      if (recv_record(sock, &tag, &data, &len, mono() + 10)) {
        // client went away: end the command
        if (!exited) { kill(-pid, SIGTERM); usleep(200000); kill(-pid, SIGKILL); }
        _exit(0);
      }
      if (tag == 'I' && in_fd >= 0) {
        if (len == 0) { close(in_fd); in_fd = -1; }
        else if (write_all(in_fd, data, len)) { close(in_fd); in_fd = -1; }
      }
      free(data);
    }
    for (int i = io; i < n; i++) {
      if (!pf[i].revents) continue;
      ssize_t got = read(pf[i].fd, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      char tag = pf[i].fd == out_fd ? 'O' : 'E';
      if (got <= 0) {
        close(pf[i].fd);
        if (pf[i].fd == out_fd) out_fd = -1; else err_fd = -1;
        continue;
      }
      if (send_record(sock, tag, buf, (uint32_t)got)) {
        if (!exited) { kill(-pid, SIGTERM); usleep(200000); kill(-pid, SIGKILL); }
        _exit(0);
      }
      if (exited) grace_until = mono() + 0.3;
    }
  }
  int32_t rc = status_code(status);
  if (timed_out) {
    char msg[128];
    snprintf(msg, sizeof msg, "vmexec: command killed after the %d s timeout\n", rq.timeout);
    send_str(sock, 'E', msg);
    rc = 124;
  }
  send_record(sock, 'X', &rc, 4);
  shutdown(sock, SHUT_WR);
  _exit(0);
}

static __attribute__((noreturn)) void serve(int port, const char *root) {
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  signal(SIGPIPE, SIG_IGN);
  struct sigaction sa = {.sa_handler = on_sigchld_reap, .sa_flags = SA_RESTART | SA_NOCLDSTOP};
  sigaction(SIGCHLD, &sa, NULL);
  int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_ANY)};
  if (bind(ls, (struct sockaddr *)&a, sizeof a) || listen(ls, 64)) fail(1, "listen on port %d: %s", port, strerror(errno));
  fprintf(stderr, "vmexec: serving on port %d%s%s\n", port, root ? ", root " : "", root ? root : "");
  for (;;) {
    int s = accept4(ls, NULL, NULL, SOCK_CLOEXEC);
    if (s < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      fail(1, "accept: %s", strerror(errno));
    }
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    pid_t pid = fork();
    if (pid == 0) {
      close(ls);
      signal(SIGPIPE, SIG_IGN);
      handle_connection(s, root);
    }
    close(s);
  }
}

/* ------------------------------------------------------------------ client (host) */

static int connect_server(int port, double deadline, int quiet) {
  int err = 0;
  do {
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) {
      char b[BANNER_LEN];
      double bd = mono() + 5;
      if (bd > deadline) bd = deadline;
      if (bd < mono() + 1) bd = mono() + 1;
      if (read_all(s, b, BANNER_LEN, bd) == 0 && !memcmp(b, BANNER, BANNER_LEN)) {
        int one = 1;
        setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return s;
      }
    }
    err = errno;
    close(s);
    if (mono() < deadline) usleep(200000);
  } while (mono() < deadline);
  if (!quiet)
    fprintf(stderr, "%s: no exec server answers on 127.0.0.1:%d (%s); is the guest running? see 'vmboard/vm status'\n", prog, port,
            strerror(err ? err : ETIMEDOUT));
  return -1;
}

static void usage(void) {
  fprintf(stderr,
          "usage: vmexec serve [--port P] [--root DIR]\n"
          "       vmexec run --port P [--timeout S] [--cwd DIR] [--env K=V]... [--stdin] -- CMD [ARGS...]\n"
          "       vmexec ping --port P [--wait S]\n"
          "       vmexec poweroff --port P\n"
          "       vmexec bind-dirs FROM TO\n");
  exit(2);
}

// bind-dirs: exit 0 when every directory was bound, 1 when some were not (each named on stderr)
static int bind_dirs(const char *from, const char *to) {
  DIR *dir = opendir(from);
  if (!dir) {
    fprintf(stderr, "%s: cannot read %s: %s\n", prog, from, strerror(errno));
    return 1;
  }
  int failed = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    const char *n = e->d_name;
    if (n[0] == '.' || !strncmp(n, "hsperfdata_", 11)) continue;
    char src[PATH_MAX], dst[PATH_MAX];
    struct stat st;
    if (snprintf(src, sizeof src, "%s/%s", from, n) >= (int)sizeof src
        || snprintf(dst, sizeof dst, "%s/%s", to, n) >= (int)sizeof dst) {
      fprintf(stderr, "%s: bind-dirs: %s/%s: path too long\n", prog, from, n);
      failed = 1;
      continue;
    }
    if (stat(src, &st) || !S_ISDIR(st.st_mode)) continue;  // files, and links to no directory
    if ((mkdir(dst, 0755) && errno != EEXIST) || mount(src, dst, NULL, MS_BIND, NULL)) {
      fprintf(stderr, "%s: bind-dirs: %s -> %s: %s\n", prog, src, dst, strerror(errno));
      failed = 1;
    }
  }
  closedir(dir);
  return failed;
}

int main(int argc, char **argv) {
  if (argc < 2) usage();
  const char *mode = argv[1];
  if (!strcmp(mode, "bind-dirs")) {
    if (argc != 4) usage();
    return bind_dirs(argv[2], argv[3]);
  }
  int port = 7022, timeout = 0, fwd_stdin = 0, i;
  double wait_s = 0;
  const char *root = NULL, *cwd = NULL;
  const char *envs[MAX_ARGS];
  int nenv = 0;
  for (i = 2; i < argc; i++) {
    const char *o = argv[i];
    if (!strcmp(o, "--")) { i++; break; }
    if (!strcmp(o, "--stdin")) { fwd_stdin = 1; continue; }
    if (i + 1 >= argc) break;
    if (!strcmp(o, "--port")) port = atoi(argv[++i]);
    else if (!strcmp(o, "--root")) root = argv[++i];
    else if (!strcmp(o, "--timeout")) timeout = atoi(argv[++i]);
    else if (!strcmp(o, "--cwd")) cwd = argv[++i];
    else if (!strcmp(o, "--wait")) wait_s = atof(argv[++i]);
    else if (!strcmp(o, "--env") && nenv < MAX_ARGS) envs[nenv++] = argv[++i];
    else break;
  }
  if (port <= 0 || port > 65535) usage();
  signal(SIGPIPE, SIG_IGN);

  if (!strcmp(mode, "serve")) {
    prog = "vmexec-serve";
    serve(port, root);
  }
  if (!strcmp(mode, "ping")) {
    int s = connect_server(port, mono() + (wait_s > 0 ? wait_s : 1), 1);
    if (s < 0) return 1;
    send_record(s, 'Q', NULL, 0);
    close(s);
    return 0;
  }
  if (!strcmp(mode, "poweroff")) {
    int s = connect_server(port, mono() + 5, 0);
    if (s < 0) return 255;
    send_record(s, 'P', NULL, 0);
    char tag, *d;
    uint32_t len;
    int ok = recv_record(s, &tag, &d, &len, mono() + 10) == 0 && tag == 'X';
    close(s);
    return ok ? 0 : 255;
  }
  if (strcmp(mode, "run")) usage();
  if (i >= argc) usage();

  int s = connect_server(port, mono() + 10, 0);
  if (s < 0) return 255;
  char tbuf[32];
  int bad = 0;
  if (cwd) bad |= send_str(s, 'C', cwd);
  if (timeout > 0) { snprintf(tbuf, sizeof tbuf, "%d", timeout); bad |= send_str(s, 'T', tbuf); }
  for (int k = 0; k < nenv; k++) bad |= send_str(s, 'E', envs[k]);
  if (fwd_stdin) bad |= send_record(s, 'S', NULL, 0);
  for (; i < argc; i++) bad |= send_str(s, 'A', argv[i]);
  bad |= send_record(s, 'R', NULL, 0);
  if (bad) { fprintf(stderr, "%s: lost the exec connection while sending the request\n", prog); return 255; }

  // The guest enforces --timeout; the client gives it a margin before giving up on the channel.
  double deadline = timeout > 0 ? mono() + timeout + 30 : 0;
  int in_open = fwd_stdin;
  char buf[65536];
  for (;;) {
    struct pollfd pf[2] = {{.fd = s, .events = POLLIN}, {.fd = 0, .events = POLLIN}};
    int ms = -1;
    if (deadline > 0) {
      double l = deadline - mono();
      if (l <= 0) { fprintf(stderr, "%s: no answer from the guest %d s after the timeout\n", prog, 30); return 255; }
      ms = (int)(l * 1000) + 1;
    }
    int r = poll(pf, in_open ? 2 : 1, ms);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return 255;
    if (r == 0) continue;
    if (in_open && pf[1].revents) {
      ssize_t n = read(0, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) { send_record(s, 'I', NULL, 0); in_open = 0; }
      else if (send_record(s, 'I', buf, (uint32_t)n)) in_open = 0;
    }
    if (pf[0].revents) {
      char tag, *data;
      uint32_t len;
      if (recv_record(s, &tag, &data, &len, mono() + 30)) {
        fprintf(stderr, "%s: exec connection to the guest lost (%s)\n", prog, strerror(errno));
        return 255;
      }
      if (tag == 'O') write_all(1, data, len);
      else if (tag == 'E') write_all(2, data, len);
      else if (tag == 'X' && len == 4) {
        int32_t rc;
        memcpy(&rc, data, 4);
        return rc & 0xff;
      }
      free(data);
    }
  }
}

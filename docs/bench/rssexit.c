// rssexit: a process's memory as it ends (docs/performance.md, session 11).
//
//   gcc -O2 -o /tmp/rssexit docs/bench/rssexit.c
//   /tmp/rssexit gongwen render --raw -t T.docx -d D.json --each .Records -o OUT
//   RSSMAP=/tmp/pages.txt /tmp/rssexit gongwen version
//
// Runs the command traced; when it calls exit_group (ptrace's exit stop, the
// memory still mapped) prints VmHWM, VmRSS, RssAnon, RssFile and Threads from
// /proc/PID/status, and with RSSMAP=file writes every resident page of every
// mapping ("address permissions file-backed") from /proc/PID/pagemap, to
// tell the binary's sections apart (readelf -S). Then prints the process's own
// ru_maxrss, which a forking Python harness would raise to its own size.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static void dump(pid_t pid) {
  char p[64], line[512];
  snprintf(p, sizeof p, "/proc/%d/status", pid);
  FILE *f = fopen(p, "r");
  if (f) {
    while (fgets(line, sizeof line, f))
      if (!strncmp(line, "VmHWM", 5) || !strncmp(line, "VmRSS", 5) || !strncmp(line, "RssAnon", 7) ||
          !strncmp(line, "RssFile", 7) || !strncmp(line, "Threads", 7))
        fprintf(stderr, "exit %s", line);
    fclose(f);
  }
  const char *m = getenv("RSSMAP");
  if (!m) return;
  snprintf(p, sizeof p, "/proc/%d/maps", pid);
  f = fopen(p, "r");
  char pm[64];
  snprintf(pm, sizeof pm, "/proc/%d/pagemap", pid);
  int fd = open(pm, O_RDONLY);
  FILE *out = fopen(m, "w");
  if (!f || fd < 0 || !out) return;
  while (fgets(line, sizeof line, f)) {
    unsigned long a, b;
    char perm[8];
    if (sscanf(line, "%lx-%lx %7s", &a, &b, perm) != 3) continue;
    for (unsigned long x = a; x < b; x += 4096) {
      uint64_t e;
      if (pread(fd, &e, 8, (x / 4096) * 8) != 8) break;
      if (e >> 63 & 1) fprintf(out, "%lx %s %d\n", x, perm, (int)(e >> 61 & 1));
    }
  }
  fclose(out);
  close(fd);
  fclose(f);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: rssexit command [args...]\n");
    return 2;
  }
  pid_t pid = fork();
  if (pid == 0) {
    ptrace(PTRACE_TRACEME, 0, 0, 0);
    raise(SIGSTOP);
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  int st;
  waitpid(pid, &st, 0);
  ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL);
  ptrace(PTRACE_CONT, pid, 0, 0);
  int dumped = 0, code = 0;
  for (;;) {
    struct rusage ru;
    pid_t t = wait4(-1, &st, __WALL, &ru);
    if (t < 0) break;
    if (WIFEXITED(st) || WIFSIGNALED(st)) {
      if (t == pid) {
        fprintf(stderr, "ru_maxrss %ld kB\n", ru.ru_maxrss);
        code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        break;
      }
      continue;
    }
    if (WIFSTOPPED(st)) {
      int ev = st >> 16, sig = 0;
      if (ev == PTRACE_EVENT_EXIT && !dumped) {
        dumped = 1;
        dump(t);
      } else if (ev == 0 && WSTOPSIG(st) != SIGSTOP && WSTOPSIG(st) != SIGTRAP)
        sig = WSTOPSIG(st);
      ptrace(PTRACE_CONT, t, 0, sig);
    }
  }
  return code;
}

/* measure: runs a command and reports its wall time, CPU time and peak resident set size.

   usage: measure [-t SECONDS] -o FILE COMMAND [ARGS...]

   Writes one line to FILE: "WALL_S USER_S SYS_S MAXRSS_KB STATUS", where the times are in
   seconds (wall time from a monotonic clock, around fork and wait), MAXRSS_KB is the
   child's peak RSS from wait4's rusage (it covers the child and the descendants it
   waited for), and STATUS is the exit code, "signal-N", or "timeout" (the command ran
   longer than -t SECONDS and was killed with its process group). Standard input, output
   and error are the command's own. The exit status of measure is 0 if it could run the
   command, whatever the command did; 2 otherwise. Part of bench/run. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;
static volatile pid_t child;

static void on_alarm(int sig) {
    (void)sig;
    timed_out = 1;
    if (child > 0) {
        kill(-child, SIGKILL);
        kill(child, SIGKILL);
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    const char *out = NULL;
    double limit = 0;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) out = argv[++i];
        else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) limit = atof(argv[++i]);
        else if (strcmp(argv[i], "--") == 0) { i++; break; }
        else break;
    }
    if (!out || i >= argc) {
        fprintf(stderr, "usage: measure [-t SECONDS] -o FILE COMMAND [ARGS...]\n");
        return 2;
    }
    FILE *f = fopen(out, "w");
    if (!f) {
        fprintf(stderr, "measure: %s: %s\n", out, strerror(errno));
        return 2;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);

    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "measure: fork: %s\n", strerror(errno));
        return 2;
    }
    if (pid == 0) {
        setpgid(0, 0);
        execvp(argv[i], argv + i);
        fprintf(stderr, "measure: %s: %s\n", argv[i], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);
    child = pid;
    if (limit > 0) {
        struct itimerval it;
        memset(&it, 0, sizeof it);
        it.it_value.tv_sec = (time_t)limit;
        it.it_value.tv_usec = (suseconds_t)((limit - (double)(time_t)limit) * 1e6);
        setitimer(ITIMER_REAL, &it, NULL);
    }
    int status;
    struct rusage ru;
    pid_t r;
    while ((r = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR) {
    }
    double wall = now() - start;
    if (r < 0) {
        fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
        return 2;
    }
    char st[32];
    if (timed_out) snprintf(st, sizeof st, "timeout");
    else if (WIFSIGNALED(status)) snprintf(st, sizeof st, "signal-%d", WTERMSIG(status));
    else snprintf(st, sizeof st, "%d", WEXITSTATUS(status));
    fprintf(f, "%.6f %.6f %.6f %ld %s\n", wall, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
            ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss, st);
    fclose(f);
    return 0;
}

/* oak_main.c: the `oak` launcher: options, module path, standard library, main class.
 * Exit status: the program's System.exit code, 0 on normal end, 1 on an uncaught
 * exception or a load error, 2 on a usage error. */
#include "jit.h"
#include "oakc.h"
#include "vm.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <time.h>
#include <sys/stat.h>
#include <libgccjit.h>

#define OAK_VERSION "0.1.0"

static void usage(FILE *f) {
    fprintf(f,
            "usage: oak [OPTIONS] MODULE.oak [ARGS...]\n"
            "       oak [OPTIONS] FILE.java [ARGS...]      (compile in memory, then run)\n"
            "       oak [OPTIONS] -p PATH -m CLASS [ARGS...]\n"
            "\n"
            "Runs the main class of a module, or CLASS found on the module path PATH\n"
            "(.oak files and directories of them, separated by ':').\n"
            "\n"
            "options:\n"
            "  --mode=int|jit|tiered  interpret only; compile every method before it first runs;\n"
            "                         or interpret and compile hot code in the background (default)\n"
            "  --jit-threshold=N      tiered: calls (and loop iterations) before compiling (default 2000)\n"
            "  --verbose:jit          log each compile (method, bytecode size, ms, tier)\n"
            "  --jit-dump=DIR         write the generated IR of each compile into DIR\n"
            "  --stats                print class, method, GC and JIT statistics at exit (stderr)\n"
            "  --prof                 print the methods that ran most, and where (stderr)\n"
            "  --compare              run the program in every mode, print a side-by-side table\n"
            "  --verbose:class        log each class as it is loaded (stderr)\n"
            "  --verify-only          load and verify every class of MODULE, run nothing\n"
            "  -XssSIZE               Java stack size (default 2m; suffixes k, m, g)\n"
            "  -XmxSIZE               maximum heap size (default: unlimited)\n"
            "  -p PATH, -m CLASS      module path and main class\n"
            "  --help, --version\n"
            "\n"
            "environment: OAK_HOME  where lib/java.base.oak is (default: next to bin/)\n");
}

static int parse_size(const char *s, uint64_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return -1;
    switch (*end) {
    case 0: break;
    case 'k': case 'K': v <<= 10, end++; break;
    case 'm': case 'M': v <<= 20, end++; break;
    case 'g': case 'G': v <<= 30, end++; break;
    default: return -1;
    }
    if (*end) return -1;
    *out = v;
    return 0;
}

/* lib/java.base.oak from $OAK_HOME, else next to the directory of this executable. */
static int find_stdlib(char *buf, size_t len) {
    const char *home = getenv("OAK_HOME");
    if (home && *home) {
        snprintf(buf, len, "%s/lib/java.base.oak", home);
        return access(buf, R_OK) == 0 ? 0 : -1;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return -1;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return -1;
    *slash = 0;
    snprintf(buf, len, "%s/../lib/java.base.oak", exe);
    return access(buf, R_OK) == 0 ? 0 : -1;
}

/* ---- --compare: the same program in every mode, side by side ---- */

typedef struct {
    const char *mode;
    double ms, compile_ms;
    long methods;
    int status;
    char *out, *err; /* stdout; stderr without the --stats block */
    size_t outlen, errlen;
} Run;

/* A temporary file, unlinked at once: the runs write into these, never into pipes, so a
 * program that writes much to both streams cannot block. */
static int temp_fd(void) {
    const char *dir = getenv("TMPDIR");
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/oak-compare-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd >= 0) unlink(path);
    return fd;
}

static char *read_all(int fd, size_t *len) {
    size_t cap = 4096, n = 0;
    char *b = malloc(cap + 1);
    ssize_t got;
    lseek(fd, 0, SEEK_SET);
    while ((got = read(fd, b + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap) b = realloc(b, (cap *= 2) + 1);
    }
    b[n] = 0;
    *len = n;
    return b;
}

static double parse_after(const char *text, const char *key) {
    const char *p = strstr(text, key);
    return p ? strtod(p + strlen(key), NULL) : 0;
}

/* Runs this executable in r->mode with the VM options and the program (av[3...]), stdin
 * from in_fd; collects stdout, stderr, the JIT figures of --stats, wall time, status. */
static void run_mode(Run *r, char **av, int in_fd) {
    char mode_opt[32];
    snprintf(mode_opt, sizeof mode_opt, "--mode=%s", r->mode);
    av[1] = mode_opt;
    av[2] = "--stats";
    int out = temp_fd(), err = temp_fd();
    if (out < 0 || err < 0) {
        r->status = -1;
        r->out = strdup(""), r->err = strdup("oak: --compare cannot create temporary files\n");
        r->errlen = strlen(r->err);
        return;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        if (in_fd >= 0) {
            lseek(in_fd, 0, SEEK_SET);
            dup2(in_fd, 0);
        }
        dup2(out, 1);
        dup2(err, 2);
        execv("/proc/self/exe", av);
        _exit(127);
    }
    int st = 0;
    if (pid > 0) waitpid(pid, &st, 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    r->ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    r->status = pid < 0 ? -1 : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r->out = read_all(out, &r->outlen);
    r->err = read_all(err, &r->errlen);
    close(out);
    close(err);
    r->compile_ms = parse_after(r->err, "jit compile time   ");
    const char *p = strstr(r->err, "jit compiles       ");
    r->methods = p && strchr(p, '(') ? strtol(strchr(p, '(') + 1, NULL, 10) : 0;
    char *stats = strstr(r->err, "oak: --- stats ---\n");
    if (stats) {
        *stats = 0;
        r->errlen = (size_t)(stats - r->err);
    }
}

static int same_bytes(const char *a, size_t an, const char *b, size_t bn) { return an == bn && memcmp(a, b, an) == 0; }

/* opts: the VM options given before the program (minus --compare, --mode, --stats, --prof
 * and the JIT's logs), passed to every run. Standard input is read once and given to
 * each run whole. */
static int run_compare(int argc, char **argv, int i, char **opts, int nopts, const char *path, const char *main_class,
                       const char *module) {
    char **av = calloc((size_t)argc + (size_t)nopts + 8, sizeof(char *));
    int n = 3;
    av[0] = argv[0];
    for (int k = 0; k < nopts; k++) av[n++] = opts[k];
    if (main_class) {
        av[n++] = "-p", av[n++] = (char *)path, av[n++] = "-m", av[n++] = (char *)main_class;
    } else {
        av[n++] = (char *)module;
    }
    for (int k = i; k < argc; k++) av[n++] = argv[k];
    av[n] = NULL;
    int in_fd = -1;
    if (!isatty(0)) {
        in_fd = temp_fd();
        char buf[65536];
        ssize_t got;
        while (in_fd >= 0 && (got = read(0, buf, sizeof buf)) > 0)
            if (write(in_fd, buf, (size_t)got) != got) break;
    }
    Run runs[3] = {{.mode = "int"}, {.mode = "jit"}, {.mode = "tiered"}};
    for (int k = 0; k < 3; k++) {
        if (isatty(2)) {
            fprintf(stderr, "oak --compare: running --mode=%s...\r", runs[k].mode);
            fflush(stderr);
        }
        run_mode(&runs[k], av, in_fd);
    }
    if (isatty(2)) fprintf(stderr, "%-40s\r", "");
    if (in_fd >= 0) close(in_fd);
    Run *ref = &runs[0];
    /* the program did not start (no module, bad options...): say why, as a plain run would */
    if (ref->status != 0 && ref->outlen == 0 && strncmp(ref->err, "oak: ", 5) == 0 &&
        same_bytes(ref->err, ref->errlen, runs[1].err, runs[1].errlen)) {
        fputs(ref->err, stderr);
        int st = ref->status;
        for (int k = 0; k < 3; k++) free(runs[k].out), free(runs[k].err);
        free(av);
        return st;
    }
    int same = 1;
    printf("%-8s %10s %12s %9s %9s %6s  %-11s %s\n", "mode", "wall ms", "compile ms", "compiled", "speedup", "exit",
           "stdout", "stderr");
    for (int k = 0; k < 3; k++) {
        Run *r = &runs[k];
        int eq_out = same_bytes(r->out, r->outlen, ref->out, ref->outlen);
        int eq_err = same_bytes(r->err, r->errlen, ref->err, ref->errlen);
        if (!eq_out || !eq_err || r->status != ref->status) same = 0;
        printf("%-8s %10.1f %12.1f %9ld %8.2fx %6d  %-11s %s\n", r->mode, r->ms, r->compile_ms, r->methods,
               r->ms > 0 ? ref->ms / r->ms : 0.0, r->status, k == 0 ? "(reference)" : eq_out ? "identical" : "DIFFERENT",
               k == 0 ? (r->errlen ? "(reference)" : "(empty)") : eq_err ? "identical" : "DIFFERENT");
    }
    printf("speedup: int's wall time / this mode's (2.00x = twice as fast as the interpreter)\n");
    printf("outputs and exit status identical in all modes: %s\n", same ? "yes" : "NO");
    if (ref->outlen) {
        /* the program's own output, once (its first 20 lines) */
        size_t end = 0;
        int total = 0;
        for (size_t k = 0; k < ref->outlen; k++)
            if (ref->out[k] == '\n' && ++total == 20) end = k + 1;
        if (ref->out[ref->outlen - 1] != '\n') total++;
        if (total <= 20) end = ref->outlen;
        printf("--- stdout of the int run%s ---\n", total > 20 ? " (first 20 lines)" : "");
        fwrite(ref->out, 1, end, stdout);
        if (ref->out[end - 1] != '\n') putchar('\n');
        if (total > 20) printf("... (%d lines in all)\n", total);
    }
    if (ref->errlen) {
        printf("--- stderr of the int run ---\n");
        fwrite(ref->err, 1, ref->errlen, stdout);
        if (ref->err[ref->errlen - 1] != '\n') putchar('\n');
    }
    for (int k = 1; k < 3; k++)
        if (!same_bytes(runs[k].err, runs[k].errlen, ref->err, ref->errlen) && runs[k].errlen) {
            printf("--- stderr of the %s run ---\n", runs[k].mode);
            fwrite(runs[k].err, 1, runs[k].errlen, stdout);
            if (runs[k].err[runs[k].errlen - 1] != '\n') putchar('\n');
        }
    for (int k = 0; k < 3; k++) free(runs[k].out), free(runs[k].err);
    free(av);
    return same ? 0 : 1;
}

int main(int argc, char **argv) {
    vm_Options opt = {0};
    opt.mode = VM_MODE_TIERED;
    opt.jit_threshold = 2000;
    opt.osr_threshold = 20000;
    const char *path = NULL, *main_class = NULL;
    int i = 1, verify_only = 0, compare = 0, source = 0;
    char **fwd = calloc((size_t)argc + 1, sizeof(char *)); /* options --compare passes on */
    int nfwd = 0;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("oak %s (interpreter: %s dispatch; modes: int, jit, tiered; JIT: libgccjit %d.%d)\n", OAK_VERSION,
#if OAK_SWITCH_DISPATCH
                   "switch",
#else
                   "computed-goto",
#endif
                   gcc_jit_version_major(), gcc_jit_version_minor());
            return 0;
        } else if (strncmp(a, "--mode=", 7) == 0) {
            const char *m = a + 7;
            if (strcmp(m, "int") == 0) {
                opt.mode = VM_MODE_INT;
            } else if (strcmp(m, "jit") == 0) {
                opt.mode = VM_MODE_JIT;
            } else if (strcmp(m, "tiered") == 0) {
                opt.mode = VM_MODE_TIERED;
            } else {
                fprintf(stderr, "oak: unknown mode '%s' (expected int, jit or tiered)\n", m);
                return 2;
            }
        } else if (strncmp(a, "--jit-threshold=", 16) == 0) {
            char *end;
            long v = strtol(a + 16, &end, 10);
            if (*end || end == a + 16 || v < 1 || v > 1000000000) {
                fprintf(stderr, "oak: bad --jit-threshold '%s' (a positive number)\n", a + 16);
                return 2;
            }
            opt.jit_threshold = (uint32_t)v;
            opt.osr_threshold = (uint32_t)v;
            fwd[nfwd++] = (char *)a;
        } else if (strcmp(a, "--verbose:jit") == 0) {
            opt.verbose_jit = 1;
        } else if (strncmp(a, "--jit-dump=", 11) == 0) {
            opt.jit_dump = a + 11;
        } else if (strcmp(a, "--prof") == 0) {
            opt.prof = 1;
        } else if (strcmp(a, "--compare") == 0) {
            compare = 1;
        } else if (strcmp(a, "--stats") == 0) {
            opt.stats = 1;
        } else if (strcmp(a, "--verify-only") == 0) {
            verify_only = 1;
        } else if (strcmp(a, "--verbose:class") == 0) {
            opt.verbose_class = 1;
        } else if (strncmp(a, "-Xss", 4) == 0) {
            if (parse_size(a + 4, &opt.stack_size) || opt.stack_size < 65536) {
                fprintf(stderr, "oak: bad stack size '%s' (at least 64k)\n", a + 4);
                return 2;
            }
            fwd[nfwd++] = (char *)a;
        } else if (strncmp(a, "-Xmx", 4) == 0) {
            if (parse_size(a + 4, &opt.heap_max) || opt.heap_max < (1u << 20)) {
                fprintf(stderr, "oak: bad heap size '%s' (at least 1m)\n", a + 4);
                return 2;
            }
            fwd[nfwd++] = (char *)a;
        } else if (strcmp(a, "-p") == 0 || strcmp(a, "--module-path") == 0) {
            if (++i >= argc) {
                fprintf(stderr, "oak: %s needs a path\n", a);
                return 2;
            }
            path = argv[i];
        } else if (strcmp(a, "-m") == 0) {
            if (++i >= argc) {
                fprintf(stderr, "oak: -m needs a class name\n");
                return 2;
            }
            main_class = argv[i];
            i++;
            break;
        } else {
            fprintf(stderr, "oak: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        }
    }
    const char *module = NULL;
    if (!main_class) {
        if (i >= argc) {
            usage(stderr);
            return 2;
        }
        module = argv[i++];
        size_t n = strlen(module);
        if (n > 5 && strcmp(module + n - 5, ".java") == 0) source = 1; /* like `java Foo.java` */
    } else if (!path) {
        fprintf(stderr, "oak: -m needs a module path (-p PATH)\n");
        return 2;
    } else if (verify_only) {
        fprintf(stderr, "oak: --verify-only takes a MODULE.oak, not -m\n");
        return 2;
    }

    if (compare) return run_compare(argc, argv, i, fwd, nfwd, path, main_class, module);
    char lib[PATH_MAX + 32], err[1024];
    if (find_stdlib(lib, sizeof lib) != 0) {
        fprintf(stderr, "oak: cannot find the standard library (lib/java.base.oak); set OAK_HOME\n");
        return 1;
    }
    vm_VM *vm = vm_new(&opt);
    if (opt.mode != VM_MODE_INT) {
        if (opt.jit_dump && mkdir(opt.jit_dump, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "oak: --jit-dump: cannot create %s: %s\n", opt.jit_dump, strerror(errno));
            return 2;
        }
        vm->jit = jit_new(vm);
        if (!vm->jit) return 1;
    }
    if (vm_add_path(vm, lib, err, sizeof err) != 0) {
        fprintf(stderr, "oak: %s\n", err);
        return 1;
    }
    if (module) {
        ld_Module *m;
        if (source) {
            /* compile in memory against the standard library and -p, then run */
            int nerr = 0;
            m = oakc_compile(&module, 1, path, NULL, stderr, &nerr);
            if (!m) return 1;
        } else {
            m = ld_read_file(module, err, sizeof err);
        }
        if (!m) {
            fprintf(stderr, "oak: %s\n", err);
            return 1;
        }
        if (verify_only) {
            vm_add_module(vm, m, module);
            if (vm_boot(vm) != 0) return 1;
            int bad = vm_verify_module(vm, m);
            if (bad) return 1;
            printf("%s: %u classes verified\n", module, m->nclasses);
            return 0;
        }
        if (!m->main_class) {
            fprintf(stderr, "oak: %s: the module has no main class (run it with -p %s -m CLASS)\n", module, module);
            return 1;
        }
        main_class = ld_class_name(m, m->main_class);
        vm_add_module(vm, m, module);
    }
    if (path) {
        char *p = strdup(path), *save = NULL;
        for (char *tok = strtok_r(p, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            if (vm_add_path(vm, tok, err, sizeof err) != 0) {
                fprintf(stderr, "oak: %s\n", err);
                return 1;
            }
    }
    if (vm_boot(vm) != 0) return 1;
    char binary[1024];
    snprintf(binary, sizeof binary, "%s", main_class);
    for (char *c = binary; *c; c++)
        if (*c == '.') *c = '/';
    int rc = vm_run_main(vm, binary, argc - i, argv + i);
    if (vm->jit) jit_stop(vm->jit); /* waits for a compile in progress */
    if (opt.stats) vm_print_stats(vm, stderr);
    if (opt.prof) vm_print_prof(vm, stderr, 20);
    if (vm->jit) jit_free(vm->jit);
    return rc;
}

/* Under AddressSanitizer: LeakSanitizer cannot see references held in Boehm's heap (it only
 * knows malloc), so every module reachable only from GC memory would be reported. The VM
 * keeps its memory until exit by design; leak checking stays on for the other tools. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

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
    char *out;
    size_t outlen;
} Run;

static char *slurp(int fd, size_t *len) {
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    ssize_t got;
    while ((got = read(fd, b + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap) b = realloc(b, cap *= 2);
    }
    *len = n;
    return b;
}

static double parse_after(const char *text, const char *key) {
    const char *p = strstr(text, key);
    return p ? strtod(p + strlen(key), NULL) : 0;
}

/* Runs this executable with --mode=MODE --stats and the program; collects stdout, stderr's
 * JIT figures, wall time and status. */
static void run_mode(const char *self, Run *r, char **prog_argv, int prog_argc) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0) {
        r->status = -1;
        return;
    }
    char mode_opt[32];
    snprintf(mode_opt, sizeof mode_opt, "--mode=%s", r->mode);
    char **av = calloc((size_t)prog_argc + 4, sizeof(char *));
    av[0] = (char *)self;
    av[1] = mode_opt;
    av[2] = "--stats";
    for (int k = 0; k < prog_argc; k++) av[3 + k] = prog_argv[k];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(out[0]), close(err[0]), close(out[1]), close(err[1]);
        execv("/proc/self/exe", av);
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    size_t elen;
    r->out = slurp(out[0], &r->outlen);
    char *e = slurp(err[0], &elen);
    close(out[0]);
    close(err[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    r->ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    e = realloc(e, elen + 1);
    e[elen] = 0;
    r->compile_ms = parse_after(e, "jit compile time   ");
    const char *p = strstr(e, "jit compiles       ");
    r->methods = p && strchr(p, '(') ? strtol(strchr(p, '(') + 1, NULL, 10) : 0;
    free(e);
    free(av);
}

static int run_compare(const char *self, int argc, char **argv, int i, const char *path, const char *main_class,
                       const char *module) {
    (void)self;
    /* the program part of the command line: -p PATH -m CLASS ARGS, or MODULE ARGS */
    int pn = 0;
    char **pv = calloc((size_t)argc + 4, sizeof(char *));
    if (main_class) {
        pv[pn++] = "-p", pv[pn++] = (char *)path, pv[pn++] = "-m", pv[pn++] = (char *)main_class;
    } else {
        pv[pn++] = (char *)module;
    }
    for (int k = i; k < argc; k++) pv[pn++] = argv[k];
    Run runs[3] = {{.mode = "int"}, {.mode = "jit"}, {.mode = "tiered"}};
    for (int k = 0; k < 3; k++) run_mode(self, &runs[k], pv, pn);
    int same = 1;
    for (int k = 1; k < 3; k++)
        if (runs[k].outlen != runs[0].outlen || memcmp(runs[k].out, runs[0].out, runs[0].outlen) != 0 ||
            runs[k].status != runs[0].status)
            same = 0;
    printf("%-8s %10s %12s %9s %10s %7s  %s\n", "mode", "wall ms", "compile ms", "compiled", "vs int", "exit", "output");
    for (int k = 0; k < 3; k++) {
        Run *r = &runs[k];
        int eq = r->outlen == runs[0].outlen && memcmp(r->out, runs[0].out, r->outlen) == 0;
        printf("%-8s %10.1f %12.1f %9ld %9.2fx %7d  %s\n", r->mode, r->ms, r->compile_ms, r->methods,
               r->ms > 0 ? runs[0].ms / r->ms : 0.0, r->status, k == 0 ? "(reference)" : eq ? "identical" : "DIFFERENT");
    }
    printf("outputs identical in all modes: %s\n", same ? "yes" : "NO");
    for (int k = 0; k < 3; k++) free(runs[k].out);
    free(pv);
    return same ? 0 : 1;
}

int main(int argc, char **argv) {
    vm_Options opt = {0};
    opt.mode = VM_MODE_TIERED;
    opt.jit_threshold = 2000;
    opt.osr_threshold = 20000;
    const char *path = NULL, *main_class = NULL;
    int i = 1, verify_only = 0, compare = 0, source = 0;
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
        } else if (strncmp(a, "-Xmx", 4) == 0) {
            if (parse_size(a + 4, &opt.heap_max) || opt.heap_max < (1u << 20)) {
                fprintf(stderr, "oak: bad heap size '%s' (at least 1m)\n", a + 4);
                return 2;
            }
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

    if (compare) return run_compare(argv[0], argc, argv, i, path, main_class, module);
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

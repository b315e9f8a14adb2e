/* test_jit_elf.c: the object-file loader of the JIT (jit/jit_elf.c).
 *
 * A C file with every kind of reference GCC's PIC code makes (calls to functions of the
 * object and of the process, data in .data, .bss and .rodata, a switch jump table, a
 * pointer initialized to a function, an address taken through the GOT) is compiled with
 * `cc -c -fPIC` at -O0 and -O2, loaded, and its functions run; then broken objects
 * (not ELF, truncated at every length, another machine, a missing symbol, a thread-local
 * variable) must fail with a message, never crash. */
#include "jit_elf.h"
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* called by the loaded code through a jump stub (the process's symbol, -rdynamic) */
int t_elf_helper(int x) { return x * 3 + 1; }

static const char *SRC =
    "#include <string.h>\n"
    "extern int t_elf_helper(int);\n"
    "int counter = 5;\n"
    "static int zeros[100];\n"
    "static const double table[4] = {1.5, 2.5, 3.5, 4.5};\n"
    "static int twice(int x) { return 2 * x; }\n"
    "int (*fp)(int) = twice;\n"
    "int *counter_addr(void) { return &counter; }\n"
    "__attribute__((noinline)) int sw(int k) {\n"
    "    switch (k) { case 0: return 11; case 1: return 22; case 2: return 33; case 3: return 44;\n"
    "    case 4: return 55; case 5: return 66; case 6: return 77; default: return -1; }\n"
    "}\n"
    "int run(int x) {\n"
    "    zeros[x % 100] += x;\n"
    "    counter += 1;\n"
    "    return t_elf_helper(x) + fp(x) + (int)table[x & 3] + (int)strlen(\"four\") + zeros[x % 100] + sw(x % 8);\n"
    "}\n";

static int compile_c(const char *src, const char *flags, const char *obj) {
    char cpath[256], cmd[1024];
    snprintf(cpath, sizeof cpath, "%s.c", obj);
    FILE *f = fopen(cpath, "w");
    if (!f) return -1;
    fputs(src, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "cc -c -fPIC %s -o %s %s 2>/dev/null", flags, obj, cpath);
    int rc = system(cmd);
    unlink(cpath);
    return rc;
}

static char *tmp_name(const char *tag) {
    static char buf[256];
    snprintf(buf, sizeof buf, "/tmp/oak-elf-test-%d-%s.o", (int)getpid(), tag);
    return buf;
}

static void load_and_run(const char *flags) {
    char *obj = tmp_name("ok");
    CU_ASSERT_EQUAL_FATAL(compile_c(SRC, flags, obj), 0);
    char err[512] = "";
    jit_Image *im = jit_elf_load(obj, err, sizeof err);
    unlink(obj);
    if (!im) fprintf(stderr, "\n  jit_elf_load (%s): %s\n", flags, err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(im);
    int (*run)(int) = (int (*)(int))jit_elf_sym(im, "run");
    int (*sw)(int) = (int (*)(int))jit_elf_sym(im, "sw");
    int *(*counter_addr)(void) = (int *(*)(void))jit_elf_sym(im, "counter_addr");
    int *counter = jit_elf_sym(im, "counter");
    CU_ASSERT_PTR_NOT_NULL_FATAL(run);
    CU_ASSERT_PTR_NOT_NULL_FATAL(sw);
    CU_ASSERT_PTR_NOT_NULL_FATAL(counter_addr);
    CU_ASSERT_PTR_NOT_NULL_FATAL(counter);
    CU_ASSERT_PTR_NULL(jit_elf_sym(im, "twice")); /* static: not exported */
    CU_ASSERT_PTR_NULL(jit_elf_sym(im, "no_such_symbol"));
    CU_ASSERT_EQUAL(*counter, 5);
    CU_ASSERT_PTR_EQUAL(counter_addr(), counter);
    for (int k = 0; k < 9; k++) CU_ASSERT_EQUAL(sw(k), k < 7 ? 11 * (k + 1) : -1);
    /* run(x) = 3x+1 + 2x + table[x&3] + 4 + zeros[x%100] (+= x) + sw(x%8) */
    static const double table[4] = {1.5, 2.5, 3.5, 4.5};
    int zeros[100] = {0};
    for (int x = 0; x < 300; x++) {
        zeros[x % 100] += x;
        int k = x % 8;
        int expect = 3 * x + 1 + 2 * x + (int)table[x & 3] + 4 + zeros[x % 100] + (k < 7 ? 11 * (k + 1) : -1);
        CU_ASSERT_EQUAL(run(x), expect);
    }
    CU_ASSERT_EQUAL(*counter, 305);
    CU_ASSERT(jit_elf_size(im) >= 4096);
    jit_elf_free(im);
}

static void test_load_O0(void) { load_and_run("-O0"); }
static void test_load_O2(void) { load_and_run("-O2"); }

static void expect_failure(const char *path, const char *what) {
    char err[512] = "";
    jit_Image *im = jit_elf_load(path, err, sizeof err);
    CU_ASSERT_PTR_NULL(im);
    jit_elf_free(im);
    CU_ASSERT(strstr(err, what) != NULL);
    if (im || !strstr(err, what)) fprintf(stderr, "\n  jit_elf_load(%s): expected \"%s\", got \"%s\"\n", path, what, err);
}

static void write_bytes(const char *path, const void *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(p, 1, n, f);
    fclose(f);
}

static void test_bad_objects(void) {
    char *path = tmp_name("bad");
    expect_failure("/nonexistent/oak-elf.o", "cannot read");
    write_bytes(path, "not an object file at all", 25);
    expect_failure(path, "not a relocatable x86-64 ELF object");
    write_bytes(path, "", 0);
    expect_failure(path, "cannot read");
    /* a missing symbol */
    CU_ASSERT_EQUAL_FATAL(compile_c("extern int oak_no_such_function(void);\nint f(void) { return oak_no_such_function(); }\n",
                                    "-O2", path),
                          0);
    expect_failure(path, "undefined symbol oak_no_such_function");
    /* thread-local data */
    CU_ASSERT_EQUAL_FATAL(compile_c("__thread int tls;\nint g(void) { return tls; }\n", "-O2", path), 0);
    expect_failure(path, "thread-local");
    unlink(path);
}

/* Every truncation and some byte flips of a good object: a message or a good load, never
 * a crash (a flipped byte may still make a loadable object; its code is not run). */
static void test_truncated_and_flipped(void) {
    char *obj = tmp_name("src");
    CU_ASSERT_EQUAL_FATAL(compile_c(SRC, "-O2", obj), 0);
    size_t len = 0;
    uint8_t *good = t_read_file(obj, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(good);
    unlink(obj);
    char *path = tmp_name("cut");
    char err[512];
    int failed = 0;
    for (size_t n = 0; n < len; n += (n < 128 ? 1 : 7)) {
        write_bytes(path, good, n);
        err[0] = 0;
        jit_Image *im = jit_elf_load(path, err, sizeof err);
        if (!im && err[0]) failed++;
        jit_elf_free(im);
    }
    CU_ASSERT(failed > 0);
    /* the machine field: another architecture */
    uint8_t *bad = malloc(len);
    memcpy(bad, good, len);
    bad[18] = 0xb7; /* EM_AARCH64 */
    bad[19] = 0;
    write_bytes(path, bad, len);
    expect_failure(path, "not a relocatable x86-64 ELF object");
    /* single bytes of the header and section table set to 0xff */
    srand(7);
    for (int i = 0; i < 400; i++) {
        memcpy(bad, good, len);
        size_t at = i < 64 ? (size_t)i : (size_t)rand() % len;
        bad[at] ^= 0xff;
        write_bytes(path, bad, len);
        jit_elf_free(jit_elf_load(path, err, sizeof err));
    }
    free(bad);
    free(good);
    unlink(path);
}

void add_jit_elf_tests(void) {
    CU_pSuite s = CU_add_suite("jit_elf", NULL, NULL);
    CU_add_test(s, "load and run (-O0)", test_load_O0);
    CU_add_test(s, "load and run (-O2)", test_load_O2);
    CU_add_test(s, "bad objects", test_bad_objects);
    CU_add_test(s, "truncated and flipped", test_truncated_and_flipped);
}

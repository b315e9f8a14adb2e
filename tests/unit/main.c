/* main.c: runs every CUnit suite listed in tests.h and prints CUnit's summary.
 * Usage: unit_tests [SUITE-NAME...]  (no names: all suites). Exit 1 if anything failed. */
#include "tests.h"

#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint8_t *t_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    uint8_t *b = malloc(cap);
    size_t got;
    while ((got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) b = realloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv) {
    if (CU_initialize_registry() != CUE_SUCCESS) return 2;
    int registered = 0;
#define X(n)                                                                               \
    if (add_##n##_tests) {                                                                 \
        int want = argc < 2;                                                               \
        for (int i = 1; i < argc; i++) want |= strcmp(argv[i], #n) == 0;                   \
        if (want) add_##n##_tests(), registered++;                                         \
    }
    SUITES(X)
#undef X
    if (!registered) {
        fprintf(stderr, "unit_tests: no such suite\n");
        return 2;
    }
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}

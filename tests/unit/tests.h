/* tests.h: the CUnit suites of the unit test binary (build/unit_tests).
 *
 * Each test file registers its suites in one add_<name>_tests() function. main.c calls
 * every one that is linked in (they are weak references there), so a new test file only
 * has to define its function and be listed in main.c's SUITES. Tests run from the
 * repository root, so they can open tests/... files by relative path.
 */
#ifndef OAK_TESTS_H
#define OAK_TESTS_H

#include <CUnit/CUnit.h>
#include <stddef.h>
#include <stdint.h>

#define SUITES(X) X(opcode) X(module) X(corpus) X(asm) X(vm) X(linker) X(lexer) X(parser) X(jit) X(jit_elf) X(compiler)

#define X(n) void add_##n##_tests(void) __attribute__((weak));
SUITES(X)
#undef X

/* Helpers shared by the suites (main.c). */
uint8_t *t_read_file(const char *path, size_t *len); /* malloc'ed, NULL on error */

#endif

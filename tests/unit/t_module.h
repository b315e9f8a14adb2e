/* t_module.h: helpers shared by the module and corpus suites (test_module.c,
 * test_corpus.c) for building .oak modules by hand and describing them as text.
 *
 * Why: the round-trip and malformed-module tests need modules that use every constant
 * tag, every operand format and every class/field/method feature, built without the
 * assembler (which is tested separately and must not be a dependency of the loader's
 * tests). Code is emitted byte by byte with the OP_* enums; operands are little-endian.
 */
#ifndef OAK_T_MODULE_H
#define OAK_T_MODULE_H

#include "module.h"
#include "opcodes.h"

#include <stddef.h>
#include <stdint.h>

/* A growable byte buffer: instruction emitter and file image. */
typedef struct {
    uint8_t *b;
    size_t n, cap;
} t_Buf;

void tb_put(t_Buf *w, const void *p, size_t n);
void tb_u8(t_Buf *w, uint8_t v);
void tb_u16(t_Buf *w, uint16_t v);
void tb_u32(t_Buf *w, uint32_t v);
void tb_op(t_Buf *w, int op);                 /* OPF_NONE */
void tb_op_u8(t_Buf *w, int op, uint8_t x);   /* S1, ATYPE */
void tb_op_u16(t_Buf *w, int op, uint16_t x); /* S2, LOCAL, CONST, CLASS, FIELD, METHOD */
void tb_op_s32(t_Buf *w, int op, int32_t x);  /* BRANCH */

/* Shortcuts over the builder API. t_class's result is valid until the next class is
 * added; t_method's until the next method is added to the same class. */
ld_Class *t_class(ld_Module *m, uint16_t flags, const char *name, const char *super,
                  const char *source);
ld_Field *t_field(ld_Module *m, ld_Class *c, uint16_t flags, const char *name,
                  const char *desc, uint16_t constval);
ld_Method *t_method(ld_Module *m, ld_Class *c, uint16_t flags, const char *name,
                    const char *desc);
/* Gives code's bytes to the method (code is left empty), replacing any old code. */
void t_set_code(ld_Method *me, uint16_t max_stack, uint16_t max_locals, t_Buf *code);
void t_add_handler(ld_Method *me, uint32_t start, uint32_t end, uint32_t handler,
                   uint16_t catch_type);
void t_add_line(ld_Method *me, uint32_t pc, uint32_t line);

/* A module with four classes that uses every constant tag, every operand format, fields
 * with constant values of every type, native and abstract methods, handlers (typed and
 * catch-all), line tables, interfaces and a main class. Not canonicalized. */
ld_Module *t_sample_module(void);

/* Writes m, or fails the test and returns NULL. */
uint8_t *t_write(const ld_Module *m, size_t *len);

/* Describes constant i with every reference resolved, e.g. "FIELD demo/Main.K:I". */
void t_const_str(const ld_Module *m, uint16_t i, char *buf, size_t n);

/* The whole module as text with every pool reference resolved (pool order and indices
 * do not appear), so two modules that differ only by numbering have the same dump.
 * The module must be well formed. malloc'ed. */
char *t_module_dump(const ld_Module *m);

/* Looks a class up by name; NULL if the module does not define it. */
const ld_Class *t_find_class(const ld_Module *m, const char *name);
const ld_Method *t_find_method(const ld_Module *m, const ld_Class *c, const char *name,
                               const char *desc);

/* Running code that may crash. Each probe is one input; it returns T_PASS, or T_FAIL
 * with a description in msg. t_run_isolated runs fn(ctx, 0..n-1) in child processes,
 * restarting after each crash, so a crash, an abort or a sanitizer report (UBSan does not
 * recover in `make asan`) fails the probe that caused it instead of ending the test run;
 * the child exits normally at the end, so LeakSanitizer checks it. Every failing probe
 * becomes a CUnit failure "WHAT I: msg". */
enum { T_PENDING = 0, T_PASS, T_FAIL, T_CRASH };
typedef int (*t_ProbeFn)(const void *ctx, size_t i, char *msg, size_t msglen);
void t_run_isolated(const char *what, t_ProbeFn fn, const void *ctx, size_t n);

/* A CUnit assertion with a printf-formatted description (shown in CUnit's failure list),
 * for checks inside loops over tables. */
#define T_CHECK(cond, ...) t_check((cond) ? 1 : 0, __LINE__, __FILE__, __VA_ARGS__)
void t_check(int ok, unsigned line, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif

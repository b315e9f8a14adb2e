/* test_module.c: the module reader, writer, builder and canonicalizer (loader/module.c).
 *
 * What is tested: write(read(f)) == f byte for byte and every part of a module survives
 * the trip; interning deduplicates exactly equal constants and nothing else;
 * canonicalization is idempotent, drops unused and duplicate constants and rewrites every
 * reference (including pool operands inside code) to the right constant; and the syntax
 * checkers for modified UTF-8, descriptors and class names. Malformed files are the
 * corpus suite's business (test_corpus.c).
 */
#include "module.h"
#include "opcodes.h"
#include "t_module.h"
#include "tests.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

/* Non-fatal requirements: CUnit's *_FATAL asserts longjmp out of the test and leak what
 * it allocated, which would bury real leaks under ASan. */
#define REQUIRE(cond)                                                                      \
    do {                                                                                   \
        CU_ASSERT(cond);                                                                   \
        if (!(cond)) goto out;                                                             \
    } while (0)
#define REQUIRE_RET(cond)                                                                  \
    do {                                                                                   \
        CU_ASSERT(cond);                                                                   \
        if (!(cond)) return;                                                               \
    } while (0)

/* Canonicalizes and writes m; fails the test (returns NULL) if either fails. */
static uint8_t *canon_write(ld_Module *m, size_t *len) {
    char err[512] = "";
    int rc = ld_module_canonicalize(m, err, sizeof err);
    T_CHECK(rc == 0, "canonicalize failed: %s", err);
    if (rc != 0) return NULL;
    return t_write(m, len);
}

static int same_bytes(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    if (na != nb) {
        fprintf(stderr, "\n  lengths differ: %zu vs %zu\n", na, nb);
        return 0;
    }
    for (size_t i = 0; i < na; i++)
        if (a[i] != b[i]) {
            fprintf(stderr, "\n  first difference at byte %zu: 0x%02x vs 0x%02x\n", i, a[i], b[i]);
            return 0;
        }
    return 1;
}

static int same_text(const char *a, const char *b) {
    if (strcmp(a, b) == 0) return 1;
    size_t i = 0;
    while (a[i] && a[i] == b[i]) i++;
    size_t from = i > 60 ? i - 60 : 0;
    fprintf(stderr, "\n  texts differ at char %zu:\n  ...%.120s\n  vs\n  ...%.120s\n", i, a + from,
            b + from);
    return 0;
}

/* Pool index of the constant described as s (t_const_str), 0 if there is none. */
static uint16_t find_const(const ld_Module *m, const char *s) {
    char buf[512];
    for (uint32_t i = 1; i <= m->npool; i++) {
        t_const_str(m, (uint16_t)i, buf, sizeof buf);
        if (strcmp(buf, s) == 0) return (uint16_t)i;
    }
    return 0;
}

/* Marks constant i and everything it refers to. */
static void mark(const ld_Module *m, uint8_t *used, uint16_t i) {
    if (i == 0 || i > m->npool || used[i]) return;
    used[i] = 1;
    const ld_Const *c = &m->pool[i];
    if (c->tag == LD_C_CLASS || c->tag == LD_C_STRING) mark(m, used, c->u.ref);
    if (c->tag == LD_C_FIELD || c->tag == LD_C_METHOD) {
        mark(m, used, c->u.member.cls);
        mark(m, used, c->u.member.name);
        mark(m, used, c->u.member.desc);
    }
}

/* Checks the pool of a canonical module: no two entries are equal, and every entry is
 * reachable from the classes. */
static void check_pool_minimal(const ld_Module *m) {
    uint8_t *used = calloc((size_t)m->npool + 1, 1);
    mark(m, used, m->main_class);
    for (uint32_t ci = 0; ci < m->nclasses; ci++) {
        const ld_Class *k = &m->classes[ci];
        mark(m, used, k->this_class);
        mark(m, used, k->super_class);
        mark(m, used, k->source);
        for (uint32_t i = 0; i < k->ninterfaces; i++) mark(m, used, k->interfaces[i]);
        for (uint32_t i = 0; i < k->nfields; i++) {
            mark(m, used, k->fields[i].name);
            mark(m, used, k->fields[i].desc);
            mark(m, used, k->fields[i].constval);
        }
        for (uint32_t i = 0; i < k->nmethods; i++) {
            const ld_Method *me = &k->methods[i];
            mark(m, used, me->name);
            mark(m, used, me->desc);
            for (uint32_t pc = 0; pc < me->code_len;) {
                uint32_t len = op_decode_length(me->code, me->code_len, pc);
                if (!len) break;
                int f = op_info[me->code[pc]].format;
                if (f == OPF_CONST || f == OPF_CLASS || f == OPF_FIELD || f == OPF_METHOD ||
                    f == OPF_MULTI)
                    mark(m, used, op_u16(me->code + pc + 1));
                pc += len;
            }
            for (uint32_t h = 0; h < me->nhandlers; h++) mark(m, used, me->handlers[h].catch_type);
        }
    }
    char a[512], b[512];
    for (uint32_t i = 1; i <= m->npool; i++) {
        t_const_str(m, (uint16_t)i, a, sizeof a);
        T_CHECK(used[i], "canonical pool: constant #%u (%s) is not used", i, a);
        for (uint32_t j = i + 1; j <= m->npool; j++) {
            t_const_str(m, (uint16_t)j, b, sizeof b);
            T_CHECK(strcmp(a, b) != 0, "canonical pool: #%u and #%u are both %s", i, j, a);
        }
    }
    free(used);
}

/* Deterministic PRNG (xorshift64*), so every run tests the same cases. */
static uint64_t rng_next(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

/* Rewrites every pool reference in the module (not inside the pool) through f. */
typedef uint16_t (*RefFn)(void *ctx, uint16_t old);
static void remap_refs(ld_Module *m, RefFn f, void *ctx) {
    m->main_class = f(ctx, m->main_class);
    for (uint32_t ci = 0; ci < m->nclasses; ci++) {
        ld_Class *k = &m->classes[ci];
        k->this_class = f(ctx, k->this_class);
        k->super_class = f(ctx, k->super_class);
        k->source = f(ctx, k->source);
        for (uint32_t i = 0; i < k->ninterfaces; i++) k->interfaces[i] = f(ctx, k->interfaces[i]);
        for (uint32_t i = 0; i < k->nfields; i++) {
            k->fields[i].name = f(ctx, k->fields[i].name);
            k->fields[i].desc = f(ctx, k->fields[i].desc);
            k->fields[i].constval = f(ctx, k->fields[i].constval);
        }
        for (uint32_t i = 0; i < k->nmethods; i++) {
            ld_Method *me = &k->methods[i];
            me->name = f(ctx, me->name);
            me->desc = f(ctx, me->desc);
            for (uint32_t pc = 0; pc < me->code_len;) {
                uint32_t len = op_decode_length(me->code, me->code_len, pc);
                CU_ASSERT_FATAL(len != 0);
                int fmt = op_info[me->code[pc]].format;
                if (fmt == OPF_CONST || fmt == OPF_CLASS || fmt == OPF_FIELD ||
                    fmt == OPF_METHOD || fmt == OPF_MULTI) {
                    uint16_t x = f(ctx, op_u16(me->code + pc + 1));
                    me->code[pc + 1] = (uint8_t)x;
                    me->code[pc + 2] = (uint8_t)(x >> 8);
                }
                pc += len;
            }
            for (uint32_t h = 0; h < me->nhandlers; h++)
                me->handlers[h].catch_type = f(ctx, me->handlers[h].catch_type);
        }
    }
}

/* Makes a module's pool messy without changing what the module means: adds unused
 * constants and duplicates of existing ones, shuffles the order (so references point
 * forwards and backwards), and points each reference at a random copy. This is an
 * independent implementation of renumbering, used to check the canonicalizer. */
typedef struct {
    uint16_t *first; /* old index -> first copy in the new pool */
    uint16_t *second; /* old index -> second copy, or 0 */
    uint64_t rng;
} Messy;

static uint16_t messy_ref(void *ctx, uint16_t old) {
    Messy *x = ctx;
    if (old == 0) return 0;
    if (x->second[old] && (rng_next(&x->rng) & 1)) return x->second[old];
    return x->first[old];
}

static void messify(ld_Module *m, uint64_t seed) {
    Messy x = {0};
    x.rng = seed;
    uint32_t n = m->npool, ndup = n / 2 + 1, ngarbage = 5;
    uint32_t n2 = n + ndup + ngarbage;
    CU_ASSERT_FATAL(n2 <= LD_MAX_POOL);
    /* the entries of the new pool, before shuffling: old index (dups), or 0 (garbage) */
    uint32_t *src = calloc(n2 + 1, sizeof(uint32_t));
    uint32_t k = 1;
    for (uint32_t i = 1; i <= n; i++) src[k++] = i;
    for (uint32_t i = 0; i < ndup; i++) src[k++] = 1 + (uint32_t)(rng_next(&x.rng) % n);
    for (uint32_t i = 0; i < ngarbage; i++) src[k++] = 0;
    for (uint32_t i = n2; i > 1; i--) { /* Fisher-Yates over 1..n2 */
        uint32_t j = 1 + (uint32_t)(rng_next(&x.rng) % i), t = src[i];
        src[i] = src[j];
        src[j] = t;
    }
    x.first = calloc(n + 1, sizeof(uint16_t));
    x.second = calloc(n + 1, sizeof(uint16_t));
    for (uint32_t i = 1; i <= n2; i++) {
        uint32_t o = src[i];
        if (!o) continue;
        if (!x.first[o])
            x.first[o] = (uint16_t)i;
        else if (!x.second[o])
            x.second[o] = (uint16_t)i;
        else
            src[i] = 0; /* a third copy: make it garbage instead */
    }
    ld_Const *np = calloc(n2 + 1, sizeof(ld_Const));
    uint32_t g = 0;
    for (uint32_t i = 1; i <= n2; i++) {
        if (src[i] == 0) { /* garbage: alternately an INT and a UTF8 */
            char s[32];
            int len = snprintf(s, sizeof s, "garbage%u", g);
            if (g++ % 2) {
                np[i].tag = LD_C_INT;
                np[i].u.i = 0x5EED0000 + (int32_t)g;
            } else {
                np[i].tag = LD_C_UTF8;
                np[i].u.utf8.len = (uint32_t)len;
                np[i].u.utf8.bytes = strdup(s);
            }
            continue;
        }
        const ld_Const *c = &m->pool[src[i]];
        np[i] = *c;
        switch (c->tag) {
        case LD_C_UTF8:
            np[i].u.utf8.bytes = malloc(c->u.utf8.len + 1);
            memcpy(np[i].u.utf8.bytes, c->u.utf8.bytes, c->u.utf8.len + 1);
            break;
        case LD_C_CLASS:
        case LD_C_STRING: np[i].u.ref = messy_ref(&x, c->u.ref); break;
        case LD_C_FIELD:
        case LD_C_METHOD:
            np[i].u.member.cls = messy_ref(&x, c->u.member.cls);
            np[i].u.member.name = messy_ref(&x, c->u.member.name);
            np[i].u.member.desc = messy_ref(&x, c->u.member.desc);
            break;
        default: break;
        }
    }
    remap_refs(m, messy_ref, &x);
    for (uint32_t i = 1; i <= n; i++)
        if (m->pool[i].tag == LD_C_UTF8) free(m->pool[i].u.utf8.bytes);
    free(m->pool);
    m->pool = np;
    m->npool = (uint16_t)n2;
    m->pool_cap = n2 + 1;
    /* m->intern is now stale: no ld_pool_*() on this module until it is canonicalized */
    free(src);
    free(x.first);
    free(x.second);
}

/* ------------------------------------------------------------------ */
/* round trips                                                         */
/* ------------------------------------------------------------------ */

/* Checks a read-back sample module against the values t_sample_module() put in. */
static void check_sample_details(const ld_Module *m2) {
    CU_ASSERT_EQUAL(m2->major, LD_MAJOR);
    CU_ASSERT_EQUAL(m2->minor, LD_MINOR);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, m2->main_class), "demo/Main");
    CU_ASSERT_EQUAL(m2->nclasses, 4);
    const ld_Class *k = t_find_class(m2, "demo/Main");
    REQUIRE_RET(k != NULL);
    CU_ASSERT_EQUAL(k->flags, LD_ACC_PUBLIC | LD_ACC_SUPER);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, k->super_class), "java/lang/Object");
    CU_ASSERT_STRING_EQUAL(ld_utf8(m2, k->source), "Main.oak");
    REQUIRE_RET(k->ninterfaces == 2);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, k->interfaces[0]), "demo/Shape");
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, k->interfaces[1]), "java/lang/Runnable");
    REQUIRE_RET(k->nfields == 10);
    const ld_Const *p = m2->pool;
    CU_ASSERT_EQUAL(k->fields[0].flags, LD_ACC_PUBLIC | LD_ACC_STATIC | LD_ACC_FINAL);
    CU_ASSERT_EQUAL(p[k->fields[0].constval].tag, LD_C_INT);
    CU_ASSERT_EQUAL(p[k->fields[0].constval].u.i, 42);
    CU_ASSERT_EQUAL(p[k->fields[1].constval].tag, LD_C_LONG);
    CU_ASSERT_EQUAL(p[k->fields[1].constval].u.j, (int64_t)0xFEDCBA9876543210u);
    CU_ASSERT_EQUAL(p[k->fields[2].constval].tag, LD_C_FLOAT);
    CU_ASSERT_EQUAL(p[k->fields[2].constval].u.f, 0x3fc00000u);
    CU_ASSERT_EQUAL(p[k->fields[3].constval].tag, LD_C_DOUBLE);
    CU_ASSERT_EQUAL(p[k->fields[3].constval].u.d, 0x8000000000000000u);
    const ld_Const *s = &p[k->fields[4].constval];
    REQUIRE_RET(s->tag == LD_C_STRING);
    CU_ASSERT_EQUAL(p[s->u.ref].u.utf8.len, 13);
    CU_ASSERT(memcmp(p[s->u.ref].u.utf8.bytes, "h\xC3\xA9llo \xED\xA0\xBD\xED\xB8\x80", 14) == 0);
    CU_ASSERT_EQUAL(p[k->fields[6].constval].u.i, 0xFFFF);
    CU_ASSERT_EQUAL(k->fields[7].flags, LD_ACC_PROTECTED);
    CU_ASSERT_EQUAL(k->fields[7].constval, 0);
    CU_ASSERT_STRING_EQUAL(ld_utf8(m2, k->fields[8].desc), "[[J");

    const ld_Method *me = t_find_method(m2, k, "main", "([Ljava/lang/String;)V");
    REQUIRE_RET(me != NULL);
    CU_ASSERT_EQUAL(me->flags, LD_ACC_PUBLIC | LD_ACC_STATIC);
    CU_ASSERT_EQUAL(me->max_stack, 6);
    CU_ASSERT_EQUAL(me->max_locals, 3);
    REQUIRE_RET(me->code_len == 145);
    CU_ASSERT_EQUAL(me->code[0], OP_nop);
    CU_ASSERT_EQUAL(me->code[75], OP_tableswitch);
    CU_ASSERT_EQUAL(me->code[100], OP_lookupswitch);
    CU_ASSERT_EQUAL(me->code[144], OP_return);
    REQUIRE_RET(me->nhandlers == 2);
    CU_ASSERT_EQUAL(me->handlers[0].start, 0);
    CU_ASSERT_EQUAL(me->handlers[0].end, 42);
    CU_ASSERT_EQUAL(me->handlers[0].handler, 143);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, me->handlers[0].catch_type), "java/lang/Exception");
    CU_ASSERT_EQUAL(me->handlers[1].catch_type, 0);
    REQUIRE_RET(me->nlines == 3);
    CU_ASSERT_EQUAL(me->lines[1].pc, 42);
    CU_ASSERT_EQUAL(me->lines[1].line, 11);
    CU_ASSERT_EQUAL(me->lines[2].line, 0xFFFFFFFFu);
    /* the pool operands in code point at the right constants */
    char c[512];
    t_const_str(m2, op_u16(me->code + 43), c, sizeof c);
    CU_ASSERT_STRING_EQUAL(c, "FIELD demo/Main.K:I");
    t_const_str(m2, op_u16(me->code + 73), c, sizeof c);
    CU_ASSERT_STRING_EQUAL(c, "METHOD demo/Shape.area:()D");
    t_const_str(m2, op_u16(me->code + 39), c, sizeof c);
    CU_ASSERT_STRING_EQUAL(c, "CLASS [[J");
    CU_ASSERT_EQUAL(me->code[41], 2);

    /* native and abstract methods have no code */
    me = t_find_method(m2, k, "nat", "(IJ)D");
    REQUIRE_RET(me != NULL);
    CU_ASSERT_EQUAL(me->flags, LD_ACC_PRIVATE | LD_ACC_STATIC | LD_ACC_NATIVE);
    CU_ASSERT(me->code_len == 0 && me->nhandlers == 0 && me->nlines == 0);
    const ld_Class *shape = t_find_class(m2, "demo/Shape");
    REQUIRE_RET(shape != NULL);
    CU_ASSERT_EQUAL(shape->flags, LD_ACC_PUBLIC | LD_ACC_INTERFACE | LD_ACC_ABSTRACT);
    CU_ASSERT_EQUAL(shape->source, 0);
    me = t_find_method(m2, shape, "area", "()D");
    REQUIRE_RET(me != NULL);
    CU_ASSERT(me->code_len == 0 && me->nhandlers == 0 && me->nlines == 0);
    const ld_Class *sub = t_find_class(m2, "demo/Sub");
    REQUIRE_RET(sub != NULL);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m2, sub->super_class), "demo/Main");
    me = t_find_method(m2, sub, "<clinit>", "()V");
    REQUIRE_RET(me != NULL);
    CU_ASSERT(me->nhandlers == 1 && me->nlines == 0);
}

static void test_roundtrip_sample(void) {
    char err[512] = "";
    ld_Module *m = t_sample_module(), *m2 = NULL;
    char *d0 = t_module_dump(m), *d1 = NULL, *d2 = NULL;
    size_t n1, n2;
    uint8_t *b1 = canon_write(m, &n1), *b2 = NULL;
    REQUIRE(b1 != NULL);
    d1 = t_module_dump(m);
    CU_ASSERT(same_text(d0, d1)); /* canonicalizing changes numbering only */
    m2 = ld_read(b1, n1, "sample.oak", err, sizeof err);
    T_CHECK(m2 != NULL, "read: %s", err);
    REQUIRE(m2 != NULL);
    b2 = t_write(m2, &n2);
    CU_ASSERT(same_bytes(b1, n1, b2, n2));
    d2 = t_module_dump(m2);
    CU_ASSERT(same_text(d0, d2));

    /* the pool survives entry by entry, and has every tag */
    CU_ASSERT_EQUAL(m2->npool, m->npool);
    int tags[16] = {0};
    for (uint32_t i = 1; i <= m2->npool && i <= m->npool; i++) {
        char a[512], b[512];
        t_const_str(m, (uint16_t)i, a, sizeof a);
        t_const_str(m2, (uint16_t)i, b, sizeof b);
        T_CHECK(strcmp(a, b) == 0, "constant #%u: %s became %s", i, a, b);
        if (m2->pool[i].tag < 16) tags[m2->pool[i].tag]++;
    }
    const int all[] = {LD_C_UTF8, LD_C_INT,    LD_C_FLOAT, LD_C_LONG,  LD_C_DOUBLE,
                       LD_C_CLASS, LD_C_STRING, LD_C_FIELD, LD_C_METHOD};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        T_CHECK(tags[all[i]] > 0, "no constant with tag %d", all[i]);
    check_sample_details(m2);
out:
    free(d0);
    free(d1);
    free(d2);
    free(b1);
    free(b2);
    ld_module_free(m);
    ld_module_free(m2);
}

/* The reader and writer are inverses for any well-formed module, canonical or not:
 * unused and duplicate constants survive. */
static void test_roundtrip_not_canonical(void) {
    char err[512] = "";
    ld_Module *m = t_sample_module(), *m2 = NULL;
    uint16_t unused = ld_pool_utf8(m, "never used", 10);
    messify(m, 42);
    size_t n1, n2;
    uint8_t *b1 = t_write(m, &n1), *b2 = NULL;
    REQUIRE(b1 != NULL);
    m2 = ld_read(b1, n1, "messy.oak", err, sizeof err);
    T_CHECK(m2 != NULL, "read: %s", err);
    REQUIRE(m2 != NULL);
    CU_ASSERT_EQUAL(m2->npool, m->npool);
    CU_ASSERT(unused != 0 && find_const(m2, "UTF8 \"never used\"") != 0);
    b2 = t_write(m2, &n2);
    CU_ASSERT(same_bytes(b1, n1, b2, n2));
out:
    free(b1);
    free(b2);
    ld_module_free(m);
    ld_module_free(m2);
}

/* The smallest module: no constants, no main class, no classes. Pins the header layout. */
static void test_roundtrip_empty_module(void) {
    static const uint8_t want[] = {'O', 'A', 'K', 0x1a, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    char err[512] = "";
    ld_Module *m = ld_module_new();
    size_t n;
    uint8_t *b = t_write(m, &n);
    CU_ASSERT(same_bytes(want, sizeof want, b, n));
    ld_Module *m2 = ld_read(want, sizeof want, "empty.oak", err, sizeof err);
    T_CHECK(m2 != NULL, "read: %s", err);
    if (m2) CU_ASSERT(m2->npool == 0 && m2->nclasses == 0 && m2->main_class == 0);
    free(b);
    ld_module_free(m);
    ld_module_free(m2);
}

/* A class without interfaces, fields or methods is 14 bytes. java/lang/Object is the one
 * class allowed to have no superclass. */
static void test_roundtrip_memberless_class(void) {
    static const char *const names[] = {"java/lang/Object", "t/Empty"};
    for (int variant = 0; variant < 2; variant++) {
        char err[512] = "";
        ld_Module *m = ld_module_new();
        t_class(m, LD_ACC_PUBLIC, names[variant], variant ? "java/lang/Object" : NULL, NULL);
        size_t n1, n2 = 0;
        uint8_t *b1 = canon_write(m, &n1);
        ld_Module *m2 = b1 ? ld_read(b1, n1, "empty_class.oak", err, sizeof err) : NULL;
        T_CHECK(m2 != NULL, "a module whose only class (%s) has no members is rejected: %s",
                names[variant], err);
        uint8_t *b2 = m2 ? t_write(m2, &n2) : NULL;
        if (m2) CU_ASSERT(same_bytes(b1, n1, b2, n2));
        free(b1);
        free(b2);
        ld_module_free(m);
        ld_module_free(m2);
    }
}

/* A pool holding the maximum 65535 entries survives the round trip. */
static void test_roundtrip_full_pool(void) {
    char err[512] = "";
    ld_Module *m = ld_module_new();
    for (uint32_t i = 0; i < LD_MAX_POOL; i++) CU_ASSERT_EQUAL(ld_pool_int(m, (int32_t)i), i + 1);
    CU_ASSERT_EQUAL(m->npool, LD_MAX_POOL);
    size_t n1, n2;
    uint8_t *b1 = t_write(m, &n1);
    CU_ASSERT_EQUAL(n1, 14 + 5u * LD_MAX_POOL);
    uint8_t *b2 = NULL;
    ld_Module *m2 = ld_read(b1, n1, "full.oak", err, sizeof err);
    T_CHECK(m2 != NULL, "read: %s", err);
    REQUIRE(m2 != NULL);
    CU_ASSERT_EQUAL(m2->npool, LD_MAX_POOL);
    CU_ASSERT_EQUAL(m2->pool[LD_MAX_POOL].u.i, LD_MAX_POOL - 1);
    b2 = t_write(m2, &n2);
    CU_ASSERT(same_bytes(b1, n1, b2, n2));
out:
    free(b1);
    free(b2);
    ld_module_free(m);
    ld_module_free(m2);
}

static void test_file_io(void) {
    char dir[] = "/tmp/oak_test_module.XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    char path[256], missing[256], badout[256], empty[256], err[512];
    snprintf(path, sizeof path, "%s/sample.oak", dir);
    snprintf(missing, sizeof missing, "%s/missing.oak", dir);
    snprintf(badout, sizeof badout, "%s/no/such/dir.oak", dir);
    snprintf(empty, sizeof empty, "%s/empty.oak", dir);

    ld_Module *m = t_sample_module();
    size_t n1, n2;
    uint8_t *b1 = canon_write(m, &n1);
    CU_ASSERT_EQUAL(ld_write_file(m, path, err, sizeof err), 0);
    ld_Module *m2 = ld_read_file(path, err, sizeof err);
    T_CHECK(m2 != NULL, "read_file: %s", err);
    uint8_t *b2 = m2 ? t_write(m2, &n2) : NULL;
    if (m2) CU_ASSERT(same_bytes(b1, n1, b2, n2));
    free(b2);
    ld_module_free(m2);

    char want[600];
    CU_ASSERT_PTR_NULL(ld_read_file(missing, err, sizeof err));
    snprintf(want, sizeof want, "%s: cannot open: %s", missing, strerror(ENOENT));
    CU_ASSERT_STRING_EQUAL(err, want);
    CU_ASSERT_PTR_NULL(ld_read_file(dir, err, sizeof err));
    snprintf(want, sizeof want, "%s: not a regular file", dir);
    CU_ASSERT_STRING_EQUAL(err, want);
    FILE *f = fopen(empty, "wb");
    CU_ASSERT_PTR_NOT_NULL(f);
    if (f) fclose(f);
    CU_ASSERT_PTR_NULL(ld_read_file(empty, err, sizeof err));
    snprintf(want, sizeof want, "%s: not an Oak module (bad magic; expected \"OAK\\x1a\")", empty);
    CU_ASSERT_STRING_EQUAL(err, want);
    CU_ASSERT_EQUAL(ld_write_file(m, badout, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: cannot create: %s", badout, strerror(ENOENT));
    CU_ASSERT_STRING_EQUAL(err, want);

    /* a module the writer cannot encode (a pool entry without a tag) */
    m->pool[1].tag = 0;
    uint8_t *out = NULL;
    size_t outlen = 0;
    CU_ASSERT_EQUAL(ld_write(m, &out, &outlen), -1);
    char unenc[256];
    snprintf(unenc, sizeof unenc, "%s/unencodable.oak", dir);
    CU_ASSERT_EQUAL(ld_write_file(m, unenc, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: module cannot be encoded", unenc);
    CU_ASSERT_STRING_EQUAL(err, want);
    struct stat st;
    CU_ASSERT_NOT_EQUAL(stat(unenc, &st), 0); /* nothing was created */
    m->pool[1].tag = LD_C_UTF8;

    free(b1);
    ld_module_free(m);
    remove(path);
    remove(empty);
    rmdir(dir);
}

/* A builder module may have a method with no code yet (code NULL, code_len 0). The
 * writer encodes it as it is (the reader then rejects it as "empty code"). Run in a
 * child process: undefined behaviour here aborts under `make asan`. */
static int probe_write_no_code(const void *ctx, size_t i, char *msg, size_t msglen) {
    (void)ctx, (void)i;
    ld_Module *m = ld_module_new();
    ld_Class *c = t_class(m, 0, "t/A", "java/lang/Object", NULL);
    t_method(m, c, LD_ACC_STATIC, "f", "()V"); /* no t_set_code */
    uint8_t *out = NULL;
    size_t n = 0;
    char err[512] = "";
    int rc = ld_write(m, &out, &n);
    ld_Module *r = rc == 0 ? ld_read(out, n, "nocode.oak", err, sizeof err) : NULL;
    int ok = rc == 0 && !r && strcmp(err, "nocode.oak: class t/A: method f()V: empty code") == 0;
    if (!ok) snprintf(msg, msglen, "ld_write = %d, then ld_read: \"%s\"", rc, err);
    ld_module_free(r);
    ld_module_free(m);
    free(out);
    return ok ? T_PASS : T_FAIL;
}

static void test_write_method_without_code(void) {
    t_run_isolated("writing a method without code", probe_write_no_code, NULL, 1);
}

/* ------------------------------------------------------------------ */
/* interning and the builder                                           */
/* ------------------------------------------------------------------ */

static void test_intern_dedup(void) {
    ld_Module *m = ld_module_new();
    uint16_t u = ld_pool_utf8(m, "x", 1);
    CU_ASSERT_EQUAL(u, 1); /* indices start at 1 */
    CU_ASSERT_EQUAL(ld_pool_utf8(m, "x", 1), u);
    CU_ASSERT_EQUAL(ld_pool_utf8(m, "xy", 1), u); /* only len bytes count */
    uint16_t x0 = ld_pool_utf8(m, "x\0", 2);      /* a different length is a different string */
    CU_ASSERT(x0 != u && x0 != 0);
    CU_ASSERT_EQUAL(m->pool[x0].u.utf8.len, 2);
    uint16_t s = ld_pool_string(m, "x", 1);
    CU_ASSERT(s != u && s != 0);
    CU_ASSERT_EQUAL(m->pool[s].tag, LD_C_STRING);
    CU_ASSERT_EQUAL(m->pool[s].u.ref, u); /* STRING "x" reuses UTF8 "x" */
    CU_ASSERT_EQUAL(ld_pool_string(m, "x", 1), s);
    uint16_t c = ld_pool_class(m, "x");
    CU_ASSERT(c != s && c != u && c != 0);
    CU_ASSERT_EQUAL(m->pool[c].tag, LD_C_CLASS);
    CU_ASSERT_EQUAL(m->pool[c].u.ref, u);
    CU_ASSERT_EQUAL(ld_pool_class(m, "x"), c);
    CU_ASSERT_EQUAL(m->npool, 4);

    /* numbers: equal bits of different types are different constants */
    uint16_t i1 = ld_pool_int(m, 1), f1 = ld_pool_float(m, 1), l1 = ld_pool_long(m, 1),
             d1 = ld_pool_double(m, 1);
    CU_ASSERT(i1 != f1 && i1 != l1 && i1 != d1 && f1 != l1 && f1 != d1 && l1 != d1);
    CU_ASSERT_EQUAL(ld_pool_int(m, 1), i1);
    CU_ASSERT_EQUAL(ld_pool_float(m, 1), f1);
    CU_ASSERT_EQUAL(ld_pool_long(m, 1), l1);
    CU_ASSERT_EQUAL(ld_pool_double(m, 1), d1);
    CU_ASSERT(ld_pool_int(m, -1) != i1);
    CU_ASSERT(ld_pool_long(m, 1ll << 32) != l1); /* high half counts */
    /* floats are compared by bits: -0.0 != 0.0, and a NaN equals itself */
    CU_ASSERT(ld_pool_float(m, 0x80000000u) != ld_pool_float(m, 0));
    CU_ASSERT(ld_pool_double(m, 0x8000000000000000u) != ld_pool_double(m, 0));
    CU_ASSERT_EQUAL(ld_pool_double(m, 0x7ff8000000000001u), ld_pool_double(m, 0x7ff8000000000001u));
    CU_ASSERT(ld_pool_double(m, 0x7ff8000000000001u) != ld_pool_double(m, 0x7ff8000000000000u));

    /* members */
    uint16_t fa = ld_pool_member(m, LD_C_FIELD, "a/B", "f", "I");
    uint16_t ma = ld_pool_member(m, LD_C_METHOD, "a/B", "f", "I");
    CU_ASSERT(fa != 0 && ma != 0 && fa != ma);
    CU_ASSERT_EQUAL(ld_pool_member(m, LD_C_FIELD, "a/B", "f", "I"), fa);
    CU_ASSERT(ld_pool_member(m, LD_C_FIELD, "a/B", "f", "J") != fa);
    CU_ASSERT(ld_pool_member(m, LD_C_FIELD, "a/C", "f", "I") != fa);
    CU_ASSERT(ld_pool_member(m, LD_C_FIELD, "a/B", "g", "I") != fa);
    CU_ASSERT_EQUAL(m->pool[fa].u.member.cls, ld_pool_class(m, "a/B"));
    CU_ASSERT_EQUAL(m->pool[fa].u.member.name, ld_pool_utf8(m, "f", 1));
    CU_ASSERT_EQUAL(m->pool[fa].u.member.desc, ld_pool_utf8(m, "I", 1));

    /* many strings: still found after the table grows */
    uint16_t idx[5000];
    char b[32];
    for (int i = 0; i < 5000; i++) {
        int len = snprintf(b, sizeof b, "s%d", i);
        idx[i] = ld_pool_utf8(m, b, (uint32_t)len);
    }
    uint16_t before = m->npool;
    for (int i = 0; i < 5000; i++) {
        int len = snprintf(b, sizeof b, "s%d", i);
        CU_ASSERT_EQUAL(ld_pool_utf8(m, b, (uint32_t)len), idx[i]);
        CU_ASSERT(m->pool[idx[i]].u.utf8.len == (uint32_t)len &&
                  memcmp(m->pool[idx[i]].u.utf8.bytes, b, (size_t)len + 1) == 0);
    }
    CU_ASSERT_EQUAL(m->npool, before);
    CU_ASSERT_EQUAL(ld_pool_utf8(m, "x", 1), u);
    ld_module_free(m);
}

/* Interning into a full pool returns 0 for new constants (without leaking) and still
 * finds existing ones. */
static void test_intern_pool_full(void) {
    ld_Module *m = ld_module_new();
    uint16_t ux = ld_pool_utf8(m, "x", 1);
    for (uint32_t i = 1; i < LD_MAX_POOL; i++) ld_pool_int(m, (int32_t)i);
    REQUIRE(m->npool == LD_MAX_POOL);
    CU_ASSERT_EQUAL(ld_pool_int(m, 1000000), 0);
    CU_ASSERT_EQUAL(ld_pool_int(m, 5), 6);
    CU_ASSERT_EQUAL(ld_pool_utf8(m, "x", 1), ux);
    CU_ASSERT_EQUAL(ld_pool_utf8(m, "new", 3), 0);
    CU_ASSERT_EQUAL(ld_pool_long(m, 5), 0);
    CU_ASSERT_EQUAL(ld_pool_float(m, 5), 0);
    CU_ASSERT_EQUAL(ld_pool_double(m, 5), 0);
    CU_ASSERT_EQUAL(ld_pool_class(m, "x"), 0); /* the UTF8 exists, the CLASS does not */
    CU_ASSERT_EQUAL(ld_pool_string(m, "y", 1), 0);
    CU_ASSERT_EQUAL(ld_pool_member(m, LD_C_FIELD, "x", "x", "x"), 0);
    CU_ASSERT_EQUAL(m->npool, LD_MAX_POOL);
out:
    ld_module_free(m);
}

/* The builder's arrays stop at 65535 elements (their counts are u16). */
static void test_builder_limits(void) {
    ld_Module *m = ld_module_new();
    ld_Class *c = ld_module_add_class(m);
    REQUIRE(c != NULL);
    CU_ASSERT_EQUAL(m->nclasses, 1);
    CU_ASSERT_EQUAL(ld_class_add_interface(c, 7), 0);
    CU_ASSERT(c->ninterfaces == 1 && c->interfaces[0] == 7);
    ld_Field *f = ld_class_add_field(c);
    CU_ASSERT(f != NULL && c->nfields == 1 && f->flags == 0 && f->name == 0 && f->constval == 0);
    ld_Method *me = ld_class_add_method(c);
    CU_ASSERT(me != NULL && c->nmethods == 1 && me->code == NULL && me->nhandlers == 0);
    /* pretend the arrays are full */
    c->interfaces = realloc(c->interfaces, 0xFFFF * sizeof(uint16_t));
    c->ninterfaces = 0xFFFF;
    CU_ASSERT_EQUAL(ld_class_add_interface(c, 7), -1);
    CU_ASSERT_EQUAL(c->ninterfaces, 0xFFFF);
    c->fields = realloc(c->fields, 0xFFFF * sizeof(ld_Field));
    memset(c->fields, 0, 0xFFFF * sizeof(ld_Field));
    c->nfields = 0xFFFF;
    CU_ASSERT_PTR_NULL(ld_class_add_field(c));
    c->methods = realloc(c->methods, 0xFFFF * sizeof(ld_Method));
    memset(c->methods, 0, 0xFFFF * sizeof(ld_Method));
    c->nmethods = 0xFFFF;
    CU_ASSERT_PTR_NULL(ld_class_add_method(c));
    m->classes = realloc(m->classes, 0xFFFF * sizeof(ld_Class));
    memset(m->classes + 1, 0, 0xFFFE * sizeof(ld_Class));
    m->nclasses = 0xFFFF;
    CU_ASSERT_PTR_NULL(ld_module_add_class(m));
out:
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* canonicalization                                                    */
/* ------------------------------------------------------------------ */

static void test_canonicalize_idempotent(void) {
    char err[512] = "";
    ld_Module *m = t_sample_module();
    size_t n1, n2, n3;
    uint8_t *b1 = canon_write(m, &n1);
    uint8_t *b2 = canon_write(m, &n2);
    CU_ASSERT(b1 && b2 && same_bytes(b1, n1, b2, n2));
    check_pool_minimal(m);
    /* a module that was read (no interning table) canonicalizes to the same bytes, and
     * can be extended afterwards: the new interning table knows the pool */
    uint8_t *b3 = NULL;
    ld_Module *m2 = ld_read(b1, n1, "c.oak", err, sizeof err);
    T_CHECK(m2 != NULL, "read: %s", err);
    REQUIRE(m2 != NULL);
    b3 = canon_write(m2, &n3);
    CU_ASSERT(b3 && same_bytes(b1, n1, b3, n3));
    uint16_t n = m2->npool;
    CU_ASSERT_EQUAL(ld_pool_class(m2, "demo/Main"), m->main_class);
    CU_ASSERT_EQUAL(ld_pool_member(m2, LD_C_FIELD, "demo/Main", "K", "I"),
                    find_const(m2, "FIELD demo/Main.K:I"));
    CU_ASSERT_EQUAL(m2->npool, n);
    CU_ASSERT_EQUAL(ld_pool_utf8(m2, "brand new", 9), n + 1);
out:
    free(b1);
    free(b2);
    free(b3);
    ld_module_free(m);
    ld_module_free(m2);
}

/* Unused constants disappear: canonical(sample + garbage) == canonical(sample). */
static void test_canonicalize_drops_unused(void) {
    ld_Module *a = t_sample_module(), *b = t_sample_module();
    uint16_t before = b->npool;
    ld_pool_utf8(b, "unused", 6);
    ld_pool_int(b, 123456789);
    ld_pool_long(b, -77);
    ld_pool_float(b, 0x12345678);
    ld_pool_double(b, 0x123456789abcdefull);
    ld_pool_class(b, "zz/Unused");
    ld_pool_string(b, "unused string", 13);
    ld_pool_member(b, LD_C_METHOD, "zz/Unused", "f", "()V");
    ld_pool_member(b, LD_C_FIELD, "demo/Main", "nope", "I");
    CU_ASSERT_EQUAL(b->npool, before + 13);
    size_t na, nb;
    uint8_t *ba = canon_write(a, &na), *bb = canon_write(b, &nb);
    CU_ASSERT(ba && bb && same_bytes(ba, na, bb, nb));
    CU_ASSERT_EQUAL(b->npool, a->npool);
    CU_ASSERT_EQUAL(find_const(b, "UTF8 \"unused\""), 0);
    CU_ASSERT_EQUAL(find_const(b, "INT 123456789"), 0);
    CU_ASSERT_EQUAL(find_const(b, "CLASS zz/Unused"), 0);
    CU_ASSERT_EQUAL(find_const(b, "FIELD demo/Main.nope:I"), 0);
    check_pool_minimal(b);
    free(ba);
    free(bb);
    ld_module_free(a);
    ld_module_free(b);
}

/* Shuffled pools with duplicates and garbage (several seeds) all canonicalize to the
 * same bytes as the plain sample, and mean the same thing before and after. */
static void test_canonicalize_shuffled(void) {
    ld_Module *ref = t_sample_module();
    char *dref = t_module_dump(ref);
    size_t nref;
    uint8_t *bref = canon_write(ref, &nref);
    for (uint64_t seed = 1; seed <= 20 && bref; seed++) {
        ld_Module *m = t_sample_module();
        messify(m, seed * 0x9E3779B97F4A7C15ull);
        char *d = t_module_dump(m);
        T_CHECK(strcmp(d, dref) == 0, "seed %llu: messify changed the module's meaning",
                (unsigned long long)seed);
        size_t n;
        uint8_t *b = canon_write(m, &n);
        T_CHECK(b && same_bytes(bref, nref, b, n), "seed %llu: canonical bytes differ",
                (unsigned long long)seed);
        char *d2 = t_module_dump(m);
        T_CHECK(strcmp(d2, dref) == 0, "seed %llu: canonicalize changed the module's meaning",
                (unsigned long long)seed);
        free(d);
        free(d2);
        free(b);
        ld_module_free(m);
    }
    free(dref);
    free(bref);
    ld_module_free(ref);
}

/* Puts constant c at pool index i of a hand-made pool. */
static void set_utf8(ld_Module *m, uint16_t i, const char *s) {
    m->pool[i].tag = LD_C_UTF8;
    m->pool[i].u.utf8.len = (uint32_t)strlen(s);
    m->pool[i].u.utf8.bytes = strdup(s);
}
static void set_ref(ld_Module *m, uint16_t i, int tag, uint16_t ref) {
    m->pool[i].tag = (uint8_t)tag;
    m->pool[i].u.ref = ref;
}
static void set_member(ld_Module *m, uint16_t i, int tag, uint16_t cls, uint16_t name,
                       uint16_t desc) {
    m->pool[i].tag = (uint8_t)tag;
    m->pool[i].u.member.cls = cls;
    m->pool[i].u.member.name = name;
    m->pool[i].u.member.desc = desc;
}

/* A module whose pool is written by hand: forward references, duplicate UTF8, CLASS and
 * INT entries, unused entries. Canonicalization gives a pool in first-use order, and every
 * reference, including each pool operand in code, lands on the right new index. */
static ld_Module *handmade_module(void) {
    ld_Module *m = ld_module_new();
    free(m->pool);
    m->pool = calloc(20, sizeof(ld_Const));
    m->pool_cap = 20;
    m->npool = 19;
    m->pool[1].tag = LD_C_INT, m->pool[1].u.i = 7;
    set_utf8(m, 2, "garbage");
    set_ref(m, 3, LD_C_CLASS, 9);                       /* t/A, forward reference */
    set_member(m, 4, LD_C_FIELD, 10, 5, 6);             /* t/A.f:I via the duplicate class */
    set_utf8(m, 5, "f");
    set_utf8(m, 6, "I");
    m->pool[7].tag = LD_C_INT, m->pool[7].u.i = 7;      /* duplicate of #1 */
    set_ref(m, 8, LD_C_STRING, 2);                       /* unused */
    set_utf8(m, 9, "t/A");
    set_ref(m, 10, LD_C_CLASS, 11);                     /* duplicate of #3 */
    set_utf8(m, 11, "t/A");                             /* duplicate of #9 */
    set_utf8(m, 12, "java/lang/Object");
    set_ref(m, 13, LD_C_CLASS, 12);
    set_utf8(m, 14, "m");
    set_utf8(m, 15, "()V");
    set_member(m, 16, LD_C_METHOD, 3, 14, 15);          /* t/A.m:()V */
    set_ref(m, 17, LD_C_CLASS, 18);                     /* [[I */
    set_utf8(m, 18, "[[I");
    m->pool[19].tag = LD_C_LONG, m->pool[19].u.j = 5; /* unused */
    /* m->intern (empty) no longer describes the pool: no ld_pool_*() on this module */

    ld_Class *c = ld_module_add_class(m);
    c->flags = LD_ACC_PUBLIC;
    c->this_class = 3;
    c->super_class = 13;
    ld_Field *f = ld_class_add_field(c);
    f->flags = LD_ACC_STATIC | LD_ACC_FINAL;
    f->name = 5, f->desc = 6, f->constval = 7;
    ld_Method *me = ld_class_add_method(c);
    me->flags = LD_ACC_STATIC;
    me->name = 14, me->desc = 15;
    t_Buf code = {0};
    tb_op_u16(&code, OP_ldc, 7);            /* 0 */
    tb_op_u16(&code, OP_ldc, 1);            /* 3 */
    tb_op_u16(&code, OP_getstatic, 4);      /* 6 */
    tb_op_u16(&code, OP_invokestatic, 16);  /* 9 */
    tb_op_u16(&code, OP_multianewarray, 17); /* 12 */
    tb_u8(&code, 2);
    tb_op_u16(&code, OP_anewarray, 10);     /* 16 */
    tb_op(&code, OP_return);                /* 19 */
    t_set_code(me, 4, 0, &code);
    t_add_handler(me, 0, 6, 19, 10);
    t_add_handler(me, 6, 19, 19, 3);
    m->main_class = 10;
    return m;
}

static void test_canonicalize_handmade(void) {
    char err[512] = "";
    ld_Module *m = handmade_module();
    char *d0 = t_module_dump(m), *d1 = NULL;
    /* the hand-made module is well formed as it is */
    size_t n0;
    uint8_t *b0 = t_write(m, &n0);
    ld_Module *r = ld_read(b0, n0, "handmade.oak", err, sizeof err);
    T_CHECK(r != NULL, "read: %s", err);
    ld_module_free(r);
    free(b0);

    int rc = ld_module_canonicalize(m, err, sizeof err);
    T_CHECK(rc == 0, "canonicalize: %s", err);
    REQUIRE(rc == 0);
    static const char *const want[] = {
        NULL,
        "UTF8 \"t/A\"",              /* 1: main class */
        "CLASS t/A",                 /* 2 */
        "UTF8 \"java/lang/Object\"", /* 3: super */
        "CLASS java/lang/Object",    /* 4 */
        "UTF8 \"f\"",                /* 5: field */
        "UTF8 \"I\"",                /* 6 */
        "INT 7",                     /* 7 */
        "UTF8 \"m\"",                /* 8: method */
        "UTF8 \"()V\"",              /* 9 */
        "FIELD t/A.f:I",             /* 10: getstatic */
        "METHOD t/A.m:()V",          /* 11: invokestatic */
        "UTF8 \"[[I\"",              /* 12: multianewarray */
        "CLASS [[I",                 /* 13 */
    };
    CU_ASSERT_EQUAL(m->npool, 13);
    char s[512];
    for (uint16_t i = 1; i <= 13 && i <= m->npool; i++) {
        t_const_str(m, i, s, sizeof s);
        T_CHECK(strcmp(s, want[i]) == 0, "canonical #%u is %s, expected %s", i, s, want[i]);
    }
    const ld_Class *c = &m->classes[0];
    CU_ASSERT_EQUAL(m->main_class, 2);
    CU_ASSERT_EQUAL(c->this_class, 2);
    CU_ASSERT_EQUAL(c->super_class, 4);
    CU_ASSERT(c->fields[0].name == 5 && c->fields[0].desc == 6 && c->fields[0].constval == 7);
    const ld_Method *me = &c->methods[0];
    CU_ASSERT(me->name == 8 && me->desc == 9);
    static const uint8_t code[] = {OP_ldc,       7,  0, OP_ldc,          7,  0, OP_getstatic,
                                   10,           0,  OP_invokestatic,    11, 0, OP_multianewarray,
                                   13,           0,  2,  OP_anewarray,   2,  0, OP_return};
    CU_ASSERT(same_bytes(code, sizeof code, me->code, me->code_len));
    CU_ASSERT(me->handlers[0].catch_type == 2 && me->handlers[1].catch_type == 2);
    CU_ASSERT(me->handlers[0].start == 0 && me->handlers[0].end == 6 && me->handlers[0].handler == 19);
    d1 = t_module_dump(m);
    CU_ASSERT(same_text(d0, d1));
out:
    free(d0);
    free(d1);
    ld_module_free(m);
}

/* Canonicalization refuses modules whose references it cannot follow. */
static void test_canonicalize_errors(void) {
    char err[512] = "";
    ld_Module *m = handmade_module();
    m->pool[17].u.ref = 99; /* CLASS -> nowhere */
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    CU_ASSERT_STRING_EQUAL(err, "constant #17: bad reference 99");
    ld_module_free(m);

    m = handmade_module();
    set_member(m, 16, LD_C_METHOD, 14, 14, 15); /* owner is a UTF8 */
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    CU_ASSERT_STRING_EQUAL(err, "constant #16: bad reference 14");
    ld_module_free(m);

    m = handmade_module();
    m->classes[0].fields[0].constval = 20;
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    CU_ASSERT_STRING_EQUAL(err, "pool index out of range (pool has 19 entries)");
    ld_module_free(m);

    m = handmade_module();
    m->classes[0].methods[0].code[7] = 0xFF; /* getstatic #255 */
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    CU_ASSERT_STRING_EQUAL(err, "pool index out of range (pool has 19 entries)");
    ld_module_free(m);

    /* code that does not decode: the message names the method */
    m = handmade_module();
    m->classes[0].methods[0].code[19] = OP_sipush; /* runs past the end */
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    T_CHECK(strcmp(err, "method m: code offset 19: malformed instruction") == 0, "got \"%s\"", err);
    ld_module_free(m);

    /* the same where the method's name is not at the same index before and after */
    m = ld_module_new();
    ld_pool_utf8(m, "u1", 2);
    ld_pool_utf8(m, "u2", 2);
    ld_pool_utf8(m, "main", 4);
    ld_pool_utf8(m, "u4", 2);
    ld_pool_utf8(m, "u5", 2); /* #5: where "main" lands after renumbering */
    ld_Class *c = t_class(m, 0, "t/A", "java/lang/Object", NULL);
    ld_Method *me = t_method(m, c, LD_ACC_STATIC, "main", "()V");
    t_Buf code = {0};
    tb_op(&code, OP_nop);
    tb_op(&code, OP_goto);
    t_set_code(me, 0, 0, &code);
    CU_ASSERT_EQUAL(ld_module_canonicalize(m, err, sizeof err), -1);
    T_CHECK(strcmp(err, "method main: code offset 1: malformed instruction") == 0, "got \"%s\"", err);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* syntax checkers                                                     */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *s;
    size_t len; /* 0: strlen */
    int ok;
} SynCase;

static void run_syn(const char *what, int (*fn)(const char *, size_t), const SynCase *c, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t len = c[i].len ? c[i].len : strlen(c[i].s);
        char q[300];
        size_t o = 0;
        for (size_t k = 0; k < len && o + 5 < sizeof q; k++) {
            unsigned char ch = (unsigned char)c[i].s[k];
            o += (size_t)snprintf(q + o, sizeof q - o, ch >= 0x20 && ch < 0x7F ? "%c" : "\\x%02x", ch);
        }
        int got = fn(c[i].s, len);
        T_CHECK(got == c[i].ok, "%s(\"%s\", %zu) = %d, expected %d", what, q, len, got, c[i].ok);
    }
}
#define RUN_SYN(fn, table) run_syn(#fn, fn, table, sizeof table / sizeof table[0])

static void test_check_utf8(void) {
    static const SynCase t[] = {
        {"", 0, 1},
        {"abc", 0, 1},
        {"\x7F", 0, 1},
        {"\xC0\x80", 0, 1},                  /* NUL, modified UTF-8 style */
        {"a\xC0\x80z", 0, 1},
        {"\xC2\x80", 0, 1},                  /* U+0080 */
        {"\xDF\xBF", 0, 1},                  /* U+07FF */
        {"\xE0\xA0\x80", 0, 1},              /* U+0800 */
        {"\xE2\x82\xAC", 0, 1},              /* euro sign */
        {"\xEF\xBF\xBF", 0, 1},              /* U+FFFF */
        {"\xED\xA0\x80", 0, 1},              /* lone high surrogate, 3 bytes */
        {"\xED\xBF\xBF", 0, 1},              /* lone low surrogate */
        {"\xED\xA0\xBD\xED\xB8\x80", 0, 1},  /* U+1F600 as a CESU-8 surrogate pair */
        {"h\xC3\xA9llo", 0, 1},
        {"a\0b", 3, 0},                      /* raw NUL */
        {"\0", 1, 0},
        {"\xF0\x9F\x98\x80", 0, 0},          /* U+1F600 as a 4-byte form */
        {"\xF0\x90\x80\x80", 0, 0},
        {"\xF4\x8F\xBF\xBF", 0, 0},
        {"\xF8\x88\x80\x80\x80", 0, 0},      /* 5-byte form */
        {"\xFE", 0, 0},
        {"\xFF", 0, 0},
        {"\xC0\x81", 0, 0},                  /* overlong U+0001 */
        {"\xC0\xAF", 0, 0},                  /* overlong '/' */
        {"\xC1\xBF", 0, 0},                  /* overlong U+007F */
        {"\xE0\x80\x80", 0, 0},              /* overlong NUL in 3 bytes */
        {"\xE0\x9F\xBF", 0, 0},              /* overlong U+07FF */
        {"\x80", 0, 0},                      /* lone continuation bytes */
        {"a\xBF", 0, 0},
        {"\xC2", 0, 0},                      /* truncated sequences */
        {"\xE2\x82", 0, 0},
        {"\xE2", 0, 0},
        {"abc\xE2\x82", 0, 0},
        {"\xC2\x80", 1, 0},                  /* complete, but only the first byte is in range */
        {"\xE2\x82\xAC", 2, 0},
        {"\xC2\x41", 0, 0},                  /* bad continuation */
        {"\xC2\xC2\x80", 0, 0},
        {"\xE2\x41\xAC", 0, 0},
        {"\xE2\x82\x41", 0, 0},
        {"\xE2\x82\xC0\x80", 0, 0},
    };
    RUN_SYN(ld_check_utf8, t);
}

static void test_check_field_desc(void) {
    static char deep255[300], deep256[300];
    memset(deep255, '[', 255);
    deep255[255] = 'I';
    deep255[256] = 0;
    memset(deep256, '[', 256);
    deep256[256] = 'I';
    deep256[257] = 0;
    const SynCase t[] = {
        {"B", 0, 1}, {"C", 0, 1}, {"D", 0, 1}, {"F", 0, 1}, {"I", 0, 1}, {"J", 0, 1},
        {"S", 0, 1}, {"Z", 0, 1},
        {"Ljava/lang/Object;", 0, 1},
        {"La;", 0, 1},
        {"La$b/C_1;", 0, 1},
        {"L\xC3\xA9t\xC3\xA9;", 0, 1},
        {"[I", 0, 1},
        {"[[Ljava/lang/String;", 0, 1},
        {deep255, 0, 1},
        {"Ix", 1, 1},                     /* only len bytes are looked at */
        {deep256, 0, 0},
        {"", 1, 0},                       /* empty (len 1 of "": the NUL is not a type) */
        {"V", 0, 0},
        {"X", 0, 0},
        {"i", 0, 0},
        {"II", 0, 0},
        {"[", 0, 0},
        {"[V", 0, 0},
        {"[[", 0, 0},
        {"L;", 0, 0},
        {"L", 0, 0},
        {"Ljava/lang/Object", 0, 0},
        {"Ljava.lang.Object;", 0, 0},
        {"L/a;", 0, 0},
        {"La/;", 0, 0},
        {"La//b;", 0, 0},
        {"La[b;", 0, 0},
        {"La<b>;", 0, 0},
        {"Ljava/lang/Object;I", 0, 0},
        {"Ljava/lang/Object;;", 0, 0},
        {"I;", 0, 0},
        {"(I)V", 0, 0},
    };
    RUN_SYN(ld_check_field_desc, t);
    CU_ASSERT_EQUAL(ld_check_field_desc("", 0), 0);
}

static void test_check_method_desc(void) {
    static char args255[300], args256[300];
    args255[0] = args256[0] = '(';
    memset(args255 + 1, 'J', 255);
    memcpy(args255 + 256, ")V", 3);
    memset(args256 + 1, 'J', 256);
    memcpy(args256 + 257, ")V", 3);
    const SynCase t[] = {
        {"()V", 0, 1},
        {"()I", 0, 1},
        {"(I)V", 0, 1},
        {"(IJFDBCSZ)J", 0, 1},
        {"([Ljava/lang/String;)V", 0, 1},
        {"(Ljava/lang/Object;[[I)Ljava/lang/String;", 0, 1},
        {"()[I", 0, 1},
        {"()[[Ljava/lang/Object;", 0, 1},
        {args255, 0, 1},
        {"()Vx", 3, 1},
        {args256, 0, 0},
        {"", 1, 0},
        {"()", 0, 0},
        {"(", 0, 0},
        {"(V)V", 0, 0},
        {"()VV", 0, 0},
        {"()II", 0, 0},
        {"(I", 0, 0},
        {"(I)", 0, 0},
        {"I)V", 0, 0},
        {")V", 0, 0},
        {"V", 0, 0},
        {"()X", 0, 0},
        {"()[V", 0, 0},
        {"(L;)V", 0, 0},
        {"(Ljava/lang/Object)V", 0, 0},
        {"(La.b;)V", 0, 0},
        {"([)V", 0, 0},
        {"(I)V ", 0, 0},
        {"((I)V)V", 0, 0},
    };
    RUN_SYN(ld_check_method_desc, t);
    CU_ASSERT_EQUAL(ld_check_method_desc("", 0), 0);
}

static void test_check_class_name(void) {
    const SynCase t[] = {
        {"a", 0, 1},
        {"java/lang/Object", 0, 1},
        {"a$b", 0, 1},
        {"t/\xC3\xA9t\xC3\xA9", 0, 1},
        {"[I", 0, 1},
        {"[Ljava/lang/Object;", 0, 1},
        {"[[[J", 0, 1},
        {"a/b", 1, 1},
        {"", 1, 0},
        {"/a", 0, 0},
        {"a/", 0, 0},
        {"a//b", 0, 0},
        {"/", 0, 0},
        {"a.b", 0, 0},
        {"a;b", 0, 0},
        {"a[b", 0, 0},
        {"<init>", 0, 0},
        {"a<b", 0, 0},
        {"a>b", 0, 0},
        {"[", 0, 0},
        {"[V", 0, 0},
        {"[Ljava/lang/Object", 0, 0},
        {"[I;", 0, 0},
        {"Ljava/lang/Object;", 0, 0},
        {"a\0b", 3, 0},
    };
    RUN_SYN(ld_check_class_name, t);
    CU_ASSERT_EQUAL(ld_check_class_name("", 0), 0);
}

static void test_desc_nargs(void) {
    static const struct {
        const char *d;
        int n;
    } t[] = {
        {"()V", 0},
        {"(I)V", 1},
        {"(IJ)V", 2},
        {"(JD)J", 2}, /* every type is one slot, long and double too */
        {"(Ljava/lang/Object;D)J", 2},
        {"([[Ljava/lang/String;I[J)V", 3},
        {"(La/B;La/C;)La/D;", 2},
        {"([I[[I[[[I)[I", 3},
        {"(ZBCSIJFD)V", 8},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int got = ld_desc_nargs(t[i].d);
        T_CHECK(got == t[i].n, "ld_desc_nargs(\"%s\") = %d, expected %d", t[i].d, got, t[i].n);
    }
    char big[300];
    big[0] = '(';
    memset(big + 1, 'D', 255);
    memcpy(big + 256, ")V", 3);
    CU_ASSERT_EQUAL(ld_desc_nargs(big), 255);
}

void add_module_tests(void) {
    CU_pSuite s = CU_add_suite("module", NULL, NULL);
    CU_add_test(s, "round trip of the sample module", test_roundtrip_sample);
    CU_add_test(s, "round trip of a non-canonical module", test_roundtrip_not_canonical);
    CU_add_test(s, "round trip of the empty module", test_roundtrip_empty_module);
    CU_add_test(s, "round trip of a class without members", test_roundtrip_memberless_class);
    CU_add_test(s, "round trip of a full pool", test_roundtrip_full_pool);
    CU_add_test(s, "reading and writing files", test_file_io);
    CU_add_test(s, "writing a method without code", test_write_method_without_code);
    CU_add_test(s, "interning deduplicates equal constants only", test_intern_dedup);
    CU_add_test(s, "interning into a full pool", test_intern_pool_full);
    CU_add_test(s, "builder array limits", test_builder_limits);
    CU_add_test(s, "canonicalize is idempotent", test_canonicalize_idempotent);
    CU_add_test(s, "canonicalize drops unused constants", test_canonicalize_drops_unused);
    CU_add_test(s, "canonicalize shuffled pools", test_canonicalize_shuffled);
    CU_add_test(s, "canonicalize a hand-made pool", test_canonicalize_handmade);
    CU_add_test(s, "canonicalize errors", test_canonicalize_errors);
    CU_add_test(s, "ld_check_utf8", test_check_utf8);
    CU_add_test(s, "ld_check_field_desc", test_check_field_desc);
    CU_add_test(s, "ld_check_method_desc", test_check_method_desc);
    CU_add_test(s, "ld_check_class_name", test_check_class_name);
    CU_add_test(s, "ld_desc_nargs", test_desc_nargs);
}

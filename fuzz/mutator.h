/* mutator.h: a structure-aware libFuzzer mutator for .oak modules (both harnesses).
 *
 * Byte-level mutations almost never survive the reader (every length, count and pool
 * index is checked), so most of the fuzzer's time would go to inputs that never reach the
 * verifier or the interpreter. This mutator parses the input with ld_read, changes the
 * module in memory and writes it back with ld_write, so the result is usually a
 * well-formed module that differs in one meaningful place:
 *
 *   code:  replace an opcode by another of the same operand format; retarget a branch or
 *          switch case to another instruction; change a local index, an immediate or a
 *          pool operand (to a constant of a fitting kind); insert an instruction (a copy
 *          of one from the module, or a random one-byte instruction) or delete one, with
 *          every branch, switch, handler and line entry relocated; byte-level mutation of
 *          the code (libFuzzer's); swap the code of two methods
 *   pool:  interesting ints/longs/floats/doubles; strings replaced by well-known names and
 *          descriptors, by another string of the module, or mutated bytewise; references
 *          of CLASS, STRING, FIELD and METHOD constants pointed elsewhere
 *   decls: class/field/method flags, superclass, interfaces, descriptors, max_stack,
 *          max_locals, handlers (range, target, catch type), the main class
 *
 * A quarter of the time, and whenever the input does not parse or the result would be too
 * big, it falls back to libFuzzer's own mutations (LLVMFuzzerMutate), so the reader keeps
 * being fuzzed on malformed bytes. Only compiled with libFuzzer (OAK_FUZZ_LIBFUZZER).
 */
#ifndef OAK_FUZZ_MUTATOR_H
#define OAK_FUZZ_MUTATOR_H

#include "module.h"
#include "opcodes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

static uint64_t mu_state;
static uint32_t mu_rand(void) {
    mu_state ^= mu_state << 13;
    mu_state ^= mu_state >> 7;
    mu_state ^= mu_state << 17;
    return (uint32_t)(mu_state >> 11);
}
static uint32_t mu_below(uint32_t n) { return n ? mu_rand() % n : 0; }

/* A random pool index whose tag is in the mask (1 << tag), or 0 if there is none. */
static uint16_t mu_pool_pick(const ld_Module *m, uint32_t tags) {
    if (!m->npool) return 0;
    uint32_t start = 1 + mu_below(m->npool);
    for (uint32_t k = 0; k < m->npool; k++) {
        uint32_t i = 1 + (start - 1 + k) % m->npool;
        if (tags & (1u << m->pool[i].tag)) return (uint16_t)i;
    }
    return 0;
}

static const char *const mu_names[] = {
    "java/lang/Object", "java/lang/String", "java/lang/Throwable", "java/lang/Class",
    "java/lang/System", "java/lang/Integer", "java/lang/Cloneable", "java/lang/Exception",
    "java/lang/RuntimeException", "java/lang/Error", "java/lang/OutOfMemoryError",
    "java/lang/StackOverflowError", "java/lang/NullPointerException",
    "java/lang/StringBuilder", "java/lang/Math", "java/io/PrintStream",
    "java/lang/ArrayIndexOutOfBoundsException", "java/lang/ClassCastException",
    "[I", "[J", "[D", "[F", "[B", "[Z", "[C", "[S", "[[I", "[Ljava/lang/Object;",
    "[Ljava/lang/String;", "[[Ljava/lang/Object;", "[[[[[[[[I",
    "<init>", "<clinit>", "main", "exit", "out", "err", "println", "print", "toString",
    "hashCode", "equals", "value", "hash", "detailMessage", "cause", "backtrace",
    "arraycopy", "getClass", "getName", "intern", "concat", "append", "fillInStackTrace",
    "printStackTrace", "gc", "identityHashCode", "charAt", "valueOf", "parseInt",
    "()V", "(I)V", "(J)V", "(D)V", "(F)V", "()I", "()J", "()Ljava/lang/String;",
    "(Ljava/lang/String;)V", "(Ljava/lang/Object;)V", "(Ljava/lang/Object;)Z",
    "([Ljava/lang/String;)V", "(Ljava/lang/Object;ILjava/lang/Object;II)V",
    "()Ljava/lang/Class;", "()Ljava/lang/Throwable;", "(I)C",
    "I", "J", "F", "D", "Z", "B", "C", "S", "Ljava/lang/Object;", "Ljava/lang/String;",
    "Ljava/io/PrintStream;", "[I", "[Ljava/lang/Object;", "Ljava/lang/Throwable;",
};

static void mu_set_utf8(ld_Const *k, const char *s, uint32_t len) {
    char *b = malloc((size_t)len + 1);
    if (!b) return;
    memcpy(b, s, len);
    b[len] = 0;
    free(k->u.utf8.bytes);
    k->u.utf8.bytes = b;
    k->u.utf8.len = len;
}

static void mu_pool(ld_Module *m) {
    if (!m->npool) return;
    ld_Const *k = &m->pool[1 + mu_below(m->npool)];
    static const int32_t ints[] = {0, 1, -1, 2, 7, 8, 16, 255, 256, 65535, 65536, -128, -129,
                                   0x7fffffff, (int32_t)0x80000000, 0x3fffffff, 1 << 20, 1 << 24};
    switch (k->tag) {
    case LD_C_INT:
        k->u.i = mu_below(4) ? ints[mu_below(sizeof ints / sizeof ints[0])] : (int32_t)mu_rand();
        break;
    case LD_C_LONG:
        k->u.j = mu_below(2) ? ints[mu_below(sizeof ints / sizeof ints[0])]
                             : (int64_t)(((uint64_t)mu_rand() << 32) | mu_rand());
        if (mu_below(4) == 0) k->u.j = mu_below(2) ? INT64_MIN : INT64_MAX;
        break;
    case LD_C_FLOAT: {
        static const uint32_t f[] = {0x7fc00000, 0x7f800000, 0xff800000, 0x80000000, 0x4f000000,
                                     0xcf000000, 0x5f000000, 0x00000001, 0x3f800000};
        k->u.f = mu_below(4) ? f[mu_below(sizeof f / sizeof f[0])] : mu_rand();
        break;
    }
    case LD_C_DOUBLE: {
        static const uint64_t d[] = {0x7ff8000000000000ull, 0x7ff0000000000000ull,
                                     0xfff0000000000000ull, 0x8000000000000000ull,
                                     0x41e0000000000000ull, 0xc3e0000000000000ull,
                                     0x43e0000000000000ull, 0x0000000000000001ull,
                                     0x3ff0000000000000ull, 0x7fefffffffffffffull};
        k->u.d = mu_below(4) ? d[mu_below(sizeof d / sizeof d[0])]
                             : ((uint64_t)mu_rand() << 32) | mu_rand();
        break;
    }
    case LD_C_UTF8:
        switch (mu_below(3)) {
        case 0: {
            const char *s = mu_names[mu_below(sizeof mu_names / sizeof mu_names[0])];
            mu_set_utf8(k, s, (uint32_t)strlen(s));
            break;
        }
        case 1: {
            uint16_t o = mu_pool_pick(m, 1u << LD_C_UTF8);
            if (o && &m->pool[o] != k) {
                char *copy = malloc((size_t)m->pool[o].u.utf8.len + 1);
                if (!copy) break;
                memcpy(copy, m->pool[o].u.utf8.bytes, m->pool[o].u.utf8.len);
                mu_set_utf8(k, copy, m->pool[o].u.utf8.len);
                free(copy);
            }
            break;
        }
        default: {
            size_t cap = (size_t)k->u.utf8.len * 2 + 16;
            if (cap > 4096) cap = k->u.utf8.len + 16;
            char *b = malloc(cap + 1);
            if (!b) break;
            memcpy(b, k->u.utf8.bytes, k->u.utf8.len);
            size_t n = LLVMFuzzerMutate((uint8_t *)b, k->u.utf8.len, cap);
            b[n] = 0;
            free(k->u.utf8.bytes);
            k->u.utf8.bytes = b;
            k->u.utf8.len = (uint32_t)n;
        }
        }
        break;
    case LD_C_CLASS:
    case LD_C_STRING:
        k->u.ref = mu_pool_pick(m, 1u << LD_C_UTF8);
        break;
    case LD_C_FIELD:
    case LD_C_METHOD:
        switch (mu_below(3)) {
        case 0: k->u.member.cls = mu_pool_pick(m, 1u << LD_C_CLASS); break;
        case 1: k->u.member.name = mu_pool_pick(m, 1u << LD_C_UTF8); break;
        default: k->u.member.desc = mu_pool_pick(m, 1u << LD_C_UTF8); break;
        }
        break;
    }
}

/* ---- code ---- */

/* A random method with code (NULL if the module has none). */
static ld_Method *mu_method_with_code(ld_Module *m) {
    uint32_t total = 0;
    for (uint32_t c = 0; c < m->nclasses; c++)
        for (uint32_t i = 0; i < m->classes[c].nmethods; i++)
            if (m->classes[c].methods[i].code_len) total++;
    if (!total) return NULL;
    uint32_t pick = mu_below(total);
    for (uint32_t c = 0; c < m->nclasses; c++)
        for (uint32_t i = 0; i < m->classes[c].nmethods; i++)
            if (m->classes[c].methods[i].code_len && pick-- == 0) return &m->classes[c].methods[i];
    return NULL;
}

/* Instruction starts of a method's code (the reader checked that it decodes). */
static uint32_t *mu_insns(const ld_Method *me, uint32_t *n) {
    uint32_t *pcs = malloc(sizeof(uint32_t) * (me->code_len + 1));
    *n = 0;
    if (!pcs) return NULL;
    for (uint32_t pc = 0; pc < me->code_len;) {
        uint32_t len = op_decode_length(me->code, me->code_len, pc);
        if (!len) break;
        pcs[(*n)++] = pc;
        pc += len;
    }
    return pcs;
}

static uint16_t mu_pool_operand(const ld_Module *m, int fmt) {
    switch (fmt) {
    case OPF_CONST:
        return mu_pool_pick(m, (1u << LD_C_INT) | (1u << LD_C_FLOAT) | (1u << LD_C_LONG) |
                                   (1u << LD_C_DOUBLE) | (1u << LD_C_STRING) | (1u << LD_C_CLASS));
    case OPF_CLASS:
    case OPF_MULTI: return mu_pool_pick(m, 1u << LD_C_CLASS);
    case OPF_FIELD: return mu_pool_pick(m, 1u << LD_C_FIELD);
    case OPF_METHOD: return mu_pool_pick(m, 1u << LD_C_METHOD);
    }
    return 0;
}

static void mu_put_u16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }
static void mu_put_s32(uint8_t *p, int32_t v) {
    uint32_t u = (uint32_t)v;
    p[0] = (uint8_t)u, p[1] = (uint8_t)(u >> 8), p[2] = (uint8_t)(u >> 16), p[3] = (uint8_t)(u >> 24);
}

/* Changes one instruction in place: opcode (same format) or an operand. */
static void mu_insn_in_place(ld_Module *m, ld_Method *me, const uint32_t *pcs, uint32_t n) {
    uint32_t pc = pcs[mu_below(n)];
    uint8_t *ip = me->code + pc;
    const op_Info *in = &op_info[*ip];
    if (mu_below(2) == 0 && in->length) { /* another opcode of the same format */
        uint32_t start = mu_below(OP__COUNT);
        for (uint32_t k = 1; k < OP__COUNT; k++) {
            uint32_t o = (start + k) % OP__COUNT;
            if (op_info[o].format == in->format && op_info[o].length == in->length && o != *ip) {
                *ip = (uint8_t)o;
                return;
            }
        }
        return;
    }
    switch (in->format) {
    case OPF_S1: ip[1] = (uint8_t)mu_rand(); break;
    case OPF_S2: mu_put_u16(ip + 1, (uint16_t)(mu_below(2) ? mu_rand() : (uint16_t)(mu_below(5) - 2))); break;
    case OPF_LOCAL: mu_put_u16(ip + 1, (uint16_t)(mu_below(8) ? mu_below(me->max_locals + 2u) : mu_rand())); break;
    case OPF_IINC:
        if (mu_below(2)) mu_put_u16(ip + 1, (uint16_t)mu_below(me->max_locals + 2u));
        else mu_put_u16(ip + 3, (uint16_t)mu_rand());
        break;
    case OPF_BRANCH: mu_put_s32(ip + 1, (int32_t)(pcs[mu_below(n)] - pc)); break;
    case OPF_ATYPE: ip[1] = (uint8_t)(4 + mu_below(8)); break;
    case OPF_MULTI:
        if (mu_below(2)) ip[3] = (uint8_t)(1 + mu_below(4));
        else mu_put_u16(ip + 1, mu_pool_operand(m, in->format));
        break;
    case OPF_CONST: case OPF_CLASS: case OPF_FIELD: case OPF_METHOD: {
        uint16_t k = mu_pool_operand(m, in->format);
        if (k) mu_put_u16(ip + 1, k);
        break;
    }
    case OPF_TABLESWITCH: {
        int32_t lo = op_s32(ip + 5), hi = op_s32(ip + 9);
        uint32_t cases = (uint32_t)((int64_t)hi - lo + 1);
        uint32_t which = mu_below(cases + 2);
        if (which == cases + 1) { /* shift the key range */
            int32_t d = (int32_t)mu_rand();
            if (((int64_t)lo + d) >= INT32_MIN && ((int64_t)hi + d) <= INT32_MAX)
                mu_put_s32(ip + 5, lo + d), mu_put_s32(ip + 9, hi + d);
        } else {
            mu_put_s32(ip + 1 + (which == cases ? 0 : 12 + 4 * which), (int32_t)(pcs[mu_below(n)] - pc));
        }
        break;
    }
    case OPF_LOOKUPSWITCH: {
        uint32_t cases = op_u32(ip + 5);
        uint32_t which = mu_below(cases + 1);
        mu_put_s32(ip + 1 + (which == cases ? 0 : 12 + 8 * which), (int32_t)(pcs[mu_below(n)] - pc));
        break;
    }
    }
}

/* Where an old pc goes after [at, at+del) is replaced by ins bytes. */
static uint32_t mu_map(uint32_t x, uint32_t at, uint32_t del, uint32_t ins) {
    if (x < at) return x;
    if (x >= at + del) return x - del + ins;
    return at;
}

/* Rewrites every relative target of the instruction at new_pc (decoded from old_pc in
 * the old code) through mu_map. */
static void mu_reloc(uint8_t *nc, uint32_t new_pc, const uint8_t *oc, uint32_t old_pc,
                     uint32_t at, uint32_t del, uint32_t ins) {
    const op_Info *in = &op_info[oc[old_pc]];
    const uint8_t *op = oc + old_pc;
    uint8_t *np = nc + new_pc;
#define MU_FIX(off)                                                                        \
    mu_put_s32(np + (off), (int32_t)(mu_map((uint32_t)((int64_t)old_pc + op_s32(op + (off))), at, del, ins) - new_pc))
    if (in->format == OPF_BRANCH) {
        MU_FIX(1);
    } else if (in->format == OPF_TABLESWITCH) {
        MU_FIX(1);
        uint32_t cases = (uint32_t)((int64_t)op_s32(op + 9) - op_s32(op + 5) + 1);
        for (uint32_t i = 0; i < cases; i++) MU_FIX(13 + 4 * i);
    } else if (in->format == OPF_LOOKUPSWITCH) {
        MU_FIX(1);
        uint32_t cases = op_u32(op + 5);
        for (uint32_t i = 0; i < cases; i++) MU_FIX(13 + 8 * i);
    }
#undef MU_FIX
}

/* Replaces the instructions [at, at+del) of me by ins bytes, relocating branches,
 * switches, handlers and line entries. */
static void mu_splice(ld_Method *me, const uint32_t *pcs, uint32_t n, uint32_t at, uint32_t del,
                      const uint8_t *ins, uint32_t inslen) {
    uint32_t nl = me->code_len - del + inslen;
    if (!nl || nl > (1u << 20)) return;
    uint8_t *nc = malloc(nl);
    if (!nc) return;
    memcpy(nc, me->code, at);
    if (inslen) memcpy(nc + at, ins, inslen);
    memcpy(nc + at + inslen, me->code + at + del, me->code_len - at - del);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t pc = pcs[i];
        if (pc >= at && pc < at + del) continue;
        mu_reloc(nc, mu_map(pc, at, del, inslen), me->code, pc, at, del, inslen);
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < me->nhandlers; i++) {
        ld_Handler h = me->handlers[i];
        h.start = mu_map(h.start, at, del, inslen);
        h.end = h.end >= me->code_len ? nl : mu_map(h.end, at, del, inslen);
        h.handler = mu_map(h.handler, at, del, inslen);
        if (h.start < h.end && h.handler < nl) me->handlers[k++] = h;
    }
    me->nhandlers = (uint16_t)k;
    k = 0;
    for (uint32_t i = 0; i < me->nlines; i++) {
        ld_Line l = me->lines[i];
        l.pc = mu_map(l.pc, at, del, inslen);
        if (l.pc < nl) me->lines[k++] = l;
    }
    me->nlines = (uint16_t)k;
    free(me->code);
    me->code = nc;
    me->code_len = nl;
}

static void mu_code(ld_Module *m) {
    ld_Method *me = mu_method_with_code(m);
    if (!me) return;
    uint32_t n;
    uint32_t *pcs = mu_insns(me, &n);
    if (!pcs || !n) {
        free(pcs);
        return;
    }
    pcs[n] = me->code_len;
    switch (mu_below(10)) {
    case 0: case 1: case 2: case 3:
        mu_insn_in_place(m, me, pcs, n);
        break;
    case 4: case 5: { /* insert a copy of an instruction of some method */
        ld_Method *src = mu_method_with_code(m);
        uint32_t sn;
        uint32_t *spcs = mu_insns(src, &sn);
        if (spcs && sn) {
            uint32_t i = mu_below(sn);
            uint32_t len = (i + 1 < sn ? spcs[i + 1] : src->code_len) - spcs[i];
            uint8_t *copy = malloc(len);
            if (copy) {
                memcpy(copy, src->code + spcs[i], len);
                uint32_t at = pcs[mu_below(n + 1)];
                /* copied branches and switches would jump relative to their old place: aim
                 * them at instructions here (old pc p is at mu_map(p) after the insertion) */
                int fmt = op_info[copy[0]].format;
#define MU_AIM(off) mu_put_s32(copy + (off), (int32_t)(mu_map(pcs[mu_below(n)], at, 0, len) - at))
                if (fmt == OPF_BRANCH || fmt == OPF_TABLESWITCH || fmt == OPF_LOOKUPSWITCH) MU_AIM(1);
                if (fmt == OPF_TABLESWITCH)
                    for (uint32_t k = 13; k + 4 <= len; k += 4) MU_AIM(k);
                if (fmt == OPF_LOOKUPSWITCH)
                    for (uint32_t k = 13; k + 4 <= len; k += 8) MU_AIM(k);
#undef MU_AIM
                mu_splice(me, pcs, n, at, 0, copy, len);
                free(copy);
            }
        }
        free(spcs);
        break;
    }
    case 6: { /* insert a random one-byte instruction */
        uint8_t op;
        do op = (uint8_t)mu_below(OP__COUNT);
        while (op_info[op].format != OPF_NONE);
        mu_splice(me, pcs, n, pcs[mu_below(n + 1)], 0, &op, 1);
        break;
    }
    case 7: { /* delete an instruction */
        if (n < 2) break;
        uint32_t i = mu_below(n);
        mu_splice(me, pcs, n, pcs[i], pcs[i + 1] - pcs[i], NULL, 0);
        break;
    }
    case 8: { /* bytes */
        size_t cap = me->code_len * 2 + 16;
        uint8_t *b = malloc(cap);
        if (!b) break;
        memcpy(b, me->code, me->code_len);
        size_t len = LLVMFuzzerMutate(b, me->code_len, cap);
        if (len) {
            free(me->code);
            me->code = b;
            me->code_len = (uint32_t)len;
            uint32_t k = 0;
            for (uint32_t i = 0; i < me->nhandlers; i++)
                if (me->handlers[i].end <= len && me->handlers[i].handler < len) me->handlers[k++] = me->handlers[i];
            me->nhandlers = (uint16_t)k;
            k = 0;
            for (uint32_t i = 0; i < me->nlines; i++)
                if (me->lines[i].pc < len) me->lines[k++] = me->lines[i];
            me->nlines = (uint16_t)k;
        } else {
            free(b);
        }
        break;
    }
    default: { /* swap with the code of another method */
        ld_Method *o = mu_method_with_code(m);
        if (o && o != me) {
            ld_Method t = *me;
            me->max_stack = o->max_stack, me->max_locals = o->max_locals;
            me->code_len = o->code_len, me->code = o->code;
            me->nhandlers = o->nhandlers, me->handlers = o->handlers;
            me->nlines = o->nlines, me->lines = o->lines;
            o->max_stack = t.max_stack, o->max_locals = t.max_locals;
            o->code_len = t.code_len, o->code = t.code;
            o->nhandlers = t.nhandlers, o->handlers = t.handlers;
            o->nlines = t.nlines, o->lines = t.lines;
        }
    }
    }
    free(pcs);
}

/* ---- declarations ---- */

static uint16_t mu_flip_flag(uint16_t flags, uint16_t known) {
    uint16_t bits[16];
    int n = 0;
    for (int i = 0; i < 16; i++)
        if (known & (1u << i)) bits[n++] = (uint16_t)(1u << i);
    return n ? (uint16_t)(flags ^ bits[mu_below((uint32_t)n)]) : flags;
}

static void mu_decl(ld_Module *m) {
    if (!m->nclasses) return;
    ld_Class *c = &m->classes[mu_below(m->nclasses)];
    switch (mu_below(9)) {
    case 0: c->flags = mu_flip_flag(c->flags, LD_CLASS_FLAGS); break;
    case 1: c->super_class = mu_below(8) ? mu_pool_pick(m, 1u << LD_C_CLASS) : 0; break;
    case 2:
        if (c->ninterfaces) c->interfaces[mu_below(c->ninterfaces)] = mu_pool_pick(m, 1u << LD_C_CLASS);
        break;
    case 3:
        m->main_class = m->classes[mu_below(m->nclasses)].this_class;
        break;
    case 4:
        if (c->nfields) {
            ld_Field *f = &c->fields[mu_below(c->nfields)];
            switch (mu_below(3)) {
            case 0: f->flags = mu_flip_flag(f->flags, LD_FIELD_FLAGS); break;
            case 1: f->desc = mu_pool_pick(m, 1u << LD_C_UTF8); break;
            default: f->constval = mu_below(2) ? 0 : mu_pool_pick(m, (0xfu << LD_C_INT) | (1u << LD_C_STRING)); break;
            }
        }
        break;
    case 5: case 6:
        if (c->nmethods) {
            ld_Method *me = &c->methods[mu_below(c->nmethods)];
            switch (mu_below(5)) {
            case 0: me->flags = mu_flip_flag(me->flags, LD_METHOD_FLAGS & ~(LD_ACC_NATIVE | LD_ACC_ABSTRACT)); break;
            case 1: me->desc = mu_pool_pick(m, 1u << LD_C_UTF8); break;
            case 2: me->max_stack = (uint16_t)(mu_below(4) ? me->max_stack + mu_below(5) - 2 : mu_rand()); break;
            case 3: me->max_locals = (uint16_t)(mu_below(4) ? me->max_locals + mu_below(5) - 2 : mu_rand()); break;
            default: me->name = mu_pool_pick(m, 1u << LD_C_UTF8); break;
            }
        }
        break;
    default: { /* handlers */
        ld_Method *me = mu_method_with_code(m);
        if (!me || !me->nhandlers) break;
        ld_Handler *h = &me->handlers[mu_below(me->nhandlers)];
        uint32_t n;
        uint32_t *pcs = mu_insns(me, &n);
        if (pcs && n) {
            pcs[n] = me->code_len;
            switch (mu_below(4)) {
            case 0: h->start = pcs[mu_below(n)]; break;
            case 1: h->end = pcs[1 + mu_below(n)]; break;
            case 2: h->handler = pcs[mu_below(n)]; break;
            default: h->catch_type = mu_below(4) ? mu_pool_pick(m, 1u << LD_C_CLASS) : 0; break;
            }
            if (h->start >= h->end) h->start = 0;
        }
        free(pcs);
    }
    }
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
    mu_state = ((uint64_t)seed << 1) | 1;
    mu_rand();
    if (mu_below(4) == 0) return LLVMFuzzerMutate(data, size, max_size);
    char err[256];
    ld_Module *m = ld_read(data, size, "mutant", err, sizeof err);
    if (!m) return LLVMFuzzerMutate(data, size, max_size);
    uint32_t rounds = 1 + (mu_below(4) == 0 ? mu_below(4) : 0);
    for (uint32_t r = 0; r < rounds; r++) {
        uint32_t what = mu_below(10);
        if (what < 6) mu_code(m);
        else if (what < 8) mu_pool(m);
        else mu_decl(m);
    }
    uint8_t *out = NULL;
    size_t len = 0;
    int rc = ld_write(m, &out, &len);
    ld_module_free(m);
    if (rc != 0 || len > max_size || len == 0) {
        free(out);
        return LLVMFuzzerMutate(data, size, max_size);
    }
    memcpy(data, out, len);
    free(out);
    return len;
}

#endif

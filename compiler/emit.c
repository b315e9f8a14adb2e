/* emit.c: bytecode buffer with labels and stack-depth tracking (see emit.h). */
#include "emit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CC_MAX_CODE (1u << 24)

static void *grow(void *p, uint32_t *cap, uint32_t need, size_t size) {
    if (need <= *cap) return p;
    uint32_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *q = realloc(p, (size_t)nc * size);
    if (!q) {
        fprintf(stderr, "oakc: out of memory\n");
        exit(1);
    }
    *cap = nc;
    return q;
}

void cc_code_init(cc_Code *c, uint32_t nargs_slots) {
    memset(c, 0, sizeof *c);
    c->max_locals = nargs_slots;
    c->reachable = 1;
}

void cc_code_free(cc_Code *c) {
    free(c->b);
    free(c->labels);
    free(c->fixups);
    free(c->handlers);
    free(c->lines);
    memset(c, 0, sizeof *c);
}

static void put(cc_Code *c, const void *p, uint32_t n) {
    if (c->n + n > CC_MAX_CODE) {
        c->error = 1;
        return;
    }
    c->b = grow(c->b, &c->cap, c->n + n, 1);
    memcpy(c->b + c->n, p, n);
    c->n += n;
}
static void put8(cc_Code *c, uint8_t v) { put(c, &v, 1); }
static void put16(cc_Code *c, uint16_t v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    put(c, b, 2);
}
static void put32(cc_Code *c, uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(c, b, 4);
}

static void effect(cc_Code *c, int pops, int pushes) {
    c->depth -= pops;
    if (c->depth < 0) c->depth = 0; /* only after a generator bug; the verifier would say */
    c->depth += pushes;
    if (c->depth > c->max_depth) c->max_depth = c->depth;
}

static int ends_flow(op_Code op) {
    return op == OP_goto || op == OP_athrow || op == OP_tableswitch || op == OP_lookupswitch ||
           (op >= OP_ireturn && op <= OP_return);
}

static void start(cc_Code *c, op_Code op) {
    put8(c, (uint8_t)op);
    if (op_info[op].npops >= 0 && op_info[op].npushes >= 0) effect(c, op_info[op].npops, op_info[op].npushes);
}

static void after(cc_Code *c, op_Code op) {
    if (ends_flow(op)) c->reachable = 0;
}

void cc_op(cc_Code *c, op_Code op) {
    start(c, op);
    after(c, op);
}
void cc_op_u8(cc_Code *c, op_Code op, uint8_t v) {
    start(c, op);
    put8(c, v);
}
void cc_op_u16(cc_Code *c, op_Code op, uint16_t v) {
    start(c, op);
    put16(c, v);
    if (op_info[op].format == OPF_LOCAL) cc_use_local(c, v);
}
void cc_op_pool(cc_Code *c, op_Code op, uint16_t idx, int delta) {
    put8(c, (uint8_t)op);
    put16(c, idx);
    if (delta >= 0) effect(c, 0, delta);
    else effect(c, -delta, 0);
}
void cc_iinc(cc_Code *c, uint16_t local, int16_t by) {
    start(c, OP_iinc);
    put16(c, local);
    put16(c, (uint16_t)by);
    cc_use_local(c, local);
}
void cc_multianewarray(cc_Code *c, uint16_t cls, uint8_t dims) {
    put8(c, OP_multianewarray);
    put16(c, cls);
    put8(c, dims);
    effect(c, dims, 1);
}

void cc_push_int(cc_Code *c, ld_Module *m, int32_t v) {
    if (v >= -1 && v <= 5) cc_op(c, (op_Code)(OP_iconst_0 + v));
    else if (v >= -128 && v <= 127) cc_op_u8(c, OP_bipush, (uint8_t)(int8_t)v);
    else if (v >= -32768 && v <= 32767) cc_op_u16(c, OP_sipush, (uint16_t)(int16_t)v);
    else cc_op_pool(c, OP_ldc, ld_pool_int(m, v), 1);
}
void cc_push_long(cc_Code *c, ld_Module *m, int64_t v) {
    if (v == 0 || v == 1) cc_op(c, (op_Code)(OP_lconst_0 + v));
    else cc_op_pool(c, OP_ldc, ld_pool_long(m, v), 1);
}
void cc_push_float(cc_Code *c, ld_Module *m, float v) {
    if ((v == 0 && !signbit(v)) || v == 1 || v == 2) {
        cc_op(c, (op_Code)(OP_fconst_0 + (int)v));
        return;
    }
    uint32_t bits;
    memcpy(&bits, &v, 4);
    cc_op_pool(c, OP_ldc, ld_pool_float(m, bits), 1);
}
void cc_push_double(cc_Code *c, ld_Module *m, double v) {
    if ((v == 0 && !signbit(v)) || v == 1) {
        cc_op(c, (op_Code)(OP_dconst_0 + (int)v));
        return;
    }
    uint64_t bits;
    memcpy(&bits, &v, 8);
    cc_op_pool(c, OP_ldc, ld_pool_double(m, bits), 1);
}

uint32_t cc_label(cc_Code *c) {
    c->labels = grow(c->labels, &c->labels_cap, c->nlabels + 1, sizeof(cc_Label));
    c->labels[c->nlabels] = (cc_Label){-1, -1};
    return c->nlabels++;
}

static void note_depth(cc_Code *c, uint32_t label) {
    if (c->reachable && c->labels[label].depth < 0) c->labels[label].depth = c->depth;
}

void cc_place(cc_Code *c, uint32_t label) {
    cc_Label *l = &c->labels[label];
    l->pc = (int32_t)c->n;
    if (c->reachable) {
        if (l->depth < 0) l->depth = c->depth;
    } else if (l->depth >= 0) {
        c->depth = l->depth;
    }
    c->reachable = 1;
}

void cc_branch(cc_Code *c, op_Code op, uint32_t label) {
    uint32_t from = c->n;
    start(c, op);
    note_depth(c, label);
    c->fixups = grow(c->fixups, &c->fixups_cap, c->nfixups + 1, sizeof(cc_Fixup));
    c->fixups[c->nfixups++] = (cc_Fixup){c->n, from, label};
    put32(c, 0);
    after(c, op);
}

void cc_switch(cc_Code *c, const int32_t *keys, const uint32_t *labels, uint32_t n, uint32_t dflt) {
    uint32_t from = c->n;
    /* javac's rule: tableswitch if space + 3 * time is no worse than lookupswitch's */
    int64_t range = n ? (int64_t)keys[n - 1] - keys[0] + 1 : 0;
    int table = n > 0 && (4 + range) + 3 * 3 <= (3 + 2 * (int64_t)n) + 3 * (int64_t)n;
    start(c, table ? OP_tableswitch : OP_lookupswitch);
    for (uint32_t i = 0; i < n; i++) note_depth(c, labels[i]);
    note_depth(c, dflt);
#define FIX(lbl)                                                                           \
    do {                                                                                   \
        c->fixups = grow(c->fixups, &c->fixups_cap, c->nfixups + 1, sizeof(cc_Fixup));     \
        c->fixups[c->nfixups++] = (cc_Fixup){c->n, from, (lbl)};                           \
        put32(c, 0);                                                                       \
    } while (0)
    FIX(dflt);
    if (table) {
        put32(c, (uint32_t)keys[0]);
        put32(c, (uint32_t)keys[n - 1]);
        uint32_t k = 0;
        for (int64_t v = keys[0]; v <= keys[n - 1]; v++) {
            if (k < n && keys[k] == v) FIX(labels[k++]);
            else FIX(dflt);
        }
    } else {
        put32(c, n);
        for (uint32_t i = 0; i < n; i++) {
            put32(c, (uint32_t)keys[i]);
            FIX(labels[i]);
        }
    }
#undef FIX
    c->reachable = 0;
}

void cc_use_local(cc_Code *c, uint32_t slot) {
    if (slot + 1 > c->max_locals) c->max_locals = slot + 1;
}

void cc_set_depth(cc_Code *c, int32_t depth) {
    c->depth = depth;
    if (depth > c->max_depth) c->max_depth = depth;
}

void cc_handler(cc_Code *c, uint32_t start_label, uint32_t end_label, uint32_t handler_label, uint16_t catch_type) {
    c->handlers = grow(c->handlers, &c->handlers_cap, c->nhandlers + 1, sizeof(ld_Handler));
    c->handlers[c->nhandlers++] = (ld_Handler){start_label, end_label, handler_label, catch_type};
    c->labels[handler_label].depth = 1;
}

void cc_line(cc_Code *c, uint32_t line) {
    if (line == 0 || line == c->last_line) return;
    if (c->nlines && c->lines[c->nlines - 1].pc == c->n) {
        c->lines[c->nlines - 1].line = line; /* nothing emitted since the last line */
    } else {
        c->lines = grow(c->lines, &c->lines_cap, c->nlines + 1, sizeof(ld_Line));
        c->lines[c->nlines++] = (ld_Line){c->n, line};
    }
    c->last_line = line;
}

int cc_code_finish(cc_Code *c, ld_Method *m, char *err, size_t errlen) {
    if (c->error || c->max_locals > 65535 || c->max_depth > 65535) {
        snprintf(err, errlen, "code too large");
        return -1;
    }
    for (uint32_t i = 0; i < c->nfixups; i++) {
        cc_Fixup *f = &c->fixups[i];
        int32_t pc = c->labels[f->label].pc;
        if (pc < 0) {
            snprintf(err, errlen, "internal: label %u never placed", f->label);
            return -1;
        }
        uint32_t off = (uint32_t)(pc - (int32_t)f->from);
        c->b[f->at] = (uint8_t)off;
        c->b[f->at + 1] = (uint8_t)(off >> 8);
        c->b[f->at + 2] = (uint8_t)(off >> 16);
        c->b[f->at + 3] = (uint8_t)(off >> 24);
    }
    /* handlers: drop empty ranges (javac does too), translate labels to pcs */
    uint32_t nh = 0;
    for (uint32_t i = 0; i < c->nhandlers; i++) {
        ld_Handler h = c->handlers[i];
        int32_t s = c->labels[h.start].pc, e = c->labels[h.end].pc, hp = c->labels[h.handler].pc;
        if (s < 0 || e < 0 || hp < 0) {
            snprintf(err, errlen, "internal: handler label never placed");
            return -1;
        }
        if (s >= e) continue;
        c->handlers[nh++] = (ld_Handler){(uint32_t)s, (uint32_t)e, (uint32_t)hp, h.catch_type};
    }
    if (nh > 65535 || c->nlines > 65535) {
        snprintf(err, errlen, "code too large");
        return -1;
    }
    m->max_stack = (uint16_t)c->max_depth;
    m->max_locals = (uint16_t)c->max_locals;
    m->code_len = c->n;
    m->code = c->b;
    m->nhandlers = (uint16_t)nh;
    m->handlers = c->handlers;
    m->nlines = (uint16_t)c->nlines;
    m->lines = c->lines;
    c->b = NULL;
    c->handlers = NULL;
    c->lines = NULL;
    free(c->labels);
    free(c->fixups);
    c->labels = NULL;
    c->fixups = NULL;
    return 0;
}

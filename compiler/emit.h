/* emit.h: the code generator's bytecode buffer: instructions, labels, stack depth,
 * exception handlers and line numbers for one method.
 *
 * Why: code generation should think in instructions and labels, never in byte offsets or
 * stack arithmetic. The buffer tracks the operand-stack depth from the opcode table (the
 * caller states the effect only for the operand-dependent instructions: calls, field
 * accesses, ldc, multianewarray), so max_stack is exact by construction; forward branches
 * are patched when their label is placed. Code after an unconditional jump is unreachable
 * until a label is placed, and its depth is the label's.
 */
#ifndef OAK_EMIT_H
#define OAK_EMIT_H

#include <stdint.h>

#include "module.h"
#include "opcodes.h"

typedef struct {
    int32_t pc;    /* -1 until placed */
    int32_t depth; /* stack depth at the label, -1 unknown */
} cc_Label;

typedef struct {
    uint32_t at;   /* offset of the s32 operand to patch */
    uint32_t from; /* pc of the branch instruction */
    uint32_t label;
} cc_Fixup;

typedef struct cc_Code {
    uint8_t *b;
    uint32_t n, cap;
    int32_t depth, max_depth;
    uint32_t max_locals;
    int reachable; /* 0 after goto/return/throw until a label is placed */
    cc_Label *labels;
    uint32_t nlabels, labels_cap;
    cc_Fixup *fixups;
    uint32_t nfixups, fixups_cap;
    ld_Handler *handlers;
    uint32_t nhandlers, handlers_cap;
    ld_Line *lines;
    uint32_t nlines, lines_cap;
    uint32_t last_line;
    int error; /* set when the method grows past the format's limits */
} cc_Code;

void cc_code_init(cc_Code *c, uint32_t nargs_slots);
void cc_code_free(cc_Code *c);

/* Instructions. op() handles every fixed-effect opcode without operands; the others
 * take their operand. Stack effects come from op_info unless given (`delta`). */
void cc_op(cc_Code *c, op_Code op);
void cc_op_u8(cc_Code *c, op_Code op, uint8_t v);            /* newarray, bipush */
void cc_op_u16(cc_Code *c, op_Code op, uint16_t v);          /* locals, pool operands, sipush */
void cc_op_pool(cc_Code *c, op_Code op, uint16_t idx, int delta); /* ldc/field/invoke: explicit effect */
void cc_iinc(cc_Code *c, uint16_t local, int16_t by);
void cc_multianewarray(cc_Code *c, uint16_t cls, uint8_t dims);
/* The shortest instruction pushing an int constant (iconst_*, bipush, sipush, ldc). */
void cc_push_int(cc_Code *c, ld_Module *m, int32_t v);
void cc_push_long(cc_Code *c, ld_Module *m, int64_t v);
void cc_push_float(cc_Code *c, ld_Module *m, float v);
void cc_push_double(cc_Code *c, ld_Module *m, double v);

/* Labels and branches. */
uint32_t cc_label(cc_Code *c);
void cc_place(cc_Code *c, uint32_t label);
void cc_branch(cc_Code *c, op_Code op, uint32_t label);
/* tableswitch/lookupswitch: keys sorted ascending, one label each, plus default. */
void cc_switch(cc_Code *c, const int32_t *keys, const uint32_t *labels, uint32_t n, uint32_t dflt);

/* A local slot (max_locals grows to cover it). */
void cc_use_local(cc_Code *c, uint32_t slot);
/* Stack depth adjustments the generator knows better (e.g. a handler entry pushes one). */
void cc_set_depth(cc_Code *c, int32_t depth);

void cc_handler(cc_Code *c, uint32_t start_label, uint32_t end_label, uint32_t handler_label, uint16_t catch_type);
void cc_line(cc_Code *c, uint32_t line);

/* Resolves branches and writes code, limits, handlers and lines into m. 0, or -1 with a
 * message (unplaced label, method too large). */
int cc_code_finish(cc_Code *c, ld_Method *m, char *err, size_t errlen);

#endif

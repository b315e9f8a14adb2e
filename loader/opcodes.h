/* opcodes.h: the one and only definition of Oak's instruction set.
 *
 * Why: every part of Oak (assembler, disassembler, reader, verifier, interpreter,
 * compiler, JIT) must agree on what an opcode is, how long it is and what it does to the
 * operand stack. Keeping a second list "in the same order" anywhere is how VMs rot, so the
 * list lives here once, as an X-macro, and everything else is generated from it (the
 * QuickJS quickjs-opcode.h idea).
 *
 * OP(name, length, format, pops, pushes)
 *   name    lower-case mnemonic; the enum is OP_<name>, the text is "<name>".
 *   length  encoded size in bytes including the opcode byte; 0 = variable (switches).
 *   format  how the operand bytes are laid out (OPF_*, below).
 *   pops    what the instruction takes from the stack, bottom to top, one char a slot:
 *           I int, J long, F float, D double, A reference; w x y z are "any one slot"
 *           type variables (used by the stack shufflers); "*" = depends on the operand
 *           (field/method descriptor, constant type) and is computed by the consumer.
 *   pushes  what it leaves, same notation.
 *
 * Every stack and local slot is 64 bits, so long and double take one slot like int.
 * Operands are little-endian. Branch offsets are signed 32-bit, relative to the address of
 * the branch instruction's own opcode byte. Pool indices are u16 and 1-based.
 */
#ifndef OAK_OPCODES_H
#define OAK_OPCODES_H

#include <stdint.h>

/* Operand formats. The number after the name in the comment is the total length. */
#define OPF_LIST(F)                                                                        \
    F(NONE)        /* 1: no operand */                                                     \
    F(S1)          /* 2: signed 8-bit immediate */                                         \
    F(S2)          /* 3: signed 16-bit immediate */                                        \
    F(LOCAL)       /* 3: u16 local slot */                                                 \
    F(IINC)        /* 5: u16 local slot, s16 increment */                                  \
    F(BRANCH)      /* 5: s32 relative offset */                                            \
    F(CONST)       /* 3: u16 pool index of INT, FLOAT, LONG, DOUBLE, STRING or CLASS */   \
    F(CLASS)       /* 3: u16 pool index of a CLASS */                                      \
    F(FIELD)       /* 3: u16 pool index of a FIELD */                                      \
    F(METHOD)      /* 3: u16 pool index of a METHOD */                                     \
    F(ATYPE)       /* 2: u8 primitive element type (OAK_T_*) */                            \
    F(MULTI)       /* 4: u16 pool index of an array CLASS, u8 dimensions (>= 1) */        \
    F(TABLESWITCH) /* 13+4n: s32 default, s32 low, s32 high, (high-low+1) x s32 offset */ \
    F(LOOKUPSWITCH) /* 9+8n: s32 default, u32 n, n x (s32 key, s32 offset), keys sorted */

typedef enum {
#define F(n) OPF_##n,
    OPF_LIST(F)
#undef F
        OPF__COUNT
} op_Format;

/* Element types of newarray (the JVM's T_* codes, so researchers recognize them). */
enum {
    OAK_T_BOOLEAN = 4,
    OAK_T_CHAR = 5,
    OAK_T_FLOAT = 6,
    OAK_T_DOUBLE = 7,
    OAK_T_BYTE = 8,
    OAK_T_SHORT = 9,
    OAK_T_INT = 10,
    OAK_T_LONG = 11
};

/* clang-format off */
#define OPCODE_LIST(OP)                                  \
    /* constants */                                      \
    OP(nop,            1, NONE,   "",     "")            \
    OP(aconst_null,    1, NONE,   "",     "A")           \
    OP(iconst_m1,      1, NONE,   "",     "I")           \
    OP(iconst_0,       1, NONE,   "",     "I")           \
    OP(iconst_1,       1, NONE,   "",     "I")           \
    OP(iconst_2,       1, NONE,   "",     "I")           \
    OP(iconst_3,       1, NONE,   "",     "I")           \
    OP(iconst_4,       1, NONE,   "",     "I")           \
    OP(iconst_5,       1, NONE,   "",     "I")           \
    OP(lconst_0,       1, NONE,   "",     "J")           \
    OP(lconst_1,       1, NONE,   "",     "J")           \
    OP(fconst_0,       1, NONE,   "",     "F")           \
    OP(fconst_1,       1, NONE,   "",     "F")           \
    OP(fconst_2,       1, NONE,   "",     "F")           \
    OP(dconst_0,       1, NONE,   "",     "D")           \
    OP(dconst_1,       1, NONE,   "",     "D")           \
    OP(bipush,         2, S1,     "",     "I")           \
    OP(sipush,         3, S2,     "",     "I")           \
    OP(ldc,            3, CONST,  "",     "*")           \
    /* locals */                                         \
    OP(iload,          3, LOCAL,  "",     "I")           \
    OP(lload,          3, LOCAL,  "",     "J")           \
    OP(fload,          3, LOCAL,  "",     "F")           \
    OP(dload,          3, LOCAL,  "",     "D")           \
    OP(aload,          3, LOCAL,  "",     "A")           \
    OP(istore,         3, LOCAL,  "I",    "")            \
    OP(lstore,         3, LOCAL,  "J",    "")            \
    OP(fstore,         3, LOCAL,  "F",    "")            \
    OP(dstore,         3, LOCAL,  "D",    "")            \
    OP(astore,         3, LOCAL,  "A",    "")            \
    OP(iinc,           5, IINC,   "",     "")            \
    /* arrays */                                         \
    OP(iaload,         1, NONE,   "AI",   "I")           \
    OP(laload,         1, NONE,   "AI",   "J")           \
    OP(faload,         1, NONE,   "AI",   "F")           \
    OP(daload,         1, NONE,   "AI",   "D")           \
    OP(aaload,         1, NONE,   "AI",   "A")           \
    OP(baload,         1, NONE,   "AI",   "I")           \
    OP(caload,         1, NONE,   "AI",   "I")           \
    OP(saload,         1, NONE,   "AI",   "I")           \
    OP(iastore,        1, NONE,   "AII",  "")            \
    OP(lastore,        1, NONE,   "AIJ",  "")            \
    OP(fastore,        1, NONE,   "AIF",  "")            \
    OP(dastore,        1, NONE,   "AID",  "")            \
    OP(aastore,        1, NONE,   "AIA",  "")            \
    OP(bastore,        1, NONE,   "AII",  "")            \
    OP(castore,        1, NONE,   "AII",  "")            \
    OP(sastore,        1, NONE,   "AII",  "")            \
    OP(arraylength,    1, NONE,   "A",    "I")           \
    OP(newarray,       2, ATYPE,  "I",    "A")           \
    OP(anewarray,      3, CLASS,  "I",    "A")           \
    OP(multianewarray, 4, MULTI,  "*",    "A")           \
    /* stack shuffling (top of stack is the rightmost char) */ \
    OP(pop,            1, NONE,   "x",    "")            \
    OP(pop2,           1, NONE,   "yx",   "")            \
    OP(dup,            1, NONE,   "x",    "xx")          \
    OP(dup_x1,         1, NONE,   "yx",   "xyx")         \
    OP(dup_x2,         1, NONE,   "zyx",  "xzyx")        \
    OP(dup2,           1, NONE,   "yx",   "yxyx")        \
    OP(dup2_x1,        1, NONE,   "zyx",  "yxzyx")       \
    OP(dup2_x2,        1, NONE,   "wzyx", "yxwzyx")      \
    OP(swap,           1, NONE,   "yx",   "xy")          \
    /* arithmetic */                                     \
    OP(iadd,           1, NONE,   "II",   "I")           \
    OP(ladd,           1, NONE,   "JJ",   "J")           \
    OP(fadd,           1, NONE,   "FF",   "F")           \
    OP(dadd,           1, NONE,   "DD",   "D")           \
    OP(isub,           1, NONE,   "II",   "I")           \
    OP(lsub,           1, NONE,   "JJ",   "J")           \
    OP(fsub,           1, NONE,   "FF",   "F")           \
    OP(dsub,           1, NONE,   "DD",   "D")           \
    OP(imul,           1, NONE,   "II",   "I")           \
    OP(lmul,           1, NONE,   "JJ",   "J")           \
    OP(fmul,           1, NONE,   "FF",   "F")           \
    OP(dmul,           1, NONE,   "DD",   "D")           \
    OP(idiv,           1, NONE,   "II",   "I")           \
    OP(ldiv,           1, NONE,   "JJ",   "J")           \
    OP(fdiv,           1, NONE,   "FF",   "F")           \
    OP(ddiv,           1, NONE,   "DD",   "D")           \
    OP(irem,           1, NONE,   "II",   "I")           \
    OP(lrem,           1, NONE,   "JJ",   "J")           \
    OP(frem,           1, NONE,   "FF",   "F")           \
    OP(drem,           1, NONE,   "DD",   "D")           \
    OP(ineg,           1, NONE,   "I",    "I")           \
    OP(lneg,           1, NONE,   "J",    "J")           \
    OP(fneg,           1, NONE,   "F",    "F")           \
    OP(dneg,           1, NONE,   "D",    "D")           \
    OP(ishl,           1, NONE,   "II",   "I")           \
    OP(lshl,           1, NONE,   "JI",   "J")           \
    OP(ishr,           1, NONE,   "II",   "I")           \
    OP(lshr,           1, NONE,   "JI",   "J")           \
    OP(iushr,          1, NONE,   "II",   "I")           \
    OP(lushr,          1, NONE,   "JI",   "J")           \
    OP(iand,           1, NONE,   "II",   "I")           \
    OP(land,           1, NONE,   "JJ",   "J")           \
    OP(ior,            1, NONE,   "II",   "I")           \
    OP(lor,            1, NONE,   "JJ",   "J")           \
    OP(ixor,           1, NONE,   "II",   "I")           \
    OP(lxor,           1, NONE,   "JJ",   "J")           \
    /* conversions */                                    \
    OP(i2l,            1, NONE,   "I",    "J")           \
    OP(i2f,            1, NONE,   "I",    "F")           \
    OP(i2d,            1, NONE,   "I",    "D")           \
    OP(l2i,            1, NONE,   "J",    "I")           \
    OP(l2f,            1, NONE,   "J",    "F")           \
    OP(l2d,            1, NONE,   "J",    "D")           \
    OP(f2i,            1, NONE,   "F",    "I")           \
    OP(f2l,            1, NONE,   "F",    "J")           \
    OP(f2d,            1, NONE,   "F",    "D")           \
    OP(d2i,            1, NONE,   "D",    "I")           \
    OP(d2l,            1, NONE,   "D",    "J")           \
    OP(d2f,            1, NONE,   "D",    "F")           \
    OP(i2b,            1, NONE,   "I",    "I")           \
    OP(i2c,            1, NONE,   "I",    "I")           \
    OP(i2s,            1, NONE,   "I",    "I")           \
    /* comparisons */                                    \
    OP(lcmp,           1, NONE,   "JJ",   "I")           \
    OP(fcmpl,          1, NONE,   "FF",   "I")           \
    OP(fcmpg,          1, NONE,   "FF",   "I")           \
    OP(dcmpl,          1, NONE,   "DD",   "I")           \
    OP(dcmpg,          1, NONE,   "DD",   "I")           \
    /* branches */                                       \
    OP(ifeq,           5, BRANCH, "I",    "")            \
    OP(ifne,           5, BRANCH, "I",    "")            \
    OP(iflt,           5, BRANCH, "I",    "")            \
    OP(ifge,           5, BRANCH, "I",    "")            \
    OP(ifgt,           5, BRANCH, "I",    "")            \
    OP(ifle,           5, BRANCH, "I",    "")            \
    OP(if_icmpeq,      5, BRANCH, "II",   "")            \
    OP(if_icmpne,      5, BRANCH, "II",   "")            \
    OP(if_icmplt,      5, BRANCH, "II",   "")            \
    OP(if_icmpge,      5, BRANCH, "II",   "")            \
    OP(if_icmpgt,      5, BRANCH, "II",   "")            \
    OP(if_icmple,      5, BRANCH, "II",   "")            \
    OP(if_acmpeq,      5, BRANCH, "AA",   "")            \
    OP(if_acmpne,      5, BRANCH, "AA",   "")            \
    OP(ifnull,         5, BRANCH, "A",    "")            \
    OP(ifnonnull,      5, BRANCH, "A",    "")            \
    OP(goto,           5, BRANCH, "",     "")            \
    OP(tableswitch,    0, TABLESWITCH,  "I", "")         \
    OP(lookupswitch,   0, LOOKUPSWITCH, "I", "")         \
    /* returns */                                        \
    OP(ireturn,        1, NONE,   "I",    "")            \
    OP(lreturn,        1, NONE,   "J",    "")            \
    OP(freturn,        1, NONE,   "F",    "")            \
    OP(dreturn,        1, NONE,   "D",    "")            \
    OP(areturn,        1, NONE,   "A",    "")            \
    OP(return,         1, NONE,   "",     "")            \
    /* fields and methods */                             \
    OP(getstatic,      3, FIELD,  "",     "*")           \
    OP(putstatic,      3, FIELD,  "*",    "")            \
    OP(getfield,       3, FIELD,  "A",    "*")           \
    OP(putfield,       3, FIELD,  "*",    "")            \
    OP(invokevirtual,  3, METHOD, "*",    "*")           \
    OP(invokespecial,  3, METHOD, "*",    "*")           \
    OP(invokestatic,   3, METHOD, "*",    "*")           \
    OP(invokeinterface,3, METHOD, "*",    "*")           \
    /* objects */                                        \
    OP(new,            3, CLASS,  "",     "A")           \
    OP(athrow,         1, NONE,   "A",    "")            \
    OP(checkcast,      3, CLASS,  "A",    "A")           \
    OP(instanceof,     3, CLASS,  "A",    "I")
/* clang-format on */

typedef enum {
#define OP(name, len, fmt, pops, pushes) OP_##name,
    OPCODE_LIST(OP)
#undef OP
        OP__COUNT
} op_Code;

/* Static facts about one opcode, generated from OPCODE_LIST. */
typedef struct {
    const char *name;
    uint8_t length;  /* 0 = variable */
    uint8_t format;  /* op_Format */
    int8_t npops;    /* -1 = depends on operand */
    int8_t npushes;  /* -1 = depends on operand */
    const char *pops;
    const char *pushes;
} op_Info;

extern const op_Info op_info[OP__COUNT];
extern const char *const opf_names[OPF__COUNT];

/* Fixed operand length of a format (0 for the variable-length switches). */
int op_format_length(op_Format f);

/* Looks a mnemonic up; returns -1 if there is none. */
int op_lookup(const char *name, int len);

/* Length of the instruction at code[pc], or 0 if it is malformed or does not fit in
 * [pc, code_len): unknown opcode, truncated operands, or a switch whose table runs past
 * the end or whose bounds are inconsistent (low > high, unsorted lookup keys). */
uint32_t op_decode_length(const uint8_t *code, uint32_t code_len, uint32_t pc);

/* Little-endian operand reads; the caller has checked the bounds. */
static inline uint16_t op_u16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline int16_t op_s16(const uint8_t *p) { return (int16_t)op_u16(p); }
static inline uint32_t op_u32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline int32_t op_s32(const uint8_t *p) { return (int32_t)op_u32(p); }
static inline uint64_t op_u64(const uint8_t *p) {
    return (uint64_t)op_u32(p) | ((uint64_t)op_u32(p + 4) << 32);
}

#endif

/* opcodes.c: tables generated from OPCODE_LIST and the instruction-length decoder. */
#include "opcodes.h"

#include <string.h>

#define STACKN(s) ((s)[0] == '*' ? -1 : (int8_t)(sizeof(s) - 1))

const op_Info op_info[OP__COUNT] = {
#define OP(name, len, fmt, pops, pushes)                                                   \
    {#name, len, OPF_##fmt, STACKN(pops), STACKN(pushes), pops, pushes},
    OPCODE_LIST(OP)
#undef OP
};

const char *const opf_names[OPF__COUNT] = {
#define F(n) #n,
    OPF_LIST(F)
#undef F
};

int op_format_length(op_Format f) {
    switch (f) {
    case OPF_NONE: return 1;
    case OPF_S1: return 2;
    case OPF_ATYPE: return 2;
    case OPF_S2:
    case OPF_LOCAL:
    case OPF_CONST:
    case OPF_CLASS:
    case OPF_FIELD:
    case OPF_METHOD: return 3;
    case OPF_MULTI: return 4;
    case OPF_IINC:
    case OPF_BRANCH: return 5;
    case OPF_TABLESWITCH:
    case OPF_LOOKUPSWITCH:
    case OPF__COUNT: break;
    }
    return 0;
}

int op_lookup(const char *name, int len) {
    for (int i = 0; i < OP__COUNT; i++)
        if ((int)strlen(op_info[i].name) == len && memcmp(op_info[i].name, name, len) == 0)
            return i;
    return -1;
}

uint32_t op_decode_length(const uint8_t *code, uint32_t code_len, uint32_t pc) {
    if (pc >= code_len || code[pc] >= OP__COUNT) return 0;
    const op_Info *in = &op_info[code[pc]];
    uint32_t avail = code_len - pc;
    if (in->length) return in->length <= avail ? in->length : 0;
    if (in->format == OPF_TABLESWITCH) {
        if (avail < 13) return 0;
        int32_t lo = op_s32(code + pc + 5), hi = op_s32(code + pc + 9);
        if (lo > hi) return 0;
        uint64_t n = (uint64_t)((int64_t)hi - lo + 1);
        uint64_t len = 13 + 4 * n;
        return len <= avail ? (uint32_t)len : 0;
    }
    /* lookupswitch */
    if (avail < 9) return 0;
    uint64_t n = op_u32(code + pc + 5);
    uint64_t len = 9 + 8 * n;
    if (len > avail) return 0;
    for (uint64_t i = 1; i < n; i++)
        if (op_s32(code + pc + 9 + 8 * (i - 1)) >= op_s32(code + pc + 9 + 8 * i)) return 0;
    return (uint32_t)len;
}

/* test_opcode.c: the opcode table is consistent with itself and with its formats. */
#include "opcodes.h"
#include "tests.h"

#include <string.h>

static void test_lengths_match_formats(void) {
    for (int i = 0; i < OP__COUNT; i++) {
        const op_Info *in = &op_info[i];
        CU_ASSERT_EQUAL(in->length, op_format_length((op_Format)in->format));
        if (in->length != op_format_length((op_Format)in->format))
            fprintf(stderr, "opcode %s: length %d, format %s\n", in->name, in->length,
                    opf_names[in->format]);
    }
}

static void test_names_unique_and_lookup(void) {
    for (int i = 0; i < OP__COUNT; i++) {
        CU_ASSERT_EQUAL(op_lookup(op_info[i].name, (int)strlen(op_info[i].name)), i);
        for (int j = i + 1; j < OP__COUNT; j++) CU_ASSERT(strcmp(op_info[i].name, op_info[j].name) != 0);
    }
    CU_ASSERT_EQUAL(op_lookup("jsr", 3), -1);
    CU_ASSERT_EQUAL(op_lookup("ret", 3), -1);
    CU_ASSERT(OP__COUNT <= 256);
}

static void test_stack_effects(void) {
    const char *types = "IJFDAwxyz";
    for (int i = 0; i < OP__COUNT; i++) {
        const op_Info *in = &op_info[i];
        const char *s[2] = {in->pops, in->pushes};
        int8_t n[2] = {in->npops, in->npushes};
        for (int k = 0; k < 2; k++) {
            if (s[k][0] == '*') {
                CU_ASSERT_EQUAL(n[k], -1);
                continue;
            }
            CU_ASSERT_EQUAL(n[k], (int)strlen(s[k]));
            for (const char *p = s[k]; *p; p++) CU_ASSERT(strchr(types, *p) != NULL);
        }
        /* a type variable pushed must have been popped */
        if (in->npushes > 0)
            for (const char *p = in->pushes; *p; p++)
                if (*p >= 'w' && *p <= 'z') CU_ASSERT(strchr(in->pops, *p) != NULL);
        /* invocations, field access and switches have operand-dependent effects */
        if (in->format == OPF_METHOD) CU_ASSERT(in->npops == -1 && in->npushes == -1);
        if (in->format == OPF_BRANCH) CU_ASSERT_EQUAL(in->npushes, 0);
    }
    CU_ASSERT_STRING_EQUAL(op_info[OP_iadd].pops, "II");
    CU_ASSERT_STRING_EQUAL(op_info[OP_lshl].pops, "JI");
    CU_ASSERT_STRING_EQUAL(op_info[OP_dup_x1].pushes, "xyx");
}

static void test_decode_length(void) {
    uint8_t code[64] = {0};
    code[0] = OP_iadd;
    CU_ASSERT_EQUAL(op_decode_length(code, 1, 0), 1);
    code[0] = OP_goto;
    CU_ASSERT_EQUAL(op_decode_length(code, 4, 0), 0); /* truncated */
    CU_ASSERT_EQUAL(op_decode_length(code, 5, 0), 5);
    code[0] = 0xFF;
    CU_ASSERT_EQUAL(op_decode_length(code, 5, 0), 0); /* unknown */
    /* tableswitch 1..3 */
    memset(code, 0, sizeof code);
    code[0] = OP_tableswitch;
    code[5] = 1;
    code[9] = 3;
    CU_ASSERT_EQUAL(op_decode_length(code, 25, 0), 25);
    CU_ASSERT_EQUAL(op_decode_length(code, 24, 0), 0);
    code[5] = 4; /* low > high */
    CU_ASSERT_EQUAL(op_decode_length(code, 64, 0), 0);
    /* tableswitch with a huge range must not overflow */
    code[5] = 0x00, code[6] = 0, code[7] = 0, code[8] = 0x80; /* low = INT_MIN */
    code[9] = 0xFF, code[10] = 0xFF, code[11] = 0xFF, code[12] = 0x7F; /* high = INT_MAX */
    CU_ASSERT_EQUAL(op_decode_length(code, 64, 0), 0);
    /* lookupswitch with 2 pairs, keys must be sorted */
    memset(code, 0, sizeof code);
    code[0] = OP_lookupswitch;
    code[5] = 2;
    code[9] = 5;
    code[17] = 7;
    CU_ASSERT_EQUAL(op_decode_length(code, 25, 0), 25);
    code[17] = 5;
    CU_ASSERT_EQUAL(op_decode_length(code, 25, 0), 0);
    code[5] = 0xFF, code[6] = 0xFF, code[7] = 0xFF, code[8] = 0xFF; /* n = 2^32-1 */
    CU_ASSERT_EQUAL(op_decode_length(code, 64, 0), 0);
}

void add_opcode_tests(void) {
    CU_pSuite s = CU_add_suite("opcode table", NULL, NULL);
    CU_add_test(s, "lengths match operand formats", test_lengths_match_formats);
    CU_add_test(s, "names are unique and looked up", test_names_unique_and_lookup);
    CU_add_test(s, "stack effects are well formed", test_stack_effects);
    CU_add_test(s, "instruction length decoding", test_decode_length);
}

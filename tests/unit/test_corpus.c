/* test_corpus.c: the malformed-module corpus. The reader (ld_read) must reject every bad
 * module with a message "NAME: place: reason" and never crash, leak or read out of
 * bounds, whatever the bytes.
 *
 *   truncation   every prefix of two valid modules is rejected as truncated;
 *   byte flips   every byte of them overwritten with 0x00, 0xFF and itself + 1, plus
 *                random multi-byte mutations from a fixed-seed PRNG: each result is
 *                accepted (and then writes back to the identical bytes) or rejected
 *                with a message that starts with the file name;
 *   cases        a table of specific malformed modules, each with its exact message,
 *                and a few tricky but valid modules that must be accepted.
 *
 * Probes run in a child process (t_run_isolated), so a crash or a sanitizer report in
 * the reader becomes a test failure naming the input instead of killing the test run.
 *
 * Some cases are also committed as files, tests/malformed/NAME.bin with their messages
 * in tests/malformed/expected.txt, for tests/malformed/check.sh to run bin/oakp on. The
 * test "corpus files are up to date" compares them with what this file generates;
 * regenerate them with
 *     OAK_WRITE_CORPUS=1 ./build/unit_tests corpus
 */
#include "module.h"
#include "opcodes.h"
#include "t_module.h"
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CORPUS_DIR "tests/malformed"

/* ------------------------------------------------------------------ */
/* the modules                                                         */
/* ------------------------------------------------------------------ */

/* The base of the case table: three classes of one method each, canonical, so the pool
 * indices in the expected messages are fixed:
 *   #1 "t/Main"  #2 CLASS t/Main  #3 "java/lang/Object"  #4 CLASS java/lang/Object
 *   #5 "Main.oak"  #6 "t/I"  #7 CLASS t/I  #8 "K"  #9 "I"  #10 INT 7  #11 "s"
 *   #12 "Ljava/lang/String;"  #13 "main"  #14 "([Ljava/lang/String;)V"
 *   #15 FIELD t/Main.K:I  #16 "hi"  #17 STRING "hi"  #18 "t/N"  #19 CLASS t/N  #20 "n"
 *   #21 "()V"  #22 METHOD t/N.n:()V  #23 "java/lang/Throwable"
 *   #24 CLASS java/lang/Throwable  #25 "run"
 * t/Main.main's code is 12 bytes:
 *   0 getstatic #15  3 pop  4 ldc #17  7 pop  8 invokestatic #22  11 return
 * with handler [0, 8) -> 11 catching #24 and line entry 0 -> 1. */
static ld_Module *case_base(void) {
    ld_Module *m = ld_module_new();
    ld_Class *k = t_class(m, LD_ACC_PUBLIC | LD_ACC_SUPER, "t/Main", "java/lang/Object",
                          "Main.oak");
    ld_class_add_interface(k, ld_pool_class(m, "t/I"));
    t_field(m, k, LD_ACC_PUBLIC | LD_ACC_STATIC | LD_ACC_FINAL, "K", "I", ld_pool_int(m, 7));
    t_field(m, k, LD_ACC_PRIVATE, "s", "Ljava/lang/String;", 0);
    ld_Method *me = t_method(m, k, LD_ACC_PUBLIC | LD_ACC_STATIC, "main", "([Ljava/lang/String;)V");
    t_Buf c = {0};
    tb_op_u16(&c, OP_getstatic, ld_pool_member(m, LD_C_FIELD, "t/Main", "K", "I"));
    tb_op(&c, OP_pop);
    tb_op_u16(&c, OP_ldc, ld_pool_string(m, "hi", 2));
    tb_op(&c, OP_pop);
    tb_op_u16(&c, OP_invokestatic, ld_pool_member(m, LD_C_METHOD, "t/N", "n", "()V"));
    tb_op(&c, OP_return);
    t_set_code(me, 1, 1, &c);
    t_add_handler(me, 0, 8, 11, ld_pool_class(m, "java/lang/Throwable"));
    t_add_line(me, 0, 1);
    k = t_class(m, LD_ACC_PUBLIC | LD_ACC_INTERFACE | LD_ACC_ABSTRACT, "t/I", "java/lang/Object",
                NULL);
    t_method(m, k, LD_ACC_PUBLIC | LD_ACC_ABSTRACT, "run", "()V");
    k = t_class(m, LD_ACC_SUPER, "t/N", "java/lang/Object", NULL);
    t_method(m, k, LD_ACC_STATIC | LD_ACC_NATIVE, "n", "()V");
    m->main_class = ld_pool_class(m, "t/Main");
    char err[256];
    if (ld_module_canonicalize(m, err, sizeof err) != 0) abort();
    return m;
}

/* Writes a module into a fresh buffer (abort on failure: the modules here are
 * encodable by construction). */
static t_Buf module_bytes(const ld_Module *m) {
    t_Buf b = {0};
    if (ld_write(m, &b.b, &b.n) != 0) abort();
    b.cap = b.n;
    return b;
}

/* ------------------------------------------------------------------ */
/* the case table                                                      */
/* ------------------------------------------------------------------ */

#define MAIN_METHOD(m) (&(m)->classes[0].methods[0])
#define MAIN_WHERE "class t/Main: method main([Ljava/lang/String;)V: "

/* Replaces t/Main.main's code (and drops its handlers and line entries). */
static void set_main_code(ld_Module *m, const uint8_t *code, size_t n) {
    ld_Method *me = MAIN_METHOD(m);
    t_Buf c = {0};
    tb_put(&c, code, n);
    t_set_code(me, 4, 4, &c);
    free(me->handlers);
    free(me->lines);
    me->handlers = NULL;
    me->lines = NULL;
    me->nhandlers = me->nlines = 0;
}

/* Appends a constant without interning (so duplicates are possible); returns its index. */
static uint16_t append_utf8_raw(ld_Module *m, const char *s, uint32_t len) {
    if (m->npool + 2u > m->pool_cap) {
        m->pool_cap = m->npool + 2u;
        m->pool = realloc(m->pool, m->pool_cap * sizeof(ld_Const));
        if (!m->pool) abort();
    }
    ld_Const *c = &m->pool[++m->npool];
    memset(c, 0, sizeof *c);
    c->tag = LD_C_UTF8;
    c->u.utf8.len = len;
    c->u.utf8.bytes = malloc(len + 1u);
    memcpy(c->u.utf8.bytes, s, len);
    c->u.utf8.bytes[len] = 0;
    return m->npool;
}

static void put32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8), p[2] = (uint8_t)(v >> 16), p[3] = (uint8_t)(v >> 24);
}

/* Offset of t/Main.main's code in the file: found by content (it is unique). */
static size_t main_code_offset(const t_Buf *b) {
    static const uint8_t code[] = {OP_getstatic, 15, 0, OP_pop, OP_ldc, 17, 0, OP_pop};
    for (size_t i = 0; i + sizeof code <= b->n; i++)
        if (memcmp(b->b + i, code, sizeof code) == 0) return i;
    abort();
}

typedef struct {
    const char *name;            /* file stem: the module is read as NAME.bin */
    void (*edit)(ld_Module *m);  /* changes the base module before writing, or NULL */
    void (*patch)(t_Buf *b);     /* changes the written bytes, or NULL */
    const char *msg;             /* expected message after "NAME.bin: "; NULL = accept */
    int file;                    /* also committed as tests/malformed/NAME.bin */
} Case;

/* One-line edits and patches. E(name) edits the module, P(name) patches the bytes. */
#define E(name) static void e_##name(ld_Module *m)
#define P(name) static void p_##name(t_Buf *b)

/* header and pool bytes: the first constant's tag is at byte 10, its length at 11 */
P(bad_magic) { b->b[0] = 'X'; }
P(empty) { b->n = 0; }
P(magic_only) { b->n = 3; }
P(truncated_header) { b->n = 6; }
E(bad_major) { m->major = 2; }
E(major_zero) { m->major = 0, m->minor = 5; }
E(newer_minor) { m->minor = 1; }
P(unknown_const_tag) { b->b[10] = 2; }
P(const_tag_zero) { b->b[10] = 0; }
P(const_tag_11) { b->b[10] = 11; }
P(const_tag_ff) { b->b[10] = 0xFF; }
P(utf8_length_past_end) { put32(b->b + 11, 0xFFFFFFFFu); }
P(pool_count_too_big) { b->b[8] = 26; }   /* main_class's low byte becomes a tag */
P(pool_count_too_small) { b->b[8] = 24; } /* #25's first bytes become the main class */
P(trailing_bytes) { tb_put(b, "xyz", 3); }
P(trailing_zero_byte) { tb_u8(b, 0); }
P(truncated_last_class) { b->n -= 1; }
P(code_length_past_end) { put32(b->b + main_code_offset(b) - 4, 0x7FFFFFFFu); }
P(handler_count_past_end) { /* the u16 after the 12 code bytes */
    size_t o = main_code_offset(b) + 12;
    b->b[o] = b->b[o + 1] = 0xFF;
}

/* pool references */
E(const_index_out_of_range) { m->pool[2].u.ref = 40; }
E(const_index_zero) { m->pool[7].u.ref = 0; }
E(wrong_const_tag) { m->pool[2].u.ref = 10; }
E(string_value_wrong_tag) { m->pool[17].u.ref = 2; }
E(member_owner_wrong_tag) { m->pool[15].u.member.cls = 1; }
E(member_name_wrong_tag) { m->pool[22].u.member.name = 19; }
E(member_desc_out_of_range) { m->pool[22].u.member.desc = 26; }
E(utf8_four_byte_form) { ld_pool_utf8(m, "x\xF0\x9F\x98\x80", 5); }
E(utf8_raw_nul) { ld_pool_utf8(m, "a\0b", 3); }
E(utf8_overlong) { ld_pool_utf8(m, "\xC0\xAF", 2); }
E(utf8_overlong_3) { ld_pool_utf8(m, "\xE0\x80\xAF", 3); }
E(utf8_truncated) { ld_pool_utf8(m, "ab\xE2\x82", 4); }
E(utf8_lone_continuation) { ld_pool_utf8(m, "\x80", 1); }
E(invalid_class_name) { ld_pool_class(m, "java.lang.Object"); }
E(class_name_empty_segment) { ld_pool_class(m, "java//Object"); }
E(class_name_array_of_void) { ld_pool_class(m, "[V"); }
E(invalid_field_descriptor) { ld_pool_member(m, LD_C_FIELD, "t/Main", "K", "Q"); }
E(invalid_method_descriptor) { ld_pool_member(m, LD_C_METHOD, "t/Main", "main", "(I"); }
E(method_descriptor_void_arg) { ld_pool_member(m, LD_C_METHOD, "t/N", "n", "(V)V"); }
E(invalid_field_name) { ld_pool_member(m, LD_C_FIELD, "t/Main", "<init>", "I"); }
E(invalid_method_name) { ld_pool_member(m, LD_C_METHOD, "t/Main", "a.b", "()V"); }

/* module and classes */
E(main_class_not_defined) { m->main_class = ld_pool_class(m, "t/Other"); }
E(main_class_wrong_tag) { m->main_class = 1; }
E(this_class_wrong_tag) { m->classes[0].this_class = 1; }
E(array_class_defined) { m->classes[1].this_class = ld_pool_class(m, "[I"); }
E(duplicate_class) { m->classes[2].this_class = 2; }
E(no_superclass) { m->classes[0].super_class = 0; }
E(superclass_array) { m->classes[0].super_class = ld_pool_class(m, "[Ljava/lang/Object;"); }
E(superclass_wrong_tag) { m->classes[0].super_class = 3; }
E(unknown_class_flags) { m->classes[0].flags |= 0x8000; }
E(class_flag_native) { m->classes[2].flags |= LD_ACC_NATIVE; }
E(source_wrong_tag) { m->classes[0].source = 2; }
E(interface_out_of_range) { m->classes[0].interfaces[0] = 500; }

/* fields */
E(field_name_wrong_tag) { m->classes[0].fields[0].name = 2; }
E(field_bad_descriptor) { m->classes[0].fields[1].desc = 14; }
E(field_bad_name) { m->classes[0].fields[1].name = ld_pool_utf8(m, "a;b", 3); }
E(unknown_field_flags) { m->classes[0].fields[0].flags |= LD_ACC_NATIVE; }
E(duplicate_field) {
    m->classes[0].fields[1].name = 8;
    m->classes[0].fields[1].desc = 9;
}
E(duplicate_field_by_content) { /* the same name through a second, equal UTF8 entry */
    m->classes[0].fields[1].name = append_utf8_raw(m, "K", 1);
    m->classes[0].fields[1].desc = 9;
}
E(const_value_wrong_type) { m->classes[0].fields[0].constval = 17; }
E(const_value_int_for_string) { m->classes[0].fields[1].constval = 10; }
E(const_value_class) { m->classes[0].fields[0].constval = 2; }
E(const_value_long_for_int) { m->classes[0].fields[0].constval = ld_pool_long(m, 7); }
E(const_value_out_of_range) { m->classes[0].fields[0].constval = 26; }

/* methods */
E(method_name_wrong_tag) { MAIN_METHOD(m)->name = 2; }
E(invalid_method_name_in_class) { MAIN_METHOD(m)->name = ld_pool_utf8(m, "<main>", 6); }
E(invalid_method_descriptor_in_class) { MAIN_METHOD(m)->desc = 9; }
E(unknown_method_flags) { MAIN_METHOD(m)->flags |= LD_ACC_INTERFACE; }
E(duplicate_method) {
    ld_Method *me = ld_class_add_method(&m->classes[0]);
    me->flags = LD_ACC_STATIC | LD_ACC_NATIVE;
    me->name = 13;
    me->desc = 14;
}
E(duplicate_method_by_content) {
    ld_Method *me = ld_class_add_method(&m->classes[2]);
    me->flags = LD_ACC_STATIC | LD_ACC_NATIVE;
    me->name = append_utf8_raw(m, "n", 1);
    me->desc = 21;
}
E(empty_code) { MAIN_METHOD(m)->code_len = 0; /* the code buffer stays allocated */ }

/* code */
#define CODE(name, ...)                                                                    \
    E(name) {                                                                              \
        static const uint8_t code[] = {__VA_ARGS__};                                       \
        set_main_code(m, code, sizeof code);                                               \
    }
#define LE32(v) (uint8_t)(v), (uint8_t)((v) >> 8), (uint8_t)((v) >> 16), (uint8_t)((uint32_t)(v) >> 24)
CODE(unknown_opcode, 0xFF)
CODE(unknown_opcode_later, OP_nop, 0xF0, OP_return)
CODE(operands_past_end, OP_nop, OP_sipush, 1)
CODE(branch_past_end, OP_goto, 0, 0, 0)
CODE(pool_operand_past_end, OP_getstatic, 15)
CODE(iinc_past_end, OP_iinc, 1, 0, 1)
CODE(tableswitch_low_gt_high, OP_tableswitch, LE32(0), LE32(1), LE32(0), OP_return)
CODE(tableswitch_past_end, OP_tableswitch, LE32(0), LE32(0), LE32(10), LE32(0), OP_return)
CODE(tableswitch_header_cut, OP_tableswitch, LE32(0), LE32(0))
CODE(tableswitch_full_range, OP_tableswitch, LE32(0), LE32(0x80000000u), LE32(0x7FFFFFFF), OP_return)
CODE(lookupswitch_unsorted, OP_lookupswitch, LE32(0), LE32(2), LE32(5), LE32(0), LE32(3), LE32(0),
     OP_return)
CODE(lookupswitch_duplicate_keys, OP_lookupswitch, LE32(0), LE32(2), LE32(4), LE32(0), LE32(4),
     LE32(0), OP_return)
CODE(lookupswitch_past_end, OP_lookupswitch, LE32(0), LE32(0x10000000), LE32(1), LE32(0))
CODE(lookupswitch_huge_count, OP_lookupswitch, LE32(0), LE32(0xFFFFFFFFu), OP_return)
CODE(newarray_bad_type, OP_newarray, 3, OP_return)
CODE(newarray_type_12, OP_newarray, 12, OP_return)
CODE(code_operand_out_of_range, OP_getstatic, 0xE7, 0x03, OP_return)
CODE(code_operand_zero, OP_new, 0, 0, OP_return)
CODE(code_operand_wrong_kind, OP_invokestatic, 15, 0, OP_return)
CODE(ldc_not_loadable, OP_ldc, 1, 0, OP_return)
CODE(ldc_member, OP_ldc, 22, 0, OP_return)
CODE(getfield_of_method, OP_getfield, 22, 0, OP_return)
CODE(checkcast_of_string, OP_checkcast, 17, 0, OP_return)
CODE(multianewarray_not_array, OP_multianewarray, 2, 0, 1, OP_return)
E(multianewarray_too_many_dims) {
    uint16_t c = ld_pool_class(m, "[[I");
    const uint8_t code[] = {OP_multianewarray, (uint8_t)c, (uint8_t)(c >> 8), 3, OP_return};
    set_main_code(m, code, sizeof code);
}
E(multianewarray_zero_dims) {
    uint16_t c = ld_pool_class(m, "[[I");
    const uint8_t code[] = {OP_multianewarray, (uint8_t)c, (uint8_t)(c >> 8), 0, OP_return};
    set_main_code(m, code, sizeof code);
}

/* handlers and line entries (main's code is 12 bytes) */
E(handler_empty_range) { MAIN_METHOD(m)->handlers[0].start = 8; }
E(handler_start_after_end) { MAIN_METHOD(m)->handlers[0].start = 9; }
E(handler_end_past_code) { MAIN_METHOD(m)->handlers[0].end = 13; }
E(handler_pc_outside) { MAIN_METHOD(m)->handlers[0].handler = 12; }
E(handler_catch_wrong_tag) { MAIN_METHOD(m)->handlers[0].catch_type = 23; }
E(handler_catch_out_of_range) { MAIN_METHOD(m)->handlers[0].catch_type = 300; }
E(line_pc_outside) { MAIN_METHOD(m)->lines[0].pc = 12; }
E(second_line_pc_outside) { t_add_line(MAIN_METHOD(m), 0xFFFFFFFFu, 2); }

/* valid modules that a too-strict reader might reject */
E(ok_object_without_super) {
    m->classes[2].this_class = 4;
    m->classes[2].super_class = 0;
}
E(ok_tricky_strings) {
    ld_pool_string(m, "\xC0\x80 \xED\xA0\xBD\xED\xB8\x80 \xEF\xBF\xBF", 13);
    ld_pool_class(m, "t/\xC3\xA9t\xC3\xA9$1");
    ld_pool_member(m, LD_C_METHOD, "t/Main", "<clinit>", "()V");
    ld_pool_utf8(m, "", 0);
}
E(ok_deep_array) {
    char name[256];
    memset(name, '[', 255);
    name[255] = 0;
    name[254] = 'J';
    uint16_t c = ld_pool_class(m, name);
    const uint8_t code[] = {OP_multianewarray, (uint8_t)c, (uint8_t)(c >> 8), 254, OP_return};
    set_main_code(m, code, sizeof code);
}
CODE(ok_switches, OP_tableswitch, LE32(-5), LE32(7), LE32(7), LE32(0),
     OP_lookupswitch, LE32(0), LE32(0),
     OP_lookupswitch, LE32(0), LE32(2), LE32(0x80000000u), LE32(0), LE32(0x7FFFFFFF), LE32(0),
     OP_return)
CODE(ok_newarray_types, OP_newarray, 4, OP_newarray, 5, OP_newarray, 6, OP_newarray, 7,
     OP_newarray, 8, OP_newarray, 9, OP_newarray, 10, OP_newarray, 11, OP_ldc, 2, 0, OP_ldc, 10, 0,
     OP_return)
E(ok_const_values) {
    m->classes[0].fields[1].constval = 17; /* a String field with a STRING constant */
    ld_Field *f = ld_class_add_field(&m->classes[2]);
    f->flags = LD_ACC_STATIC;
    f->name = ld_pool_utf8(m, "z", 1);
    f->desc = ld_pool_utf8(m, "Z", 1);
    f->constval = 10;
    f = ld_class_add_field(&m->classes[2]);
    f->name = ld_pool_utf8(m, "d", 1);
    f->desc = ld_pool_utf8(m, "D", 1);
    f->constval = ld_pool_double(m, 0x7FF0000000000000u);
}
E(ok_catch_all_and_no_lines) {
    ld_Method *me = MAIN_METHOD(m);
    me->handlers[0].catch_type = 0;
    me->handlers[0].end = 12;
    me->handlers[0].handler = 0;
    free(me->lines);
    me->lines = NULL;
    me->nlines = 0;
}
E(ok_no_main_class) { m->main_class = 0; }

#define CASE(name, msg, file) {#name, e_##name, NULL, msg, file}
#define PCASE(name, msg, file) {#name, NULL, p_##name, msg, file}
#define MAGIC_MSG "not an Oak module (bad magic; expected \"OAK\\x1a\")"

static const Case cases[] = {
    /* header */
    PCASE(bad_magic, MAGIC_MSG, 1),
    PCASE(empty, MAGIC_MSG, 0),
    PCASE(magic_only, MAGIC_MSG, 0),
    PCASE(truncated_header, "truncated at byte 6 (needed 2 more bytes, file has 6)", 1),
    CASE(bad_major, "unsupported version 2.0 (this Oak reads 1.0 to 1.0)", 1),
    CASE(major_zero, "unsupported version 0.5 (this Oak reads 1.0 to 1.0)", 0),
    CASE(newer_minor, "unsupported version 1.1 (this Oak reads 1.0 to 1.0)", 0),
    /* constant pool */
    PCASE(unknown_const_tag, "constant #1: unknown constant tag 2", 1),
    PCASE(const_tag_zero, "constant #1: unknown constant tag 0", 0),
    PCASE(const_tag_11, "constant #1: unknown constant tag 11", 0),
    PCASE(const_tag_ff, "constant #1: unknown constant tag 255", 0),
    PCASE(utf8_length_past_end,
          "constant #1: truncated at byte 15 (needed 4294967295 more bytes, file has 366)", 1),
    PCASE(pool_count_too_big, "constant #26: unknown constant tag 2", 0),
    PCASE(pool_count_too_small, "main class: index 769 out of range (pool has 24 entries)", 0),
    CASE(const_index_out_of_range,
         "constant #2: class name: index 40 out of range (pool has 25 entries)", 1),
    CASE(const_index_zero, "constant #7: class name: index 0 out of range (pool has 25 entries)", 0),
    CASE(wrong_const_tag, "constant #2: class name: constant #10 is INT, expected UTF8", 1),
    CASE(string_value_wrong_tag, "constant #17: string value: constant #2 is CLASS, expected UTF8", 0),
    CASE(member_owner_wrong_tag, "constant #15: owner class: constant #1 is UTF8, expected CLASS", 0),
    CASE(member_name_wrong_tag, "constant #22: member name: constant #19 is CLASS, expected UTF8", 0),
    CASE(member_desc_out_of_range,
         "constant #22: descriptor: index 26 out of range (pool has 25 entries)", 0),
    CASE(utf8_four_byte_form, "constant #26: malformed modified UTF-8 string", 1),
    CASE(utf8_raw_nul, "constant #26: malformed modified UTF-8 string", 0),
    CASE(utf8_overlong, "constant #26: malformed modified UTF-8 string", 0),
    CASE(utf8_overlong_3, "constant #26: malformed modified UTF-8 string", 0),
    CASE(utf8_truncated, "constant #26: malformed modified UTF-8 string", 0),
    CASE(utf8_lone_continuation, "constant #26: malformed modified UTF-8 string", 0),
    CASE(invalid_class_name, "constant #27: invalid class name \"java.lang.Object\"", 1),
    CASE(class_name_empty_segment, "constant #27: invalid class name \"java//Object\"", 0),
    CASE(class_name_array_of_void, "constant #27: invalid class name \"[V\"", 0),
    CASE(invalid_field_descriptor, "constant #27: invalid field descriptor \"Q\"", 0),
    CASE(invalid_method_descriptor, "constant #27: invalid method descriptor \"(I\"", 0),
    CASE(method_descriptor_void_arg, "constant #27: invalid method descriptor \"(V)V\"", 0),
    CASE(invalid_field_name, "constant #27: invalid field name \"<init>\"", 0),
    CASE(invalid_method_name, "constant #27: invalid method name \"a.b\"", 0),
    /* module and classes */
    CASE(main_class_not_defined, "main class t/Other is not defined in this module", 1),
    CASE(main_class_wrong_tag, "main class: constant #1 is UTF8, expected CLASS", 0),
    CASE(this_class_wrong_tag, "class 0: this class: constant #1 is UTF8, expected CLASS", 0),
    CASE(array_class_defined, "class [I: an array type cannot be defined", 0),
    CASE(duplicate_class, "class t/Main: duplicate class (also class 0 of this module)", 1),
    CASE(no_superclass, "class t/Main: no superclass (only java/lang/Object has none)", 1),
    CASE(superclass_array, "class t/Main: superclass is an array type", 0),
    CASE(superclass_wrong_tag, "class t/Main: superclass: constant #3 is UTF8, expected CLASS", 0),
    CASE(unknown_class_flags, "class t/Main: unknown flags 0x8021", 1),
    CASE(class_flag_native, "class t/N: unknown flags 0x0120", 0),
    CASE(source_wrong_tag, "class t/Main: source file: constant #2 is CLASS, expected UTF8", 0),
    CASE(interface_out_of_range,
         "class t/Main: interface: index 500 out of range (pool has 25 entries)", 0),
    PCASE(truncated_last_class, "class t/N: truncated at byte 360 (needed 6 more bytes, file has 365)", 0),
    /* fields */
    CASE(field_name_wrong_tag, "class t/Main: field 0: field name: constant #2 is CLASS, expected UTF8", 0),
    CASE(field_bad_descriptor, "class t/Main: field s ([Ljava/lang/String;)V: invalid field descriptor", 0),
    CASE(field_bad_name, "class t/Main: field a;b Ljava/lang/String;: invalid field name", 0),
    CASE(unknown_field_flags, "class t/Main: field K I: unknown flags 0x0119", 0),
    CASE(duplicate_field, "class t/Main: field K I: duplicate field", 0),
    CASE(duplicate_field_by_content, "class t/Main: field K I: duplicate field", 0),
    CASE(const_value_wrong_type,
         "class t/Main: field K I: constant value #17 (STRING) does not match the field type", 1),
    CASE(const_value_int_for_string,
         "class t/Main: field s Ljava/lang/String;: constant value #10 (INT) does not match the "
         "field type", 0),
    CASE(const_value_class,
         "class t/Main: field K I: constant value #2 (CLASS) does not match the field type", 0),
    CASE(const_value_long_for_int,
         "class t/Main: field K I: constant value #26 (LONG) does not match the field type", 0),
    CASE(const_value_out_of_range,
         "class t/Main: field K I: constant value: index 26 out of range (pool has 25 entries)", 0),
    /* methods */
    CASE(method_name_wrong_tag, "class t/Main: method name: constant #2 is CLASS, expected UTF8", 0),
    CASE(invalid_method_name_in_class,
         "class t/Main: method <main>([Ljava/lang/String;)V: invalid method name", 0),
    CASE(invalid_method_descriptor_in_class, "class t/Main: method mainI: invalid method descriptor", 0),
    CASE(unknown_method_flags, MAIN_WHERE "unknown flags 0x0209", 0),
    CASE(duplicate_method, MAIN_WHERE "duplicate method", 0),
    CASE(duplicate_method_by_content, "class t/N: method n()V: duplicate method", 0),
    CASE(empty_code, MAIN_WHERE "empty code", 0),
    PCASE(code_length_past_end,
          MAIN_WHERE "truncated at byte 288 (needed 2147483647 more bytes, file has 366)", 0),
    PCASE(handler_count_past_end,
          MAIN_WHERE "truncated at byte 302 (needed 917490 more bytes, file has 366)", 0),
    /* code */
    CASE(unknown_opcode, MAIN_WHERE "code offset 0: unknown opcode 0xff", 1),
    CASE(unknown_opcode_later, MAIN_WHERE "code offset 1: unknown opcode 0xf0", 0),
    CASE(operands_past_end,
         MAIN_WHERE "code offset 1: sipush: operands run past the end of the code (length 3)", 1),
    CASE(branch_past_end,
         MAIN_WHERE "code offset 0: goto: operands run past the end of the code (length 4)", 0),
    CASE(pool_operand_past_end,
         MAIN_WHERE "code offset 0: getstatic: operands run past the end of the code (length 2)", 0),
    CASE(iinc_past_end,
         MAIN_WHERE "code offset 0: iinc: operands run past the end of the code (length 4)", 0),
    CASE(tableswitch_low_gt_high,
         MAIN_WHERE "code offset 0: tableswitch: malformed table (low > high or runs past the end)", 1),
    CASE(tableswitch_past_end,
         MAIN_WHERE "code offset 0: tableswitch: malformed table (low > high or runs past the end)", 0),
    CASE(tableswitch_header_cut,
         MAIN_WHERE "code offset 0: tableswitch: malformed table (low > high or runs past the end)", 0),
    CASE(tableswitch_full_range,
         MAIN_WHERE "code offset 0: tableswitch: malformed table (low > high or runs past the end)", 0),
    CASE(lookupswitch_unsorted,
         MAIN_WHERE "code offset 0: lookupswitch: malformed table (unsorted keys or runs past the end)", 0),
    CASE(lookupswitch_duplicate_keys,
         MAIN_WHERE "code offset 0: lookupswitch: malformed table (unsorted keys or runs past the end)", 0),
    CASE(lookupswitch_past_end,
         MAIN_WHERE "code offset 0: lookupswitch: malformed table (unsorted keys or runs past the end)", 0),
    CASE(lookupswitch_huge_count,
         MAIN_WHERE "code offset 0: lookupswitch: malformed table (unsorted keys or runs past the end)", 0),
    CASE(newarray_bad_type, MAIN_WHERE "code offset 0: newarray: unknown element type 3", 0),
    CASE(newarray_type_12, MAIN_WHERE "code offset 0: newarray: unknown element type 12", 0),
    CASE(multianewarray_too_many_dims,
         MAIN_WHERE "code offset 0: multianewarray: 3 dimensions for class [[I", 0),
    CASE(multianewarray_zero_dims, MAIN_WHERE "code offset 0: multianewarray: 0 dimensions for class [[I", 0),
    CASE(multianewarray_not_array,
         MAIN_WHERE "code offset 0: multianewarray: 1 dimensions for class t/Main", 0),
    CASE(code_operand_out_of_range,
         MAIN_WHERE "code offset 0: getstatic operand: index 999 out of range (pool has 25 entries)", 0),
    CASE(code_operand_zero, MAIN_WHERE "code offset 0: new operand: index 0 out of range (pool has 25 entries)", 0),
    CASE(code_operand_wrong_kind,
         MAIN_WHERE "code offset 0: invokestatic operand: constant #15 is FIELD, expected METHOD", 1),
    CASE(ldc_not_loadable, MAIN_WHERE "code offset 0: ldc operand: constant #1 is UTF8, not a loadable constant", 0),
    CASE(ldc_member, MAIN_WHERE "code offset 0: ldc operand: constant #22 is METHOD, not a loadable constant", 0),
    CASE(getfield_of_method, MAIN_WHERE "code offset 0: getfield operand: constant #22 is METHOD, expected FIELD", 0),
    CASE(checkcast_of_string, MAIN_WHERE "code offset 0: checkcast operand: constant #17 is STRING, expected CLASS", 0),
    /* handlers and line entries */
    CASE(handler_empty_range, MAIN_WHERE "handler 0: bad range [8, 8) for code length 12", 0),
    CASE(handler_start_after_end, MAIN_WHERE "handler 0: bad range [9, 8) for code length 12", 0),
    CASE(handler_end_past_code, MAIN_WHERE "handler 0: bad range [0, 13) for code length 12", 0),
    CASE(handler_pc_outside, MAIN_WHERE "handler 0: handler offset 12 outside code length 12", 1),
    CASE(handler_catch_wrong_tag, MAIN_WHERE "handler 0 catch type: constant #23 is UTF8, expected CLASS", 0),
    CASE(handler_catch_out_of_range,
         MAIN_WHERE "handler 0 catch type: index 300 out of range (pool has 25 entries)", 0),
    CASE(line_pc_outside, MAIN_WHERE "line entry 0: offset 12 outside code length 12", 0),
    CASE(second_line_pc_outside, MAIN_WHERE "line entry 1: offset 4294967295 outside code length 12", 0),
    /* end of file */
    PCASE(trailing_bytes, "3 trailing bytes after the last class (at byte 366)", 1),
    PCASE(trailing_zero_byte, "1 trailing bytes after the last class (at byte 366)", 0),
    /* valid */
    CASE(ok_object_without_super, NULL, 0),
    CASE(ok_tricky_strings, NULL, 0),
    CASE(ok_deep_array, NULL, 0),
    CASE(ok_switches, NULL, 0),
    CASE(ok_newarray_types, NULL, 0),
    CASE(ok_const_values, NULL, 0),
    CASE(ok_catch_all_and_no_lines, NULL, 0),
    CASE(ok_no_main_class, NULL, 0),
};
#define NCASES (sizeof cases / sizeof cases[0])

/* The bytes of case c. */
static t_Buf case_bytes(const Case *c) {
    ld_Module *m = case_base();
    if (c->edit) c->edit(m);
    t_Buf b = module_bytes(m);
    ld_module_free(m);
    if (c->patch) c->patch(&b);
    return b;
}

/* Reads len bytes from an exact-size heap copy, so ASan sees any read past the end. */
static ld_Module *read_exact(const uint8_t *data, size_t len, const char *name, char *err,
                             size_t errlen) {
    uint8_t *copy = malloc(len ? len : 1);
    if (len) memcpy(copy, data, len);
    ld_Module *m = ld_read(len ? copy : copy + 1, len, name, err, errlen);
    free(copy);
    return m;
}

/* An accepted module must write back to exactly the bytes it was read from. */
static int writes_back(const ld_Module *m, const uint8_t *data, size_t len) {
    uint8_t *out = NULL;
    size_t n = 0;
    if (ld_write(m, &out, &n) != 0) return 0;
    int same = n == len && memcmp(out, data, len) == 0;
    free(out);
    return same;
}

static int probe_case(const void *ctx, size_t i, char *msg, size_t msglen) {
    (void)ctx;
    const Case *c = &cases[i];
    t_Buf b = case_bytes(c);
    char name[128], err[1024] = "", want[1024];
    snprintf(name, sizeof name, "%s.bin", c->name);
    ld_Module *m = read_exact(b.b, b.n, name, err, sizeof err);
    int ok;
    if (!c->msg) {
        ok = m != NULL && writes_back(m, b.b, b.n);
        if (!m) snprintf(msg, msglen, "%s: valid module rejected: %s", c->name, err);
        else if (!ok) snprintf(msg, msglen, "%s: accepted, but does not write back identically", c->name);
    } else {
        snprintf(want, sizeof want, "%s: %s", name, c->msg);
        ok = m == NULL && strcmp(err, want) == 0;
        if (m) snprintf(msg, msglen, "%s: accepted, expected \"%s\"", c->name, c->msg);
        else if (!ok) snprintf(msg, msglen, "%s: got \"%s\"", c->name, err);
    }
    ld_module_free(m);
    free(b.b);
    return ok ? T_PASS : T_FAIL;
}

static void test_base_is_valid(void) {
    t_Buf b = case_bytes(&(Case){"base", NULL, NULL, NULL, 0});
    char err[512] = "";
    ld_Module *m = ld_read(b.b, b.n, "base.bin", err, sizeof err);
    T_CHECK(m != NULL, "the case base is rejected: %s", err);
    CU_ASSERT_EQUAL(b.n, 366); /* the byte offsets in the table assume this */
    if (m) {
        CU_ASSERT_EQUAL(m->npool, 25);
        char s[512];
        t_const_str(m, 25, s, sizeof s);
        CU_ASSERT_STRING_EQUAL(s, "UTF8 \"run\"");
        t_const_str(m, 22, s, sizeof s);
        CU_ASSERT_STRING_EQUAL(s, "METHOD t/N.n:()V");
        CU_ASSERT(writes_back(m, b.b, b.n));
    }
    ld_module_free(m);
    free(b.b);
}

static void test_cases(void) {
    size_t bad = 0, good = 0;
    for (size_t i = 0; i < NCASES; i++) *(cases[i].msg ? &bad : &good) += 1;
    CU_ASSERT(bad >= 40 && good >= 5);
    t_run_isolated("case", probe_case, NULL, NCASES);
}

/* The first byte after the last opcode is an unknown opcode (not in the table: its
 * message depends on how many opcodes there are). */
static void test_first_unknown_opcode(void) {
    ld_Module *m = case_base();
    const uint8_t code[] = {OP_nop, OP__COUNT, OP_return};
    set_main_code(m, code, sizeof code);
    t_Buf b = module_bytes(m);
    char err[512] = "", want[512];
    ld_Module *r = read_exact(b.b, b.n, "op.bin", err, sizeof err);
    snprintf(want, sizeof want, "op.bin: " MAIN_WHERE "code offset 1: unknown opcode 0x%02x", OP__COUNT);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_STRING_EQUAL(err, want);
    ld_module_free(r);
    ld_module_free(m);
    free(b.b);
    /* and the last opcode is a known one (instanceof, taking a CLASS) */
    CU_ASSERT_EQUAL(op_info[OP__COUNT - 1].format, OPF_CLASS);
    m = case_base();
    const uint8_t last[] = {OP__COUNT - 1, 2, 0, OP_return};
    set_main_code(m, last, sizeof last);
    b = module_bytes(m);
    r = read_exact(b.b, b.n, "op.bin", err, sizeof err);
    T_CHECK(r != NULL, "last opcode: %s", err);
    ld_module_free(r);
    ld_module_free(m);
    free(b.b);
}

/* ------------------------------------------------------------------ */
/* truncation and mutation                                             */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *name;
    const uint8_t *data;
    size_t len;
} Image;

static int check_rejection(const Image *im, const char *err, const char *what, char *msg, size_t msglen) {
    size_t nl = strlen(im->name);
    if (strncmp(err, im->name, nl) != 0 || strncmp(err + nl, ": ", 2) != 0 || !err[nl + 2]) {
        snprintf(msg, msglen, "%s: message does not start with \"%s: \": \"%s\"", what, im->name, err);
        return T_FAIL;
    }
    return T_PASS;
}

static int probe_truncate(const void *ctx, size_t i, char *msg, size_t msglen) {
    const Image *im = ctx;
    char err[1024] = "", what[64];
    snprintf(what, sizeof what, "length %zu", i);
    ld_Module *m = read_exact(im->data, i, im->name, err, sizeof err);
    if (m) {
        ld_module_free(m);
        snprintf(msg, msglen, "%s: a truncated module was accepted", what);
        return T_FAIL;
    }
    if (check_rejection(im, err, what, msg, msglen) != T_PASS) return T_FAIL;
    const char *want = i < 4 ? "bad magic" : "truncated at byte";
    if (!strstr(err, want)) {
        snprintf(msg, msglen, "%s: expected \"%s\" in \"%s\"", what, want, err);
        return T_FAIL;
    }
    return T_PASS;
}

/* Probe i overwrites byte i / 3 with 0x00, 0xFF or itself + 1. */
static int probe_flip(const void *ctx, size_t i, char *msg, size_t msglen) {
    const Image *im = ctx;
    size_t pos = i / 3;
    uint8_t *d = malloc(im->len);
    memcpy(d, im->data, im->len);
    uint8_t v = i % 3 == 0 ? 0x00 : i % 3 == 1 ? 0xFF : (uint8_t)(d[pos] + 1);
    d[pos] = v;
    char err[1024] = "", what[64];
    snprintf(what, sizeof what, "byte %zu := 0x%02x", pos, v);
    ld_Module *m = read_exact(d, im->len, im->name, err, sizeof err);
    int r = T_PASS;
    if (m) {
        if (!writes_back(m, d, im->len)) {
            snprintf(msg, msglen, "%s: accepted, but does not write back identically", what);
            r = T_FAIL;
        }
        ld_module_free(m);
    } else {
        r = check_rejection(im, err, what, msg, msglen);
    }
    free(d);
    return r;
}

static uint64_t rng_next(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

/* Probe i: a random mutation with seed i: 1-8 overwritten bytes (random values or
 * small/large 16- and 32-bit integers), sometimes followed by deleting, duplicating or
 * cutting a random range. */
static int probe_random(const void *ctx, size_t i, char *msg, size_t msglen) {
    const Image *im = ctx;
    uint64_t s = 0x0A4B1D5EEDull ^ (i * 0x9E3779B97F4A7C15ull);
    rng_next(&s);
    size_t cap = im->len * 2 + 16, n = im->len;
    uint8_t *d = malloc(cap);
    memcpy(d, im->data, n);
    int k = 1 + (int)(rng_next(&s) % 8);
    for (int j = 0; j < k && n >= 4; j++) {
        size_t pos = rng_next(&s) % n;
        uint64_t r = rng_next(&s);
        switch (r % 4) {
        case 0: d[pos] = (uint8_t)(r >> 8); break;
        case 1: /* a small number, as u16 */
            d[pos] = (uint8_t)((r >> 8) % 40);
            if (pos + 1 < n) d[pos + 1] = 0;
            break;
        case 2: /* a huge 16- or 32-bit number */
            memset(d + pos, 0xFF, pos + 4 <= n ? 4 : n - pos);
            if (pos + 3 < n) d[pos + 3] = (uint8_t)(r >> 8) & 0x7F;
            break;
        case 3: d[pos] ^= (uint8_t)(1u << ((r >> 8) % 8)); break;
        }
    }
    uint64_t r = rng_next(&s);
    if (r % 4 == 0 && n > 8) { /* delete a range */
        size_t a = rng_next(&s) % n, len = 1 + rng_next(&s) % 16;
        if (a + len > n) len = n - a;
        memmove(d + a, d + a + len, n - a - len);
        n -= len;
    } else if (r % 4 == 1) { /* duplicate a range */
        size_t a = rng_next(&s) % n, len = 1 + rng_next(&s) % 16;
        if (a + len > n) len = n - a;
        memmove(d + a + len, d + a, n - a);
        n += len;
    } else if (r % 4 == 2) { /* cut */
        n = rng_next(&s) % (n + 1);
    }
    char err[1024] = "", what[64];
    snprintf(what, sizeof what, "mutation %zu", i);
    ld_Module *m = read_exact(d, n, im->name, err, sizeof err);
    int res = T_PASS;
    if (m) {
        if (!writes_back(m, d, n)) {
            snprintf(msg, msglen, "%s: accepted, but does not write back identically", what);
            res = T_FAIL;
        }
        ld_module_free(m);
    } else {
        res = check_rejection(im, err, what, msg, msglen);
    }
    free(d);
    return res;
}

/* The two images: the four-class sample of the module suite and the case base. */
static Image sample_image(void) {
    ld_Module *m = t_sample_module();
    char err[256];
    if (ld_module_canonicalize(m, err, sizeof err) != 0) abort();
    t_Buf b = module_bytes(m);
    ld_module_free(m);
    return (Image){"sample.oak", b.b, b.n};
}
static Image base_image(void) {
    t_Buf b = case_bytes(&(Case){"base", NULL, NULL, NULL, 0});
    return (Image){"base.oak", b.b, b.n};
}

static void test_sample_is_valid(void) {
    Image im = sample_image();
    char err[512] = "";
    ld_Module *m = ld_read(im.data, im.len, im.name, err, sizeof err);
    T_CHECK(m != NULL, "the sample module is rejected: %s", err);
    if (m) CU_ASSERT(writes_back(m, im.data, im.len));
    ld_module_free(m);
    free((void *)im.data);
}

static void test_truncation(void) {
    Image ims[2] = {sample_image(), base_image()};
    for (int k = 0; k < 2; k++) {
        char what[64];
        snprintf(what, sizeof what, "%s truncation", ims[k].name);
        t_run_isolated(what, probe_truncate, &ims[k], ims[k].len);
        free((void *)ims[k].data);
    }
}

static void test_byte_flips(void) {
    Image ims[2] = {sample_image(), base_image()};
    for (int k = 0; k < 2; k++) {
        char what[64];
        snprintf(what, sizeof what, "%s flip", ims[k].name);
        t_run_isolated(what, probe_flip, &ims[k], ims[k].len * 3);
        free((void *)ims[k].data);
    }
}

static void test_random_mutations(void) {
    Image ims[2] = {sample_image(), base_image()};
    for (int k = 0; k < 2; k++) {
        char what[64];
        snprintf(what, sizeof what, "%s random", ims[k].name);
        t_run_isolated(what, probe_random, &ims[k], 4000);
        free((void *)ims[k].data);
    }
}

/* ------------------------------------------------------------------ */
/* the committed corpus files                                          */
/* ------------------------------------------------------------------ */

/* The expected.txt that the case table describes: "NAME.bin<TAB>message" lines. */
static t_Buf expected_txt(void) {
    t_Buf t = {0};
    const char *head = "# Generated by tests/unit/test_corpus.c (OAK_WRITE_CORPUS=1 ./build/unit_tests corpus).\n"
                       "# FILE<TAB>message that oakp FILE must print after \"PATH: \"; valid.bin must be accepted.\n";
    tb_put(&t, head, strlen(head));
    for (size_t i = 0; i < NCASES; i++) {
        if (!cases[i].file) continue;
        tb_put(&t, cases[i].name, strlen(cases[i].name));
        tb_put(&t, ".bin\t", 5);
        tb_put(&t, cases[i].msg, strlen(cases[i].msg));
        tb_u8(&t, '\n');
    }
    return t;
}

static int write_whole(const char *path, const uint8_t *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    int bad = fwrite(data, 1, len, f) != len;
    bad |= fclose(f) != 0;
    return bad ? -1 : 0;
}

/* Compares path with data (or writes it when OAK_WRITE_CORPUS=1); 1 if it exists. */
static int check_file(const char *path, const uint8_t *data, size_t len, int write) {
    if (write) {
        T_CHECK(write_whole(path, data, len) == 0, "cannot write %s", path);
        return 0;
    }
    size_t n = 0;
    uint8_t *got = t_read_file(path, &n);
    T_CHECK(got != NULL, "%s is missing (OAK_WRITE_CORPUS=1 ./build/unit_tests corpus makes it)", path);
    if (got) T_CHECK(n == len && memcmp(got, data, len) == 0, "%s is out of date", path);
    free(got);
    return got != NULL;
}

static void test_corpus_files(void) {
    const char *w = getenv("OAK_WRITE_CORPUS");
    int write = w && strcmp(w, "1") == 0;
    if (write) mkdir(CORPUS_DIR, 0777); /* may exist */
    char path[256];
    int nfiles = 0;
    for (size_t i = 0; i < NCASES; i++) {
        if (!cases[i].file) continue;
        nfiles++;
        t_Buf b = case_bytes(&cases[i]);
        snprintf(path, sizeof path, CORPUS_DIR "/%s.bin", cases[i].name);
        int present = check_file(path, b.b, b.n, write);
        free(b.b);
        /* the file as a file: ld_read_file reports the path */
        if (present) {
            char err[1024] = "", want[1024];
            ld_Module *m = ld_read_file(path, err, sizeof err);
            snprintf(want, sizeof want, "%s: %s", path, cases[i].msg);
            CU_ASSERT_PTR_NULL(m);
            T_CHECK(m == NULL && strcmp(err, want) == 0, "%s: got \"%s\"", path, err);
            ld_module_free(m);
        }
    }
    CU_ASSERT(nfiles >= 15);
    t_Buf b = case_bytes(&(Case){"valid", NULL, NULL, NULL, 0});
    check_file(CORPUS_DIR "/valid.bin", b.b, b.n, write);
    free(b.b);
    t_Buf t = expected_txt();
    check_file(CORPUS_DIR "/expected.txt", t.b, t.n, write);
    free(t.b);
}

void add_corpus_tests(void) {
    CU_pSuite s = CU_add_suite("corpus", NULL, NULL);
    CU_add_test(s, "the case base is valid", test_base_is_valid);
    CU_add_test(s, "the sample module is valid", test_sample_is_valid);
    CU_add_test(s, "malformed cases give their exact messages", test_cases);
    CU_add_test(s, "the first unknown opcode", test_first_unknown_opcode);
    CU_add_test(s, "every truncation is rejected", test_truncation);
    CU_add_test(s, "single-byte overwrites", test_byte_flips);
    CU_add_test(s, "random mutations", test_random_mutations);
    CU_add_test(s, "corpus files are up to date", test_corpus_files);
}

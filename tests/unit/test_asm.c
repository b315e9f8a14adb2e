/* test_asm.c: the assembler (asm.c) and the disassembler (disasm.c).
 *
 * Error messages are checked whole, position included. Every successfully assembled
 * module is also pushed through the round trip write -> read -> disassemble -> assemble
 * -> write and must come back byte-identical; the every-opcode test is generated from
 * op_info, so a new opcode is covered without touching this file (a new operand format
 * makes it fail until it is taught here).
 */
#include "asm.h"
#include "disasm.h"
#include "module.h"
#include "opcodes.h"
#include "tests.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

static ld_Module *assemble(const char *src, size_t len, char *err, size_t errlen) {
    return ld_assemble(src, len, "t.oasm", err, errlen);
}

/* noinline: gcc 12 -O2 otherwise warns that strstr results dangle into open_memstream's
 * buffer variable */
__attribute__((noinline)) static char *disasm_string(const ld_Module *m) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    ld_disassemble(m, NULL, f);
    fclose(f);
    return buf;
}

static uint8_t *write_bytes(const ld_Module *m, size_t *len) {
    uint8_t *b = NULL;
    CU_ASSERT_EQUAL_FATAL(ld_write(m, &b, len), 0);
    return b;
}

/* write m, read it back, disassemble, reassemble, write: the bytes must be equal, and
 * the reassembled module must disassemble to the same text. Returns 1 if all held. */
static int roundtrip_module(const ld_Module *m) {
    size_t n1, n2;
    uint8_t *b1 = write_bytes(m, &n1);
    char err[512];
    ld_Module *r = ld_read(b1, n1, "t.oak", err, sizeof err);
    if (!r) {
        fprintf(stderr, "\nround trip: written module does not read: %s\n", err);
        free(b1);
        return 0;
    }
    char *text = disasm_string(r);
    ld_Module *m2 = ld_assemble(text, strlen(text), "dis.oasm", err, sizeof err);
    int ok = 0;
    if (!m2) {
        fprintf(stderr, "\nround trip: disassembly does not assemble: %s\n%s\n", err, text);
    } else {
        uint8_t *b2 = write_bytes(m2, &n2);
        ok = n1 == n2 && memcmp(b1, b2, n1) == 0;
        if (!ok) fprintf(stderr, "\nround trip: module differs after reassembly\n%s\n", text);
        char *text2 = disasm_string(m2);
        if (strcmp(text, text2) != 0) {
            fprintf(stderr, "\nround trip: second disassembly differs\n");
            ok = 0;
        }
        free(text2);
        free(b2);
        ld_module_free(m2);
    }
    free(text);
    ld_module_free(r);
    free(b1);
    return ok;
}

/* Assembles src, which must succeed, and checks the round trip. Caller frees. */
static ld_Module *asm_ok(const char *src) {
    char err[512] = "";
    ld_Module *m = assemble(src, strlen(src), err, sizeof err);
    if (!m) fprintf(stderr, "\nunexpected error: %s\n", err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT(roundtrip_module(m));
    return m;
}

static void expect_error(const char *src, const char *want) {
    char err[512] = "";
    ld_Module *m = assemble(src, strlen(src), err, sizeof err);
    CU_ASSERT_PTR_NULL(m);
    if (m) {
        fprintf(stderr, "\nassembled, but expected: %s\n", want);
        ld_module_free(m);
        return;
    }
    if (strcmp(err, want) != 0) fprintf(stderr, "\n  got:  %s\n  want: %s\n", err, want);
    CU_ASSERT_STRING_EQUAL(err, want);
}

/* The first method of the class named cls. */
static const ld_Method *method0(const ld_Module *m, const char *cls) {
    int i = ld_find_class(m, cls);
    CU_ASSERT_FATAL(i >= 0);
    CU_ASSERT_FATAL(m->classes[i].nmethods > 0);
    return &m->classes[i].methods[0];
}

/* A class A with one static method m()V around body. Body starts on line 3. */
#define METHOD(body) ".class A\n.method static m()V\n" body ".end method\n.end class\n"

/* ------------------------------------------------------------------ */
/* error messages                                                      */
/* ------------------------------------------------------------------ */

static void test_errors(void) {
    static const struct {
        const char *src, *want;
    } cases[] = {
        {METHOD("  foo 1\n"), "t.oasm:3:3: error: unknown instruction 'foo'"},
        {METHOD("  iload_1\n"), "t.oasm:3:3: error: unknown instruction 'iload_1'"},
        {METHOD("  bipush 200\n"), "t.oasm:3:10: error: byte operand 200 out of range (-128..127)"},
        {METHOD("  sipush -40000\n"),
         "t.oasm:3:10: error: short operand -40000 out of range (-32768..32767)"},
        {METHOD("  iload x1\n"),
         "t.oasm:3:9: error: undefined constant 'x1' (expected local variable)"},
        {METHOD("  iload\n"), "t.oasm:3:8: error: expected local variable, found end of line"},
        {METHOD("  iload 1 2\n"), "t.oasm:3:11: error: unexpected '2'; expected end of line"},
        {METHOD("  goto nowhere\n  return\n"), "t.oasm:3:8: error: undefined label 'nowhere'"},
        {METHOD("a:\n  nop\na:\n  return\n"),
         "t.oasm:5:1: error: duplicate label 'a' (first defined on line 3)"},
        {METHOD("goto:\n  return\n"),
         "t.oasm:3:1: error: 'goto' is an instruction and cannot be a label"},
        {".class A\n.field x Q\n.end class\n",
         "t.oasm:2:10: error: invalid field descriptor 'Q' (expected e.g. I, [J or "
         "Ljava/lang/String;)"},
        {".class A\n.method m(I\n",
         "t.oasm:2:10: error: invalid method descriptor '(I' (expected e.g. "
         "(ILjava/lang/String;)V)"},
        {METHOD("  getstatic A.f\n"),
         "t.oasm:3:16: error: expected field descriptor, found end of line"},
        {METHOD("  invokestatic A(I)V\n"),
         "t.oasm:3:17: error: expected '.' between class and method name, found '(I)V'"},
        {METHOD("  invokestatic A.m(I)\n"),
         "t.oasm:3:19: error: invalid method descriptor '(I)' (expected e.g. "
         "(ILjava/lang/String;)V)"},
        {".class A\n.method static m()V\n  return\n",
         "t.oasm:4:1: error: missing '.end method' (the method starts on line 2)"},
        {".class A\n", "t.oasm:2:1: error: missing '.end class' (the class starts on line 1)"},
        {".class A\n.method static m()V\n  return\n.end class\n",
         "t.oasm:4:1: error: missing '.end method' before '.end class'"},
        {".class A\n.end method\n", "t.oasm:2:1: error: '.end method' without '.method'"},
        {".class A\n.class B\n",
         "t.oasm:2:1: error: '.class' inside a class (missing '.end class'?)"},
        {METHOD("  nop\n.class B\n"),
         "t.oasm:4:1: error: '.class' inside a method (missing '.end method'?)"},
        {".end foo\n", "t.oasm:1:6: error: expected 'class' or 'method' after '.end', found 'foo'"},
        {METHOD("  ldc \"abc\n"),
         "t.oasm:3:7: error: unterminated string (a string ends on its line)"},
        {METHOD("  ldc \"a\\qb\"\n"),
         "t.oasm:3:9: error: unknown escape sequence (known: \\n \\t \\r \\b \\f \\0 \\\" \\' \\\\ "
         "\\uXXXX)"},
        {METHOD("  ldc \"\\u12g4\"\n"), "t.oasm:3:8: error: \\u needs exactly 4 hex digits"},
        {".foo\n", "t.oasm:1:1: error: unknown directive '.foo'"},
        {"nop\n", "t.oasm:1:1: error: instruction 'nop' outside a method"},
        {"a:\n", "t.oasm:1:1: error: label 'a' outside a method"},
        {".class A\n  .limit stack 1\n.end class\n",
         "t.oasm:2:3: error: '.limit' outside a method"},
        {METHOD("  .field x I\n"),
         "t.oasm:3:3: error: '.field' inside a method (missing '.end method'?)"},
        {METHOD("  iconst_0\n  tableswitch 0 2 default=d\n  a\n  b\nd:\n  return\n"),
         "t.oasm:7:1: error: tableswitch 0 2 needs 3 targets, found 2"},
        {METHOD("  iconst_0\n  tableswitch 2 1 default=d\nd:\n  return\n"),
         "t.oasm:4:17: error: high key 1 is below low key 2"},
        {METHOD("  iconst_0\n  lookupswitch default=d\n    1: d\n    1: d\nd:\n  return\n"),
         "t.oasm:6:5: error: duplicate lookupswitch key 1"},
        {METHOD("  iconst_0\n  lookupswitch d\nd:\n  return\n"),
         "t.oasm:4:16: error: expected 'default=TARGET', found 'd'"},
        {METHOD("  ldc 1e39f\n"), "t.oasm:3:7: error: float constant '1e39f' out of range"},
        {METHOD("  ldc 1e309\n"), "t.oasm:3:7: error: double constant '1e309' out of range"},
        {METHOD("  ldc 2147483648\n"),
         "t.oasm:3:7: error: int constant '2147483648' out of range (add L for a long)"},
        {METHOD("  ldc 9223372036854775808L\n"),
         "t.oasm:3:7: error: long constant '9223372036854775808L' out of range"},
        {METHOD("  ldc 12abc\n"), "t.oasm:3:7: error: bad number '12abc'"},
        {METHOD("  ldc 1.5L\n"),
         "t.oasm:3:7: error: bad number '1.5L' (a long has no fraction or exponent)"},
        {METHOD("  ldc -nan\n"),
         "t.oasm:3:7: error: NaN has no sign; write its bits (float:0x... or double:0x...)"},
        {METHOD("  ldc float:0x123456789\n"),
         "t.oasm:3:7: error: expected 0x followed by 1 to 8 hex digits"},
        {METHOD("  ldc @\n"),
         "t.oasm:3:7: error: expected a constant (number, \"string\" or class NAME), found '@'"},
        {METHOD("  bipush LIMIT\n"),
         "t.oasm:3:10: error: undefined constant 'LIMIT' (expected byte operand)"},
        {".const X 1\n.const X 2\n", "t.oasm:2:8: error: constant 'X' is already defined"},
        {".const X 1\n" METHOD("X:\n  return\n"),
         "t.oasm:4:1: error: label 'X' has the name of a constant"},
        {METHOD("a:\n  return\n  .catch any from a to b using a\n"),
         "t.oasm:5:24: error: undefined label 'b'"},
        {METHOD("a:\n  nop\nb:\n  return\n  .catch any from b to a using a\n"),
         "t.oasm:7:24: error: empty handler range: 'to' (pc 0) must come after 'from' (pc 1)"},
        {METHOD("a:\n  return\nb:\n  .catch any from a to b using b\n"),
         "t.oasm:6:32: error: handler pc 1 is not an instruction of the method"},
        {METHOD("a:\n  return\n  .catch any from a to a usin a\n"),
         "t.oasm:5:26: error: expected 'using' in '.catch', found 'usin'"},
        {METHOD("  return\n  .line 7\n"),
         "t.oasm:4:3: error: '.line' must be followed by an instruction"},
        {METHOD("  return\n  .line 7 @5\n"),
         "t.oasm:4:3: error: '.line' pc 5 outside the code (length 1)"},
        {".class a//b\n", "t.oasm:1:8: error: invalid class name 'a//b'"},
        {".class [I\n", "t.oasm:1:8: error: an array type cannot be defined"},
        {".class static A\n", "t.oasm:1:8: error: 'static' is not allowed on a class"},
        {".class public public A\n", "t.oasm:1:15: error: duplicate flag 'public'"},
        {".class A\n.end class\n.class A\n", "t.oasm:3:8: error: duplicate class 'A'"},
        {".class A\n.method native m()V\n.end method\n.method native m()V\n",
         "t.oasm:4:16: error: duplicate method 'm()V'"},
        {".class A\n.field x I\n.field x I\n", "t.oasm:3:8: error: duplicate field 'x I'"},
        {".class A\n.field a.b I\n", "t.oasm:2:8: error: invalid field name 'a.b'"},
        {".class A\n.method native m()V\n  return\n",
         "t.oasm:3:3: error: a native method cannot have code"},
        {".class A\n.method abstract m()V\n  .limit stack 1\n",
         "t.oasm:3:3: error: an abstract method cannot have '.limit'"},
        {".class A\n.method static m()V\n.end method\n",
         "t.oasm:3:1: error: method 'm' has no instructions (only native and abstract methods "
         "have no code)"},
        {".main B\n.class A\n.end class\n",
         "t.oasm:1:7: error: main class 'B' is not defined in this file"},
        {".class A\n.field static final x I = 1.5\n",
         "t.oasm:2:27: error: constant 1.5 is a double, but the field has type I"},
        {".class A\n.field static final x J = 1.5f\n",
         "t.oasm:2:27: error: constant 1.5f is a float, but the field has type J"},
        {".class A\n.field static final x I = \"s\"\n",
         "t.oasm:2:27: error: constant string is a string, but the field has type I"},
        {".class A\n.field static final x Ljava/lang/Object; = 1\n",
         "t.oasm:2:42: error: a field of type Ljava/lang/Object; cannot have a constant value"},
        {METHOD("  ldc \"\xc3\xa9\" x\n"),
         "t.oasm:3:11: error: unexpected 'x'; expected end of line"},
        {METHOD("\tldc\t1\tx\n"), "t.oasm:3:8: error: unexpected 'x'; expected end of line"},
        {METHOD("  multianewarray [[I 3\n"),
         "t.oasm:3:22: error: 3 dimensions, but [[I has only 2"},
        {METHOD("  newarray string\n"),
         "t.oasm:3:12: error: expected an element type (boolean byte char short int long float "
         "double), found 'string'"},
        {METHOD("  new a;b\n  return\n"), "t.oasm:3:7: error: invalid class name 'a;b'"},
        {METHOD("  goto @\n"), "t.oasm:3:9: error: expected a pc after '@', found end of line"},
        {METHOD("  ldc \"\x01\"\n"),
         "t.oasm:3:8: error: control character 0x01 in string (write it as an escape)"},
        {METHOD("  ldc \"\xff\"\n"), "t.oasm:3:8: error: invalid UTF-8 in string"},
        {"\xff\n",
         "t.oasm:1:1: error: unexpected byte 0xff; expected a directive, label or instruction"},
        {".version 2 0\n.class java/lang/Object\n.end class\n",
         "t.oasm:1:10: error: unsupported version 2.0 (this Oak reads 1.0 to 1.0)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_error(cases[i].src, cases[i].want);
}

/* ------------------------------------------------------------------ */
/* structure                                                           */
/* ------------------------------------------------------------------ */

static void test_hello(void) {
    size_t len;
    uint8_t *src = t_read_file("samples/hello.oasm", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    char err[512];
    ld_Module *m = ld_assemble((const char *)src, len, "samples/hello.oasm", err, sizeof err);
    free(src);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->nclasses, 1);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, m->main_class), "Hello");
    const ld_Class *c = &m->classes[0];
    CU_ASSERT_EQUAL(c->flags, LD_ACC_PUBLIC);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, c->super_class), "java/lang/Object");
    CU_ASSERT_STRING_EQUAL(ld_utf8(m, c->source), "Hello.java");
    const ld_Method *me = &c->methods[0];
    CU_ASSERT_EQUAL(me->flags, LD_ACC_PUBLIC | LD_ACC_STATIC);
    CU_ASSERT_STRING_EQUAL(ld_utf8(m, me->name), "main");
    CU_ASSERT_EQUAL(me->max_stack, 2);
    CU_ASSERT_EQUAL(me->max_locals, 1);
    CU_ASSERT_EQUAL_FATAL(me->code_len, 10);
    CU_ASSERT_EQUAL(me->code[0], OP_getstatic);
    CU_ASSERT_EQUAL(me->code[3], OP_ldc);
    CU_ASSERT_EQUAL(me->code[6], OP_invokevirtual);
    CU_ASSERT_EQUAL(me->code[9], OP_return);
    const ld_Const *s = &m->pool[op_u16(me->code + 4)];
    CU_ASSERT_EQUAL(s->tag, LD_C_STRING);
    CU_ASSERT_STRING_EQUAL(ld_utf8(m, s->u.ref), "Hello, Oak!");
    CU_ASSERT_EQUAL(me->nlines, 2);
    CU_ASSERT(me->lines[0].pc == 0 && me->lines[0].line == 3);
    CU_ASSERT(me->lines[1].pc == 9 && me->lines[1].line == 4);
    CU_ASSERT(roundtrip_module(m));
    ld_module_free(m);
    /* java/lang/Object has no superclass; the current .version is not printed */
    m = asm_ok(".version 1 0\n.class java/lang/Object\n.end class\n");
    CU_ASSERT_EQUAL(m->classes[0].super_class, 0);
    char *text = disasm_string(m);
    CU_ASSERT_STRING_EQUAL(text, ".class java/lang/Object\n.end class\n");
    free(text);
    ld_module_free(m);
}

static void roundtrip_file(const char *path) {
    size_t len;
    uint8_t *src = t_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "\ncannot read %s\n", path);
        CU_FAIL("missing file");
        return;
    }
    char err[512];
    ld_Module *m = ld_assemble((const char *)src, len, path, err, sizeof err);
    free(src);
    if (!m) fprintf(stderr, "\n%s\n", err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT(roundtrip_module(m));
    ld_module_free(m);
}

static void test_roundtrip_files(void) {
    roundtrip_file("tests/asm/shapes.oasm");
    roundtrip_file("samples/hello.oasm");
    FILE *f = fopen("stdlib/bootstrap.oasm", "rb");
    if (f) {
        fclose(f);
        roundtrip_file("stdlib/bootstrap.oasm");
    }
}

static void test_shapes_structure(void) {
    size_t len;
    uint8_t *src = t_read_file("tests/asm/shapes.oasm", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    char err[512];
    ld_Module *m = ld_assemble((const char *)src, len, "shapes.oasm", err, sizeof err);
    free(src);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->nclasses, 5);
    int shape = ld_find_class(m, "shapes/Shape"), base = ld_find_class(m, "shapes/Base");
    CU_ASSERT_FATAL(shape >= 0 && base >= 0);
    CU_ASSERT_EQUAL(m->classes[shape].flags, LD_ACC_PUBLIC | LD_ACC_INTERFACE | LD_ACC_ABSTRACT);
    const ld_Class *b = &m->classes[base];
    CU_ASSERT_EQUAL_FATAL(b->ninterfaces, 1);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, b->interfaces[0]), "shapes/Shape");
    /* static final constants, including one coerced to the field's type */
    int seen = 0;
    for (int i = 0; i < b->nfields; i++) {
        const ld_Field *f = &b->fields[i];
        const char *n = ld_utf8(m, f->name);
        if (strcmp(n, "MAX") == 0) {
            CU_ASSERT(m->pool[f->constval].tag == LD_C_INT && m->pool[f->constval].u.i == 10);
            seen++;
        } else if (strcmp(n, "BIG") == 0) {
            CU_ASSERT(m->pool[f->constval].tag == LD_C_LONG &&
                      m->pool[f->constval].u.j == 1234567890123LL);
            seen++;
        } else if (strcmp(n, "HALF") == 0) {
            CU_ASSERT(m->pool[f->constval].tag == LD_C_FLOAT &&
                      m->pool[f->constval].u.f == 0x3f000000u);
            seen++;
        } else if (strcmp(n, "count") == 0) {
            CU_ASSERT_EQUAL(f->constval, 0);
            CU_ASSERT_EQUAL(f->flags, LD_ACC_PUBLIC | LD_ACC_STATIC);
            seen++;
        }
    }
    CU_ASSERT_EQUAL(seen, 4);
    /* inferred limits of Main.classify */
    int mi = ld_find_class(m, "shapes/Main");
    CU_ASSERT_FATAL(mi >= 0);
    const ld_Class *mc = &m->classes[mi];
    for (int i = 0; i < mc->nmethods; i++)
        if (strcmp(ld_utf8(m, mc->methods[i].name), "classify") == 0) {
            CU_ASSERT_EQUAL(mc->methods[i].max_stack, 1);
            CU_ASSERT_EQUAL(mc->methods[i].max_locals, 1);
            seen++;
        }
    CU_ASSERT_EQUAL(seen, 5);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* every opcode, generated from op_info                                */
/* ------------------------------------------------------------------ */

static void test_every_opcode(void) {
    char *src = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&src, &n);
    fputs(".class T\n.field static f I\n.method static m(I)V\n.limit stack 9\n.limit locals 9\n"
          "top:\n",
          f);
    for (int op = 0; op < OP__COUNT; op++) {
        const char *nm = op_info[op].name;
        switch ((op_Format)op_info[op].format) {
        case OPF_NONE: fprintf(f, "  %s\n", nm); break;
        case OPF_S1: fprintf(f, "  %s -7\n", nm); break;
        case OPF_S2: fprintf(f, "  %s 1000\n", nm); break;
        case OPF_LOCAL: fprintf(f, "  %s 3\n", nm); break;
        case OPF_IINC: fprintf(f, "  %s 3 -2\n", nm); break;
        case OPF_BRANCH: fprintf(f, "  %s top\n", nm); break;
        case OPF_CONST: fprintf(f, "  %s 42\n", nm); break;
        case OPF_CLASS: fprintf(f, "  %s java/lang/String\n", nm); break;
        case OPF_FIELD: fprintf(f, "  %s T.f I\n", nm); break;
        case OPF_METHOD: fprintf(f, "  %s T.m(I)V\n", nm); break;
        case OPF_ATYPE: fprintf(f, "  %s int\n", nm); break;
        case OPF_MULTI: fprintf(f, "  %s [[I 2\n", nm); break;
        case OPF_TABLESWITCH: fprintf(f, "  %s 0 1 default=top\n    top\n    top\n", nm); break;
        case OPF_LOOKUPSWITCH: fprintf(f, "  %s default=top\n    1: top\n", nm); break;
        default:
            fprintf(stderr, "\ntest_every_opcode: teach me operand format %d (opcode %s)\n",
                    op_info[op].format, nm);
            CU_FAIL("unknown operand format");
        }
    }
    fputs("  return\n.end method\n.end class\n", f);
    fclose(f);
    ld_Module *m = asm_ok(src);
    free(src);
    const ld_Method *me = method0(m, "T");
    /* the code is exactly opcodes 0, 1, ..., OP__COUNT-1, then return */
    uint32_t pc = 0;
    int op = 0;
    for (; pc < me->code_len && op < OP__COUNT; op++) {
        CU_ASSERT_EQUAL(me->code[pc], op);
        uint32_t len = op_decode_length(me->code, me->code_len, pc);
        CU_ASSERT_FATAL(len > 0);
        if (op_info[op].format == OPF_BRANCH)
            CU_ASSERT_EQUAL(op_s32(me->code + pc + 1), -(int32_t)pc);
        pc += len;
    }
    CU_ASSERT_EQUAL(op, OP__COUNT);
    CU_ASSERT_EQUAL(me->code[pc], OP_return);
    CU_ASSERT_EQUAL(pc + 1, me->code_len);
    /* the disassembly names every mnemonic */
    char *text = disasm_string(m);
    for (int i = 0; i < OP__COUNT; i++) {
        char pat[64];
        snprintf(pat, sizeof pat, "        %s", op_info[i].name);
        CU_ASSERT_PTR_NOT_NULL(strstr(text, pat));
    }
    free(text);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* switches, handlers, lines                                           */
/* ------------------------------------------------------------------ */

static void test_switches(void) {
    ld_Module *m = asm_ok(METHOD("  iconst_0\n"                                        /* pc 0 */
                                 "  tableswitch -1 1 default=d\n    a\n    b\n    d\n" /* 1 */
                                 "a:\n  iconst_0\n"                                    /* 26 */
                                 "  lookupswitch default=d 7: a -3: b\n"               /* 27 */
                                 "    1000000: @0\n"
                                 "b:\n  nop\n" /* 27 + 9 + 24 = 60 */
                                 "d:\n  return\n"));
    const ld_Method *me = method0(m, "A");
    const uint8_t *c = me->code;
    CU_ASSERT_EQUAL_FATAL(me->code_len, 62);
    CU_ASSERT_EQUAL(c[1], OP_tableswitch);
    CU_ASSERT_EQUAL(op_s32(c + 2), 61 - 1);  /* default, relative to the opcode */
    CU_ASSERT_EQUAL(op_s32(c + 6), -1);      /* low */
    CU_ASSERT_EQUAL(op_s32(c + 10), 1);      /* high */
    CU_ASSERT_EQUAL(op_s32(c + 14), 26 - 1); /* a */
    CU_ASSERT_EQUAL(op_s32(c + 18), 60 - 1); /* b */
    CU_ASSERT_EQUAL(op_s32(c + 22), 61 - 1); /* d */
    CU_ASSERT_EQUAL(c[27], OP_lookupswitch);
    CU_ASSERT_EQUAL(op_s32(c + 28), 61 - 27);
    CU_ASSERT_EQUAL(op_u32(c + 32), 3);
    /* sorted by key */
    CU_ASSERT_EQUAL(op_s32(c + 36), -3);
    CU_ASSERT_EQUAL(op_s32(c + 40), 60 - 27);
    CU_ASSERT_EQUAL(op_s32(c + 44), 7);
    CU_ASSERT_EQUAL(op_s32(c + 48), 26 - 27);
    CU_ASSERT_EQUAL(op_s32(c + 52), 1000000);
    CU_ASSERT_EQUAL(op_s32(c + 56), -27);
    CU_ASSERT_EQUAL(c[60], OP_nop);
    /* inferred: stack 1 */
    CU_ASSERT_EQUAL(me->max_stack, 1);
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "tableswitch -1 1 default=L61"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "            -3: L60\n            7: L26\n"
                                        "            1000000: L0\n"));
    free(text);
    ld_module_free(m);
}

static void test_handlers(void) {
    /* order is semantic: inner first, then outer, then a catch-all; kept exactly */
    ld_Module *m = asm_ok(METHOD("s:\n  aconst_null\n  athrow\ne:\n  return\n"
                                 "h1:\n  pop\n  return\n"
                                 "h2:\n  athrow\n"
                                 "  .catch java/lang/RuntimeException from s to e using h1\n"
                                 "  .catch java/lang/Exception from s to h1 using h2\n"
                                 "  .catch any from @0 to @1 using h1\n"
                                 "  .catch java/lang/RuntimeException from s to e using h1\n"));
    const ld_Method *me = method0(m, "A");
    CU_ASSERT_EQUAL_FATAL(me->nhandlers, 4);
    const ld_Handler *h = me->handlers;
    CU_ASSERT(h[0].start == 0 && h[0].end == 2 && h[0].handler == 3);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, h[0].catch_type), "java/lang/RuntimeException");
    CU_ASSERT(h[1].start == 0 && h[1].end == 3 && h[1].handler == 5);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, h[1].catch_type), "java/lang/Exception");
    CU_ASSERT(h[2].start == 0 && h[2].end == 1 && h[2].handler == 3 && h[2].catch_type == 0);
    CU_ASSERT(h[3].start == 0 && h[3].end == 2 && h[3].catch_type == h[0].catch_type);
    CU_ASSERT_EQUAL(me->max_stack, 1); /* a handler starts with the exception on the stack */
    char *text = disasm_string(m);
    const char *a = strstr(text, ".catch java/lang/RuntimeException from L0 to L2 using L3");
    const char *b = strstr(text, ".catch java/lang/Exception from L0 to L3 using L5");
    const char *c = strstr(text, ".catch any from L0 to L1 using L3");
    CU_ASSERT(a && b && c && a < b && b < c);
    free(text);
    ld_module_free(m);
}

static void test_lines(void) {
    ld_Module *m = asm_ok(METHOD(".line 1\n  nop\n  .line 2\n.line 3\n  nop\n  .line 4 @0\n"
                                 "  return\n"));
    const ld_Method *me = method0(m, "A");
    CU_ASSERT_EQUAL_FATAL(me->nlines, 4);
    CU_ASSERT(me->lines[0].pc == 0 && me->lines[0].line == 1);
    CU_ASSERT(me->lines[1].pc == 1 && me->lines[1].line == 2);
    CU_ASSERT(me->lines[2].pc == 1 && me->lines[2].line == 3);
    CU_ASSERT(me->lines[3].pc == 0 && me->lines[3].line == 4);
    /* out of pc order: the disassembler lists them explicitly, in table order */
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".line 1 @0\n        .line 2 @1\n        .line 3 @1\n"
                                        "        .line 4 @0\n"));
    free(text);
    ld_module_free(m);
    /* in order: inline */
    m = asm_ok(METHOD("  .line 10\n  nop\n  .line 4294967295\n  return\n"));
    text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "        .line 10\n        nop"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "        .line 4294967295\n        return"));
    free(text);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* constants                                                           */
/* ------------------------------------------------------------------ */

/* Assembles "ldc TEXT" and returns the constant it loads (module in *mp). */
static const ld_Const *ldc_const(const char *text, ld_Module **mp) {
    char src[512];
    snprintf(src, sizeof src, METHOD("  ldc %s\n  pop\n  return\n"), text);
    ld_Module *m = asm_ok(src);
    *mp = m;
    const ld_Method *me = method0(m, "A");
    return &m->pool[op_u16(me->code + 1)];
}

static void check_float(const char *text, uint32_t bits) {
    ld_Module *m;
    const ld_Const *c = ldc_const(text, &m);
    CU_ASSERT_EQUAL(c->tag, LD_C_FLOAT);
    if (c->u.f != bits) fprintf(stderr, "\nldc %s: 0x%08x, want 0x%08x\n", text, c->u.f, bits);
    CU_ASSERT_EQUAL(c->u.f, bits);
    ld_module_free(m);
}

static void check_double(const char *text, uint64_t bits) {
    ld_Module *m;
    const ld_Const *c = ldc_const(text, &m);
    CU_ASSERT_EQUAL(c->tag, LD_C_DOUBLE);
    if (c->u.d != bits)
        fprintf(stderr, "\nldc %s: 0x%016llx, want 0x%016llx\n", text, (unsigned long long)c->u.d,
                (unsigned long long)bits);
    CU_ASSERT(c->u.d == bits);
    ld_module_free(m);
}

static void check_string(const char *text, const char *bytes, uint32_t len) {
    ld_Module *m;
    const ld_Const *c = ldc_const(text, &m);
    CU_ASSERT_EQUAL_FATAL(c->tag, LD_C_STRING);
    const ld_Const *u = &m->pool[c->u.ref];
    CU_ASSERT_EQUAL(u->u.utf8.len, len);
    CU_ASSERT(u->u.utf8.len == len && memcmp(u->u.utf8.bytes, bytes, len) == 0);
    ld_module_free(m);
}

static void test_constants(void) {
    ld_Module *m;
    const ld_Const *c = ldc_const("-2147483648", &m);
    CU_ASSERT(c->tag == LD_C_INT && c->u.i == INT32_MIN);
    ld_module_free(m);
    c = ldc_const("0x7fffffff", &m);
    CU_ASSERT(c->tag == LD_C_INT && c->u.i == INT32_MAX);
    ld_module_free(m);
    c = ldc_const("-9223372036854775808L", &m);
    CU_ASSERT(c->tag == LD_C_LONG && c->u.j == INT64_MIN);
    ld_module_free(m);
    c = ldc_const("0x7fffffffffffffffL", &m);
    CU_ASSERT(c->tag == LD_C_LONG && c->u.j == INT64_MAX);
    ld_module_free(m);
    c = ldc_const("5l", &m);
    CU_ASSERT(c->tag == LD_C_LONG && c->u.j == 5);
    ld_module_free(m);

    check_float("1.5f", 0x3fc00000u);
    check_float("0.1f", 0x3dcccccdu);
    check_float("-0.0f", 0x80000000u);
    check_float("0f", 0u);
    check_float("3.4028235e38f", 0x7f7fffffu);
    check_float("1.4e-45f", 0x00000001u); /* smallest denormal */
    check_float("nanf", 0x7fc00000u);
    check_float("inff", 0x7f800000u);
    check_float("-inff", 0xff800000u);
    check_float("float:0x7fc00001", 0x7fc00001u);
    check_float("float:0xffc00000", 0xffc00000u);

    check_double("1.5", 0x3ff8000000000000ull);
    check_double("0.1", 0x3fb999999999999aull);
    check_double("-0.0", 0x8000000000000000ull);
    check_double("1e300", 0x7e37e43c8800759cull);
    check_double("4.9e-324", 1ull);
    check_double("2d", 0x4000000000000000ull);
    check_double(".5", 0x3fe0000000000000ull);
    check_double("nan", 0x7ff8000000000000ull);
    check_double("inf", 0x7ff0000000000000ull);
    check_double("-inf", 0xfff0000000000000ull);
    check_double("double:0x7ff0000000000001", 0x7ff0000000000001ull);

    check_string("\"\"", "", 0);
    check_string("\"a\\n\\t\\r\\\"\\\\\\'\\b\\f\"", "a\n\t\r\"\\'\b\f", 9);
    check_string("\"\\0\"", "\xc0\x80", 2); /* NUL is C0 80 */
    check_string("\"\\u0000x\"", "\xc0\x80x", 3);
    check_string("\"\xc3\xa9\"", "\xc3\xa9", 2); /* raw UTF-8 e-acute */
    check_string("\"\\u00e9\"", "\xc3\xa9", 2);
    check_string("\"\xe4\xb8\xad\"", "\xe4\xb8\xad", 3); /* a CJK character */
    /* a supplementary character becomes a surrogate pair, each unit on its own */
    check_string("\"\xf0\x9f\x98\x80\"", "\xed\xa0\xbd\xed\xb8\x80", 6);
    check_string("\"\\ud83d\\ude00\"", "\xed\xa0\xbd\xed\xb8\x80", 6);
    check_string("\"\\uDC00\"", "\xed\xb0\x80", 3); /* a lone surrogate */
    check_string("\"; not a comment\"", "; not a comment", 15);

    c = ldc_const("class [Ljava/lang/String;", &m);
    CU_ASSERT_EQUAL(c->tag, LD_C_CLASS);
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, (uint16_t)(c - m->pool)), "[Ljava/lang/String;");
    ld_module_free(m);

    /* symbolic constants */
    m = asm_ok(
        ".const LIMIT 100\n.const NEG -0x10\n" METHOD("  bipush LIMIT\n  sipush NEG\n"
                                                      "  ldc LIMIT\n  iinc 0 NEG\n  return\n"));
    const ld_Method *me = method0(m, "A");
    CU_ASSERT_EQUAL(me->code[1], 100);
    CU_ASSERT_EQUAL(op_s16(me->code + 3), -16);
    CU_ASSERT_EQUAL(m->pool[op_u16(me->code + 6)].u.i, 100);
    CU_ASSERT_EQUAL(op_s16(me->code + 11), -16);
    CU_ASSERT_EQUAL(me->max_locals, 1);
    ld_module_free(m);

    /* the disassembler prints each so it parses back to the same bits */
    m = asm_ok(METHOD("  ldc 100.0f\n  ldc 1e20\n  ldc 1.17549435e-38f\n  ldc 123456789012.5\n"
                      "  ldc -1e-300\n  ldc 16777217f\n  ldc double:0xfff8000000000000\n"
                      "  ldc \"\\u0001\\u007f\\u0080\\uffff\"\n  return\n"));
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ldc 100.0f "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ldc 1e+20 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ldc 16777216.0f "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ldc double:0xfff8000000000000 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ldc \"\\u0001\\u007f\\u0080\\uffff\" "));
    free(text);
    ld_module_free(m);
}

/* Shortest round-tripping decimals for many float and double bit patterns. */
static void test_float_printing(void) {
    uint64_t x = 0x9E3779B97F4A7C15ull;
    char *src = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&src, &n);
    fputs(".class A\n.method static m()V\n.limit stack 1\n.limit locals 0\n", f);
    for (int i = 0; i < 400; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint32_t fb = (uint32_t)x;
        if ((fb & 0x7f800000u) == 0x7f800000u) fb &= 0xbfffffffu; /* keep finite */
        fprintf(f, "  ldc float:0x%08x\n  ldc double:0x%016llx\n", fb,
                (unsigned long long)(x & 0xffefffffffffffffull));
    }
    fputs("  return\n.end method\n.end class\n", f);
    fclose(f);
    ld_Module *m = asm_ok(src); /* round trip checks every value */
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NULL(strstr(text, "float:")); /* all finite: printed as decimals */
    CU_ASSERT_PTR_NULL(strstr(text, "double:"));
    free(text);
    free(src);
    ld_module_free(m);
}

static void test_field_constants(void) {
    ld_Module *m = asm_ok(".class A\n"
                          ".field static final a I = -1\n"
                          ".field static final b J = 10\n"
                          ".field static final c F = 1\n"
                          ".field static final d D = 2\n"
                          ".field static final e F = 0.1\n"
                          ".field static final f D = nan\n"
                          ".field static final g F = -inf\n"
                          ".field static final h Ljava/lang/String; = \"h\\u00e9\"\n"
                          ".field static final i Z = 1\n"
                          ".field static final j J = 7L\n"
                          ".end class\n");
    const ld_Class *k = &m->classes[0];
    CU_ASSERT_EQUAL_FATAL(k->nfields, 10);
    const ld_Const *p = m->pool;
    CU_ASSERT(p[k->fields[0].constval].tag == LD_C_INT && p[k->fields[0].constval].u.i == -1);
    CU_ASSERT(p[k->fields[1].constval].tag == LD_C_LONG && p[k->fields[1].constval].u.j == 10);
    CU_ASSERT(p[k->fields[2].constval].tag == LD_C_FLOAT &&
              p[k->fields[2].constval].u.f == 0x3f800000u);
    CU_ASSERT(p[k->fields[3].constval].tag == LD_C_DOUBLE &&
              p[k->fields[3].constval].u.d == 0x4000000000000000ull);
    CU_ASSERT(p[k->fields[4].constval].tag == LD_C_FLOAT &&
              p[k->fields[4].constval].u.f == 0x3dcccccdu); /* 0.1 read as a float, once */
    CU_ASSERT(p[k->fields[5].constval].u.d == 0x7ff8000000000000ull);
    CU_ASSERT(p[k->fields[6].constval].u.f == 0xff800000u);
    CU_ASSERT_EQUAL(p[k->fields[7].constval].tag, LD_C_STRING);
    CU_ASSERT(p[k->fields[8].constval].tag == LD_C_INT);
    CU_ASSERT(p[k->fields[9].constval].tag == LD_C_LONG && p[k->fields[9].constval].u.j == 7);
    CU_ASSERT_EQUAL(k->fields[0].flags, LD_ACC_STATIC | LD_ACC_FINAL);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* exact forms: quoted names, targets inside instructions              */
/* ------------------------------------------------------------------ */

static void test_quoted_names(void) {
    /* names the reader accepts but that are not one bare word */
    ld_Module *m = asm_ok(".main \"a b/C\"\n"
                          ".class public \"a b/C\" extends \"public\"\n"
                          "  .implements \"any\"\n"
                          "  .field \"x=y\" I\n"
                          "  .field \"f(\" \"La b/C;\"\n"
                          "  .method static \"m n\" \"(La b/C;)V\"\n"
                          "    .limit stack 1\n"
                          "    .limit locals 1\n"
                          "    getstatic \"a b/C\".\"x=y\" I\n"
                          "    invokestatic \"a b/C\".\"m n\" \"(La b/C;)V\"\n"
                          "    ldc class \"a b/C\"\n"
                          "    .catch \"any\" from @0 to @3 using @0\n"
                          "    return\n"
                          "  .end method\n"
                          ".end class\n");
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, m->classes[0].this_class), "a b/C");
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, m->classes[0].super_class), "public");
    CU_ASSERT_STRING_EQUAL(ld_class_name(m, m->classes[0].interfaces[0]), "any");
    CU_ASSERT_STRING_EQUAL(ld_utf8(m, m->classes[0].fields[0].name), "x=y");
    CU_ASSERT_STRING_EQUAL(ld_utf8(m, m->classes[0].methods[0].desc), "(La b/C;)V");
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".class public \"a b/C\" extends \"public\"\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".method static \"m n\" \"(La b/C;)V\"\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".catch \"any\" from L0 to L3 using L0"));
    free(text);
    ld_module_free(m);
}

static void put32(uint8_t *p, int32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)((uint32_t)v >> (8 * i));
}

/* A module the assembler's labels cannot express: targets inside instructions and
 * outside the code, handler bounds inside instructions, a line table out of pc order. */
static void test_odd_targets(void) {
    ld_Module *m = ld_module_new();
    ld_Class *c = ld_module_add_class(m);
    c->flags = LD_ACC_PUBLIC;
    c->this_class = ld_pool_class(m, "T");
    c->super_class = ld_pool_class(m, "java/lang/Object");
    ld_Method *me = ld_class_add_method(c);
    me->flags = LD_ACC_STATIC;
    me->name = ld_pool_utf8(m, "m", 1);
    me->desc = ld_pool_utf8(m, "()V", 3);
    me->max_stack = 3;
    me->max_locals = 7;
    uint8_t code[64] = {0};
    uint32_t n = 0;
    code[n] = OP_goto, put32(code + n + 1, 2), n += 5;    /* pc 0 -> 2: inside itself */
    code[n] = OP_ifeq, put32(code + n + 1, -100), n += 5; /* pc 5 -> -95 */
    code[n] = OP_goto, put32(code + n + 1, 1000), n += 5; /* pc 10 -> 1010 */
    code[n] = OP_goto, put32(code + n + 1, 6), n += 5;    /* pc 15 -> 21 = end of code */
    code[n++] = OP_return;                                /* pc 20 */
    me->code = malloc(n);
    memcpy(me->code, code, n);
    me->code_len = n;
    me->nhandlers = 2;
    me->handlers = calloc(2, sizeof(ld_Handler));
    me->handlers[0] = (ld_Handler){1, 7, 3, 0};
    me->handlers[1] = (ld_Handler){0, n, 20, ld_pool_class(m, "java/lang/Throwable")};
    me->nlines = 3;
    me->lines = calloc(3, sizeof(ld_Line));
    me->lines[0] = (ld_Line){15, 2};
    me->lines[1] = (ld_Line){0, 1};
    me->lines[2] = (ld_Line){3, 9};
    char err[256];
    CU_ASSERT_EQUAL_FATAL(ld_module_canonicalize(m, err, sizeof err), 0);
    CU_ASSERT(roundtrip_module(m));
    char *text = disasm_string(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "goto @2 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "ifeq @-95 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "goto @1010 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "goto L21 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".catch any from @1 to @7 using @3"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".catch java/lang/Throwable from L0 to L21 using L20"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, ".line 2 @15\n        .line 1 @0\n        .line 9 @3\n"));
    free(text);
    char buf[64];
    CU_ASSERT_STRING_EQUAL(ld_format_insn(m, me->code, me->code_len, 5, buf, sizeof buf),
                           "ifeq @-95");
    CU_ASSERT_STRING_EQUAL(ld_format_insn(m, me->code, me->code_len, n, buf, sizeof buf),
                           "<bad code>");
    ld_module_free(m);
}

static void test_format_insn(void) {
    ld_Module *m = asm_ok(METHOD("a:\n  iconst_0\n  lookupswitch default=a 1: b 2: a\n"
                                 "b:\n  getstatic java/lang/System.out Ljava/io/PrintStream;\n"
                                 "  pop\n  return\n"));
    const ld_Method *me = method0(m, "A");
    char buf[128];
    CU_ASSERT_STRING_EQUAL(ld_format_insn(m, me->code, me->code_len, 1, buf, sizeof buf),
                           "lookupswitch default=@0 1: @26 2: @0");
    CU_ASSERT_STRING_EQUAL(ld_format_insn(m, me->code, me->code_len, 26, buf, sizeof buf),
                           "getstatic java/lang/System.out Ljava/io/PrintStream;");
    CU_ASSERT_STRING_EQUAL(ld_format_insn(m, me->code, me->code_len, 26, buf, 10), "getstatic");
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* .limit inference                                                    */
/* ------------------------------------------------------------------ */

static void test_infer_limits(void) {
    ld_Module *m =
        asm_ok(".class A\n.method m(JLjava/lang/Object;)I\n"
               "  aload 0\n  lload 1\n  aload 2\n"
               "  invokevirtual A.f(JLjava/lang/Object;)I\n" /* pops 3, pushes 1 */
               "  iconst_1\n  iconst_2\n  iconst_3\n  pop\n  pop\n  pop\n"
               "  istore 9\n  iinc 12 1\n  iload 9\n  ireturn\n.end method\n.end class\n");
    const ld_Method *me = method0(m, "A");
    CU_ASSERT_EQUAL(me->max_stack, 4);
    CU_ASSERT_EQUAL(me->max_locals, 13);
    ld_module_free(m);
    m = asm_ok(".class A\n.method static m(II)V\n  return\n.end method\n.end class\n");
    me = method0(m, "A");
    CU_ASSERT_EQUAL(me->max_stack, 0);
    CU_ASSERT_EQUAL(me->max_locals, 2);
    ld_module_free(m);
    /* given limits are kept even when wrong */
    m = asm_ok(METHOD("  .limit stack 0\n  .limit locals 300\n  iconst_0\n  pop\n  return\n"));
    me = method0(m, "A");
    CU_ASSERT_EQUAL(me->max_stack, 0);
    CU_ASSERT_EQUAL(me->max_locals, 300);
    ld_module_free(m);
    expect_error(METHOD("  iconst_0\n  ifeq a\n  iconst_1\na:\n  return\n"),
                 "t.oasm:2:1: error: cannot infer '.limit stack': the stack depth at pc 7 is 0 on "
                 "one path and 1 on another; write '.limit stack N'");
    expect_error(METHOD("  pop\n  return\n"),
                 "t.oasm:2:1: error: cannot infer '.limit stack': pop at pc 0 pops 1 values from "
                 "a stack of 0; write '.limit stack N'");
}

/* ------------------------------------------------------------------ */
/* robustness                                                          */
/* ------------------------------------------------------------------ */

static uint64_t rng_state = 0x243F6A8885A308D3ull;
static uint32_t rnd(void) {
    rng_state ^= rng_state << 13, rng_state ^= rng_state >> 7, rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

/* Either a module (which must round-trip) or one well-formed error. */
static void check_any(const char *src, size_t len) {
    char err[512] = "";
    ld_Module *m = assemble(src, len, err, sizeof err);
    if (m) {
        CU_ASSERT(roundtrip_module(m));
        ld_module_free(m);
        return;
    }
    unsigned line, col;
    int pos = 0;
    int ok = sscanf(err, "t.oasm:%u:%u: error: %n", &line, &col, &pos) == 2 && pos > 0 &&
             err[pos] != 0 && line >= 1 && col >= 1;
    if (!ok) fprintf(stderr, "\nmalformed error message: %s\n", err);
    CU_ASSERT(ok);
}

static void test_garbage(void) {
    static const char alphabet[] = ".:;\"\\@=()[]/-+ \t\n0123456789abcdefxLfu"
                                   "classmethodendlimitstacklinecatch"
                                   "\x00\x01\x7f\x80\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\xff";
    char buf[300];
    for (int i = 0; i < 3000; i++) {
        size_t len = rnd() % sizeof buf;
        for (size_t k = 0; k < len; k++)
            buf[k] = (rnd() & 3) ? alphabet[rnd() % (sizeof alphabet - 1)] : (char)rnd();
        check_any(buf, len);
    }
    check_any(NULL, 0);
    check_any("", 0);
    check_any("\"", 1);
    check_any("\\", 1);
    check_any(".", 1);
    check_any(".class", 6);
    check_any(".class A\n.method m()V\n  ldc \"\\u", 31);
    check_any(".class A\n.method m()V\n  ldc float:", 33);
    check_any(".class A\n.method m()V\n  tableswitch 0 2147483647 default=a\n", 54);
    check_any(".class A\n.method m()V\n  tableswitch -2147483648 2147483647 default=a\n a", 67);
}

/* Every prefix and many one-byte mutations of a real program. */
static void test_mutations(void) {
    size_t len;
    uint8_t *src = t_read_file("tests/asm/shapes.oasm", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    char *copy = malloc(len);
    for (size_t n = 0; n <= len; n += 1 + n / 512)
        check_any((const char *)src, n);
    static const char pick[] = " \n\t;:\".@=-0123456789LfxIJD()[/<>a";
    int assembled = 0;
    for (int i = 0; i < 1500; i++) {
        memcpy(copy, src, len);
        int edits = 1 + (int)(rnd() % 3);
        for (int e = 0; e < edits; e++) {
            size_t at = rnd() % len;
            copy[at] = (rnd() & 1) ? pick[rnd() % (sizeof pick - 1)] : (char)rnd();
        }
        char err[512];
        ld_Module *m = assemble(copy, len, err, sizeof err);
        if (m) {
            assembled++;
            CU_ASSERT(roundtrip_module(m));
            ld_module_free(m);
        } else {
            check_any(copy, len);
        }
    }
    CU_ASSERT(assembled > 0); /* some edits (in comments, in strings) keep it valid */
    free(copy);
    free(src);
}

/* Every module the reader accepts can be printed: mutate the bytes of an assembled
 * module, and each mutant ld_read accepts (odd names, NaN payloads, branches into the
 * middle of instructions, ...) must, once canonical, survive the round trip. */
static void test_module_mutations(void) {
    size_t len;
    uint8_t *src = t_read_file("tests/asm/shapes.oasm", &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    char err[512];
    ld_Module *m = ld_assemble((const char *)src, len, "shapes.oasm", err, sizeof err);
    free(src);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    size_t n;
    uint8_t *bytes = write_bytes(m, &n);
    ld_module_free(m);
    uint8_t *copy = malloc(n);
    int accepted = 0;
    for (int i = 0; i < 4000; i++) {
        memcpy(copy, bytes, n);
        int edits = 1 + (int)(rnd() % 3);
        for (int e = 0; e < edits; e++) {
            size_t at = rnd() % n;
            copy[at] = (rnd() & 1) ? (uint8_t)rnd() : (uint8_t)(copy[at] ^ (1u << (rnd() % 8)));
        }
        ld_Module *r = ld_read(copy, n, "mutant.oak", err, sizeof err);
        if (!r) continue;
        accepted++;
        CU_ASSERT_EQUAL(ld_module_canonicalize(r, err, sizeof err), 0);
        CU_ASSERT(roundtrip_module(r));
        ld_module_free(r);
    }
    CU_ASSERT(accepted > 100);
    free(copy);
    free(bytes);
}

void add_asm_tests(void) {
    CU_pSuite s = CU_add_suite("assembler and disassembler", NULL, NULL);
    CU_add_test(s, "error messages with file:line:col", test_errors);
    CU_add_test(s, "samples/hello.oasm", test_hello);
    CU_add_test(s, "round trip of the .oasm files", test_roundtrip_files);
    CU_add_test(s, "shapes.oasm structure", test_shapes_structure);
    CU_add_test(s, "every opcode (from op_info)", test_every_opcode);
    CU_add_test(s, "tableswitch and lookupswitch", test_switches);
    CU_add_test(s, "exception handlers keep their order", test_handlers);
    CU_add_test(s, "line numbers", test_lines);
    CU_add_test(s, "constants of every type", test_constants);
    CU_add_test(s, "floats and doubles print back bit-exactly", test_float_printing);
    CU_add_test(s, "field constant values take the field's type", test_field_constants);
    CU_add_test(s, "quoted names", test_quoted_names);
    CU_add_test(s, "targets inside instructions and outside the code", test_odd_targets);
    CU_add_test(s, "ld_format_insn", test_format_insn);
    CU_add_test(s, ".limit inference", test_infer_limits);
    CU_add_test(s, "garbage input", test_garbage);
    CU_add_test(s, "prefixes and mutations of shapes.oasm", test_mutations);
    CU_add_test(s, "mutated modules the reader accepts round-trip", test_module_mutations);
}

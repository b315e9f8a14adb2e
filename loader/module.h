/* module.h: the .oak module file, in memory and on disk.
 *
 * Why: a module is the unit every Oak tool exchanges (oakc writes it, oakasm writes it, oakp
 * prints it, the VM loads it). There is exactly one reader and one writer, here, so the
 * format cannot drift between tools, and exactly one place that decides whether a file is
 * well formed. The reader trusts nothing: every length, index and offset is checked against
 * the bounds of the file before it is used, and a bad file is rejected with a message that
 * names the file, the place and the reason. (The verifier then checks what the bytecode
 * *means*; the reader only checks that it can be decoded.)
 *
 * In memory a module is plain arrays of plain structs (ld_Module -> ld_Class -> ld_Method),
 * one to one with the file, so that reading and writing are inverses: write(read(f)) == f
 * byte for byte. Tools that build a module (oakasm, oakc) intern constants with
 * ld_pool_*() and call ld_module_canonicalize() before writing, which renumbers the pool in
 * a fixed traversal order; that makes oakasm(oakp(m)) == m for every canonical module.
 *
 * File layout (all integers little-endian; u16 pool indices are 1-based, 0 = none); the
 * byte-by-byte specification is docs/bytecode.md.
 *
 *   module  := magic "OAK\x1a"  u16 major  u16 minor
 *              u16 pool_count  const[pool_count]          (indices 1..pool_count)
 *              u16 main_class (CLASS or 0)
 *              u16 class_count class[class_count]
 *              (end of file: trailing bytes are an error)
 *   const   := u8 tag, then by tag:
 *              UTF8   u32 len, len bytes (UTF-8; each UTF-16 unit encoded alone, CESU-8)
 *              INT    s32        FLOAT  u32 bits      LONG  s64     DOUBLE u64 bits
 *              CLASS  u16 name(UTF8)                  STRING u16 value(UTF8)
 *              FIELD  u16 class(CLASS) u16 name(UTF8) u16 descriptor(UTF8)
 *              METHOD u16 class(CLASS) u16 name(UTF8) u16 descriptor(UTF8)
 *   class   := u16 flags  u16 this(CLASS)  u16 super(CLASS or 0)  u16 source(UTF8 or 0)
 *              u16 n  u16 interfaces[n](CLASS)
 *              u16 n  field[n]     u16 n  method[n]
 *   field   := u16 flags  u16 name(UTF8)  u16 descriptor(UTF8)  u16 constant_value (or 0)
 *   method  := u16 flags  u16 name(UTF8)  u16 descriptor(UTF8)
 *              and unless flags has NATIVE or ABSTRACT:
 *              u16 max_stack  u16 max_locals  u32 code_len  u8 code[code_len]
 *              u16 n  handler[n] := u32 start  u32 end  u32 handler_pc  u16 catch(CLASS or 0)
 *              u16 n  line[n]    := u32 pc  u32 line
 */
#ifndef OAK_MODULE_H
#define OAK_MODULE_H

#include <stddef.h>
#include <stdint.h>

#define LD_MAGIC "OAK\x1a"
#define LD_MAJOR 1
#define LD_MINOR 0
#define LD_MAX_POOL 65535

/* Access flags: the JVM's values. */
enum {
    LD_ACC_PUBLIC = 0x0001,
    LD_ACC_PRIVATE = 0x0002,
    LD_ACC_PROTECTED = 0x0004,
    LD_ACC_STATIC = 0x0008,
    LD_ACC_FINAL = 0x0010,
    LD_ACC_SUPER = 0x0020, /* accepted, ignored: Oak always has the modern semantics */
    LD_ACC_NATIVE = 0x0100,
    LD_ACC_INTERFACE = 0x0200,
    LD_ACC_ABSTRACT = 0x0400,
};
#define LD_CLASS_FLAGS                                                                     \
    (LD_ACC_PUBLIC | LD_ACC_FINAL | LD_ACC_SUPER | LD_ACC_INTERFACE | LD_ACC_ABSTRACT)
#define LD_FIELD_FLAGS                                                                     \
    (LD_ACC_PUBLIC | LD_ACC_PRIVATE | LD_ACC_PROTECTED | LD_ACC_STATIC | LD_ACC_FINAL)
#define LD_METHOD_FLAGS                                                                    \
    (LD_ACC_PUBLIC | LD_ACC_PRIVATE | LD_ACC_PROTECTED | LD_ACC_STATIC | LD_ACC_FINAL |     \
     LD_ACC_NATIVE | LD_ACC_ABSTRACT)

typedef enum {
    LD_C_UTF8 = 1,
    LD_C_INT = 3,
    LD_C_FLOAT = 4,
    LD_C_LONG = 5,
    LD_C_DOUBLE = 6,
    LD_C_CLASS = 7,
    LD_C_STRING = 8,
    LD_C_FIELD = 9,
    LD_C_METHOD = 10,
} ld_ConstTag;

typedef struct {
    uint8_t tag;
    union {
        struct {
            uint32_t len;
            char *bytes; /* len bytes plus a terminating NUL (not part of the data) */
        } utf8;
        int32_t i;
        uint32_t f; /* IEEE bits */
        int64_t j;
        uint64_t d; /* IEEE bits */
        uint16_t ref; /* CLASS: name, STRING: value */
        struct {
            uint16_t cls, name, desc;
        } member; /* FIELD, METHOD */
    } u;
} ld_Const;

typedef struct {
    uint32_t start, end, handler; /* [start, end) covered, handler_pc */
    uint16_t catch_type;          /* CLASS, or 0 = any (finally) */
} ld_Handler;

typedef struct {
    uint32_t pc, line;
} ld_Line;

typedef struct {
    uint16_t flags, name, desc;
    uint16_t max_stack, max_locals;
    uint32_t code_len;
    uint8_t *code;
    uint16_t nhandlers, nlines;
    ld_Handler *handlers;
    ld_Line *lines;
} ld_Method;

typedef struct {
    uint16_t flags, name, desc, constval;
} ld_Field;

typedef struct {
    uint16_t flags, this_class, super_class, source;
    uint16_t ninterfaces, nfields, nmethods;
    uint16_t *interfaces;
    ld_Field *fields;
    ld_Method *methods;
} ld_Class;

typedef struct ld_Module {
    uint16_t major, minor;
    uint16_t npool;  /* entries 1..npool */
    ld_Const *pool;  /* pool[0] is unused */
    uint16_t main_class;
    uint16_t nclasses;
    ld_Class *classes;
    /* builder state (interning hash), NULL for a module that was read */
    struct ld_Intern *intern;
    uint32_t pool_cap, classes_cap;
} ld_Module;

/* ---- reading and writing ---- */

/* Parses and checks a module image. On error returns NULL and writes
 * "NAME: place: reason" into err. The image is not referenced after return. */
ld_Module *ld_read(const uint8_t *data, size_t len, const char *name, char *err, size_t errlen);

/* Reads a file (rejecting directories, unreadable and oversized files) and parses it. */
ld_Module *ld_read_file(const char *path, char *err, size_t errlen);

/* Serializes a module exactly as it is (no renumbering). Returns 0, or -1 if the module
 * cannot be represented (a count over 65535); *out is malloc'ed. */
int ld_write(const ld_Module *m, uint8_t **out, size_t *outlen);
int ld_write_file(const ld_Module *m, const char *path, char *err, size_t errlen);

void ld_module_free(ld_Module *m);

/* ---- building ---- */

ld_Module *ld_module_new(void);

/* Interning: each returns the index of an equal constant, adding one if there is none,
 * or 0 when the pool is full (65535 entries). Strings are CESU-8 of the given length. */
uint16_t ld_pool_utf8(ld_Module *m, const char *s, uint32_t len);
uint16_t ld_pool_int(ld_Module *m, int32_t v);
uint16_t ld_pool_long(ld_Module *m, int64_t v);
uint16_t ld_pool_float(ld_Module *m, uint32_t bits);
uint16_t ld_pool_double(ld_Module *m, uint64_t bits);
uint16_t ld_pool_class(ld_Module *m, const char *name);
uint16_t ld_pool_string(ld_Module *m, const char *s, uint32_t len);
uint16_t ld_pool_member(ld_Module *m, ld_ConstTag tag, const char *cls, const char *name,
                        const char *desc);

/* Appends a zeroed class/field/method and returns it (pointers stay valid until the next
 * append to the same array). Returns NULL when the count would exceed 65535. */
ld_Class *ld_module_add_class(ld_Module *m);
ld_Field *ld_class_add_field(ld_Class *c);
ld_Method *ld_class_add_method(ld_Class *c);
int ld_class_add_interface(ld_Class *c, uint16_t cls);

/* Renumbers the pool in canonical order (first use in a walk of main class, then each
 * class: this, super, source, interfaces, fields, methods and their code and handlers),
 * dropping unused and duplicate entries and rewriting every reference, including the
 * pool operands inside code. Code must decode (op_decode_length). Returns 0 or -1. */
/* On failure the module is left half-renumbered: free it. */
int ld_module_canonicalize(ld_Module *m, char *err, size_t errlen);

/* ---- accessors (for checked modules: indices are known valid) ---- */

static inline const char *ld_utf8(const ld_Module *m, uint16_t i) {
    return m->pool[i].u.utf8.bytes;
}
/* Name of a CLASS constant, e.g. "java/lang/String" or "[I". */
static inline const char *ld_class_name(const ld_Module *m, uint16_t cls) {
    return ld_utf8(m, m->pool[cls].u.ref);
}

/* Descriptor syntax. ld_check_field_desc accepts one field type ("I", "[[Ljava/lang/Object;");
 * ld_check_method_desc a method descriptor "(IJ)V". Return 1 if well formed. */
int ld_check_field_desc(const char *d, size_t len);
int ld_check_method_desc(const char *d, size_t len);
/* Class names: "a/b/C" (non-empty segments, no ';', '[', '.') or an array descriptor. */
int ld_check_class_name(const char *s, size_t len);
/* Field and method names: non-empty, none of . ; [ / < > (methods: also <init>, <clinit>). */
int ld_check_member_name(const char *s, size_t len, int is_method);
/* Number of argument slots of a method descriptor (every type is one slot). */
int ld_desc_nargs(const char *desc);
/* Checks a UTF-8/CESU-8 byte string: returns 1 if every sequence is well formed. */
int ld_check_utf8(const char *s, size_t len);

#endif

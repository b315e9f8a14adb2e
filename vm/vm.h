/* vm.h: Oak's runtime: object model, classes, threads, frames, and the calls between them.
 *
 * Why it is shaped this way:
 * - Every object starts with the same 16-byte header (class pointer, identity hash, array
 *   length). Fields are 8-byte slots at 16 + 8*k, array elements are packed at their
 *   natural size from offset 16. A JIT reads a field or an element with one plain load
 *   (docs/architecture.md, "Object layout").
 * - Every operand-stack and local slot is one 64-bit vm_Value, so long and double need no
 *   pairs and a field slot can be copied to or from the stack without knowing its type.
 * - The Java stack is one contiguous array of vm_Value per thread, plus a parallel array
 *   of vm_Frame records. A call passes arguments in place: the caller's top operand slots
 *   become the callee's first locals (no copying). Interpreted-to-interpreted calls do not
 *   recurse in C; native and compiled code enter the interpreter through vm_invoke().
 * - Every method has one native entry point with one signature, vm_Entry: natives use
 *   it, and the JIT installs compiled code behind it. Exceptions are a pending value in
 *   the thread (t->exception), checked by the caller after every call: no setjmp/longjmp
 *   crosses a Java frame.
 * - All state lives in vm_VM and vm_Thread (no globals), so two VMs can share a process.
 */
#ifndef OAK_VM_H
#define OAK_VM_H

#include <stdint.h>
#include <stdio.h>

#include "module.h"

typedef struct vm_VM vm_VM;
typedef struct vm_Thread vm_Thread;
typedef struct vm_Class vm_Class;
typedef struct vm_Method vm_Method;
typedef struct vm_Field vm_Field;
typedef struct vm_Object vm_Object;

typedef union vm_Value {
    int32_t i;
    int64_t j;
    float f;
    double d;
    vm_Object *a;
    uint64_t raw;
} vm_Value;

/* Object header; arrays use length, other objects leave it 0. */
struct vm_Object {
    vm_Class *cls;
    uint32_t hash; /* identity hash, 0 until first asked for */
    int32_t length;
};
#define VM_HEADER_SIZE 16
#define VM_FIELD_OFFSET(slot) (VM_HEADER_SIZE + 8 * (slot))
#define VM_ARRAY_DATA(o) ((void *)((char *)(o) + VM_HEADER_SIZE))

/* Native entry: natives, compiled code and stubs all look like this. args[0] is `this`
 * for instance methods. On exception: set t->exception and return anything. */
typedef vm_Value (*vm_Entry)(vm_Thread *t, vm_Method *m, vm_Value *args);

struct vm_Field {
    vm_Class *cls;
    const char *name, *desc;
    uint16_t flags;
    char type;     /* first char of desc: I J F D Z B C S L [ */
    uint32_t slot; /* instance: field slot index; static: index into cls->statics */
    uint16_t constval; /* pool index in the defining module, or 0 */
};

struct vm_Method {
    vm_Class *cls;
    const char *name, *desc;
    uint16_t flags;
    char ret;           /* return type char, 'V' for void */
    uint16_t nargs;     /* argument slots including `this` */
    uint16_t max_stack, max_locals;
    uint32_t code_len;
    const uint8_t *code;
    const ld_Method *def; /* handlers, lines (NULL for VM-made methods) */
    int32_t vtable_index; /* -1: not virtual (static, private, <init>) */
    int32_t itable_index; /* interface methods: index within the declaring interface */
    vm_Entry entry;       /* native code (natives, JIT), or NULL: interpret */
    void *jit_code;       /* the JIT's typed function R f(vm_Thread *, args...), or NULL */
    struct jit_Osr *osr;  /* the JIT's on-stack-replacement entries, by loop header */
    uint32_t backedges;   /* backward branches taken while interpreted (tiering) */
    uint8_t jit_state;    /* VM_JIT_NONE, _QUEUED, _DONE, _FAILED */
    struct vm_CPEntry *cp; /* the declaring module's resolution cache */
    uint64_t invocations;
};

enum { VM_JIT_NONE, VM_JIT_QUEUED, VM_JIT_DONE, VM_JIT_FAILED };
enum { VM_CLASS_LOADED, VM_CLASS_LINKED, VM_CLASS_INITIALIZING, VM_CLASS_INITIALIZED, VM_CLASS_ERROR };

/* Interface table entry of a class: for interface `iface`, methods[k] implements the
 * interface's k-th method (NULL = none: AbstractMethodError). */
typedef struct {
    vm_Class *iface;
    vm_Method **methods;
} vm_ITable;

/* A runtime module: the loaded file plus its resolution cache, one entry per constant. */
/* vm_CPEntry.ic_class of an invokevirtual site that has seen several receiver classes */
#define VM_MEGAMORPHIC ((vm_Class *)1)

/* vm_CPEntry.resolved bits: a field or method reference is cached per kind of access, so a
 * getfield of a static field (or an invokestatic of an instance method) never hits a cache
 * filled by the other kind and gets its IncompatibleClassChangeError. Classes and strings
 * use VM_RES_ANY. */
#define VM_RES_ANY 1u
#define VM_RES_FIELD(is_static) ((is_static) ? 1u : 2u)
#define VM_RES_INVOKE(kind) (1u << (kind))

typedef struct vm_CPEntry {
    void *p;         /* vm_Class*, vm_Field*, vm_Method*, or the String object */
    vm_Class *ic_class; /* invokeinterface/invokevirtual inline cache: receiver class */
    vm_Method *ic_method;
    uint8_t resolved;
} vm_CPEntry;

typedef struct vm_Module {
    ld_Module *ld;
    const char *path;
    vm_CPEntry *cp; /* [npool + 1], GC-scanned */
    int is_boot;    /* the standard library module */
} vm_Module;

struct vm_Class {
    const char *name; /* binary name, "java/lang/String", "[I" */
    vm_Class *super;
    vm_Module *module; /* NULL for array classes */
    const ld_Class *def;
    uint16_t flags;
    uint8_t state;
    uint8_t is_array;
    char elem_type;      /* arrays: element descriptor char (I, J, ..., L or [ for references) */
    uint8_t elem_size;   /* arrays: bytes per element */
    vm_Class *component; /* arrays of references: component class */
    uint32_t nslots;     /* instance field slots, including the superclasses' */
    uint32_t nfields, nmethods, nstatics;
    vm_Field *fields;
    vm_Method *methods;
    vm_Value *statics;
    vm_Method **vtable;
    uint32_t vtable_len;
    vm_Class **interfaces; /* direct superinterfaces */
    uint32_t ninterfaces;
    vm_ITable *itable;     /* all interfaces, transitively (classes only) */
    uint32_t nitable;
    uint32_t depth;        /* superclass chain length, Object = 0 */
    void *gc_descr;        /* Boehm typed-allocation descriptor (GC_descr) */
    vm_Object *mirror;     /* java.lang.Class object, made on demand */
    vm_Class *array_of;    /* the class [this, made on demand */
    const char *source;    /* source file name or NULL */
    vm_Object *load_error; /* state ERROR from loading/linking: the error to throw again */
};

/* One activation record. The operand stack of a frame starts at locals + max_locals. */
typedef struct vm_Frame {
    vm_Method *method;
    vm_Value *locals;
    vm_Value *sp;       /* saved operand-stack top while this frame is calling out */
    const uint8_t *pc;  /* saved pc of the current instruction (calls, throws) */
    uint32_t flags;     /* VM_FRAME_ENTRY: a return leaves vm_execute */
} vm_Frame;
#define VM_FRAME_ENTRY 1u
/* Compiled code checks the frame array and C stack limits once per VM_FRAME_PAGE bytes
 * of frame records (about 100 activations); the C stack keeps VM_C_STACK_RESERVE below
 * the limit for the frames in between, C code and natives. */
#define VM_FRAME_PAGE 4096u
#define VM_C_STACK_RESERVE (1u << 20)
/* Compiled code (jit/) writes only method and pc of its records: the interpreter never
 * unwinds into one (an ENTRY frame always separates them), and stack traces read only
 * method and pc. It keeps t->fp up to date only when it calls into the VM. */

struct vm_Thread {
    vm_VM *vm;
    vm_Value *stack, *stack_end;
    vm_Frame *frames, *frames_end;
    vm_Frame *fp;         /* topmost frame (frames - 1 when none) */
    vm_Value *top;        /* first free slot when not interpreting (vm_invoke pushes here) */
    vm_Object *exception; /* pending exception, NULL if none */
    int native_depth;     /* nested C entries into the interpreter */
    int in_soe;           /* building a StackOverflowError */
    int64_t budget;       /* OAK_BUDGET builds: branches and calls left before the kill */
    char *c_stack_limit;  /* compiled code throws StackOverflowError below this address */
    size_t frames_bytes;  /* the mapping that holds frames (page-aligned, slack past frames_end) */
    int killed;           /* budget exhausted: the pending exception unwinds everything */
};

typedef enum { VM_MODE_INT, VM_MODE_JIT, VM_MODE_TIERED } vm_Mode;

typedef struct vm_Options {
    vm_Mode mode;
    int stats, verbose_class, prof;
    uint64_t stack_size; /* bytes, -Xss */
    uint64_t heap_max;   /* bytes, -Xmx; 0 = unlimited */
    int64_t budget;      /* OAK_BUDGET builds: branches + calls before the program is killed */
    uint32_t jit_threshold; /* tiered: invocations before a method is compiled */
    uint32_t osr_threshold; /* tiered: backward branches before a loop is compiled (OSR) */
    int verbose_jit;
    const char *jit_dump;   /* directory for the generated IR, or NULL */
} vm_Options;

typedef struct vm_Stats {
    uint64_t classes_loaded, methods_run, invocations, bytecodes;
} vm_Stats;

struct vm_VM {
    vm_Options opt;
    vm_Module **modules;
    uint32_t nmodules;
    /* class table: open addressing on name */
    vm_Class **classes;
    uint32_t classes_cap, nclasses;
    /* interned strings: open addressing, GC-scanned */
    vm_Object **strings;
    uint32_t strings_cap, nstrings;
    vm_Thread *main;
    struct jit_JIT *jit; /* NULL in --mode=int */
    vm_Stats stats;
    uint32_t hash_seed;
    /* well-known classes and layouts, set at boot */
    vm_Class *c_object, *c_string, *c_class, *c_throwable, *c_char_array;
    uint32_t string_value_slot, string_hash_slot;
    uint32_t throwable_message_slot, throwable_cause_slot, throwable_backtrace_slot;
    vm_Object *oom; /* preallocated OutOfMemoryError */
    /* output streams (System.out, System.err) */
    struct vm_Out {
        int fd;
        uint32_t n;
        char buf[8192];
    } out[2];
    int exit_code;
    int exiting; /* System.exit was called */
};

/* ---- VM lifetime (vm.c) ---- */
vm_VM *vm_new(const vm_Options *opt);
/* Frees a VM and everything it loaded (GC objects are left to the collector). */
void vm_free(vm_VM *vm);
/* Adds a module file, or every .oak file of a directory, to the module path. */
int vm_add_path(vm_VM *vm, const char *path, char *err, size_t errlen);
int vm_add_module(vm_VM *vm, ld_Module *m, const char *path);
/* Loads the core classes; -1 with a message on stderr if the library is unusable. */
int vm_boot(vm_VM *vm);
/* Runs CLASS.main(String[]) with args; returns the process exit status. */
int vm_run_main(vm_VM *vm, const char *cls, int argc, char **argv);
void vm_print_stats(vm_VM *vm, FILE *f);
void vm_print_prof(vm_VM *vm, FILE *f, int top);
/* Loads (so links and verifies) every class of m; prints each failure; returns their count. */
int vm_verify_module(vm_VM *vm, ld_Module *m);
void vm_flush(vm_VM *vm);

/* ---- heap (heap.c) ---- */
void vm_gc_init(void);
vm_Object *vm_new_object(vm_Thread *t, vm_Class *c);
vm_Object *vm_new_array(vm_Thread *t, vm_Class *array_class, int32_t length);
vm_Object *vm_new_prim_array(vm_Thread *t, char type, int32_t length);
/* multianewarray: `cls` is the array class, dims[0..ndims) the sizes, outermost first. */
vm_Object *vm_new_multiarray(vm_Thread *t, vm_Class *cls, int ndims, vm_Value *dims);
uint32_t vm_identity_hash(vm_VM *vm, vm_Object *o);
/* Strings: from modified UTF-8, from UTF-16; interned literals; back to UTF-8. */
vm_Object *vm_string_utf8(vm_Thread *t, const char *s, size_t len);
vm_Object *vm_string_utf16(vm_Thread *t, const uint16_t *s, int32_t len);
vm_Object *vm_string_intern(vm_Thread *t, vm_Object *s);
uint16_t *vm_string_chars(vm_VM *vm, vm_Object *s, int32_t *len);
char *vm_string_to_utf8(vm_VM *vm, vm_Object *s); /* GC-allocated, NUL-terminated */
/* The same, with the byte length (the string may contain U+0000). */
char *vm_string_to_utf8_len(vm_VM *vm, vm_Object *s, size_t *len);

/* ---- classes (class.c) ---- */
/* Finds or loads a class by binary name; NULL with NoClassDefFoundError pending. */
vm_Class *vm_load_class(vm_Thread *t, const char *name);
/* The class of that name if it is loaded already (in any state), else NULL; loads nothing. */
vm_Class *vm_find_loaded_class(vm_VM *vm, const char *name);
vm_Class *vm_array_class(vm_Thread *t, vm_Class *elem);
/* Runs static initialization if needed; 0 ok, -1 with an exception pending. */
int vm_init_class(vm_Thread *t, vm_Class *c);
int vm_is_subclass(vm_Class *c, vm_Class *of);
int vm_instance_of(vm_Class *c, vm_Class *of);
vm_Method *vm_find_method(vm_Class *c, const char *name, const char *desc); /* up the chain */
vm_Field *vm_find_field(vm_Class *c, const char *name, const char *desc);
/* Resolution of pool entries of the running method's module (cached in mod->cp). */
vm_Class *vm_resolve_class(vm_Thread *t, vm_Module *mod, uint16_t idx);
vm_Field *vm_resolve_field(vm_Thread *t, vm_Module *mod, uint16_t idx, int is_static);
vm_Method *vm_resolve_method(vm_Thread *t, vm_Module *mod, uint16_t idx, int kind);
vm_Object *vm_resolve_string(vm_Thread *t, vm_Module *mod, uint16_t idx);
/* Java-style name with dots, into buf. */
const char *vm_java_name(const char *binary, char *buf, size_t len);

enum { VM_INVOKE_VIRTUAL, VM_INVOKE_SPECIAL, VM_INVOKE_STATIC, VM_INVOKE_INTERFACE };
vm_Method *vm_itable_lookup(vm_Class *receiver, vm_Method *interface_method);
vm_Object *vm_class_mirror(vm_Thread *t, vm_Class *c);
uint8_t vm_elem_size(char type);

/* ---- execution (interp.c) ---- */
/* Calls m with args (nargs slots); the result, or anything with t->exception set. */
vm_Value vm_invoke(vm_Thread *t, vm_Method *m, vm_Value *args);
/* Virtual call by name from C (toString, getMessage...). */
vm_Value vm_invoke_virtual(vm_Thread *t, vm_Object *recv, const char *name, const char *desc,
                           vm_Value *args);

/* ---- exceptions (exception.c) ---- */
/* Creates and makes pending an exception of class `cls` with a message (may be NULL). */
void vm_throw(vm_Thread *t, const char *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void vm_throw_object(vm_Thread *t, vm_Object *ex);
void vm_fill_backtrace(vm_Thread *t, vm_Object *ex);
/* Prints "Exception in thread "main" ..." and the stack trace to stderr. */
void vm_print_uncaught(vm_Thread *t, vm_Object *ex);
/* Writes "<prefix><toString()>" and the trace (with causes) to System.err. */
void vm_print_stack_trace(vm_Thread *t, vm_Object *ex, const char *prefix);
int vm_line_of(const vm_Method *m, uint32_t pc);
/* NullPointerException with the JDK's helpful message for the instruction at pc. */
void vm_throw_npe(vm_Thread *t, vm_Method *m, const uint8_t *pc);
void vm_throw_cce(vm_Thread *t, vm_Class *from, vm_Class *to);
/* "void Foo.bar(int, java.lang.String)" */
const char *vm_method_pretty(vm_Class *c, const char *name, const char *desc, char *buf, size_t len);

/* ---- natives (natives.c, natives_lib.c) ---- */
/* One native binding; tables end with an entry whose cls is NULL. */
typedef struct {
    const char *cls, *name, *desc;
    vm_Entry fn;
} vm_NativeDef;
/* The standard library's natives beyond the core ones (vm/natives_lib.c). */
extern const vm_NativeDef vm_lib_natives[];
vm_Entry vm_find_native(const char *cls, const char *name, const char *desc);
void vm_out_write(vm_VM *vm, int stream, const char *s, size_t n);

/* ---- numbers (number.c) ---- */
/* Java's Double.toString / Float.toString into buf (at least 32 bytes). */
void vm_format_double(double d, char *buf);
void vm_format_float(float f, char *buf);

#endif

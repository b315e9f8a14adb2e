/* test_linker.c: class loading, linking and resolution (vm/class.c).
 *
 * Every test makes its own VM (vm_new with zeroed options), puts lib/java.base.oak on its
 * module path, adds a test module assembled from a string (ld_assemble + vm_add_module)
 * and boots. Class states persist inside a VM (a class that failed to link stays failed),
 * so tests do not share VMs.
 *
 * The expected exception classes are OpenJDK 17's: extending a final class or overriding a
 * final method is an IncompatibleClassChangeError (a VerifyError in JDK 8). Messages are checked for
 * their content in the behaviour tests, and against the exact text OpenJDK 17 (HotSpot)
 * prints for the same situation in their own test ("linkage error messages are JDK 17's"),
 * so that a wording difference does not hide the behaviour checks. The HotSpot texts were
 * obtained by compiling Java classes separately so that the second compilation breaks the
 * first (an interface made a class, a method made static, a class made final...).
 */
#include "asm.h"
#include "t_module.h"
#include "tests.h"
#include "vm.h"

#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

/* LeakSanitizer (make asan) sees only malloc: a VM's malloc'ed blocks (modules, class
 * table, Java stack) are referenced only from Boehm's heap, which it does not scan, so it
 * would report them at exit. VMs live until the process ends by design; every VM made here
 * is remembered, and an atexit handler (which runs before LeakSanitizer's check, registered
 * earlier) copies the addresses of its blocks into this array, where LeakSanitizer sees
 * them. */
static void *kept[8192];
static size_t nkept;
static vm_VM *vms[256];
static size_t nvms;

static void keep(void *p) {
    if (p && nkept < sizeof kept / sizeof kept[0]) kept[nkept++] = p;
}

static void keep_vm(vm_VM *vm) {
    keep(vm->modules);
    for (uint32_t i = 0; i < vm->nmodules; i++) {
        keep(vm->modules[i]->ld);
        keep((void *)vm->modules[i]->path);
    }
    keep(vm->classes);
    keep(vm->main->stack);
    keep(vm->main->frames);
}

static void keep_all_vms(void) {
    for (size_t i = 0; i < nvms; i++)
        keep_vm(vms[i]);
}

static vm_VM *new_vm(const vm_Options *opt) {
    static int registered;
    if (!registered) registered = atexit(keep_all_vms) == 0;
    vm_VM *vm = vm_new(opt);
    if (nvms < sizeof vms / sizeof vms[0]) vms[nvms++] = vm;
    return vm;
}

/* A booted VM: lib/java.base.oak, then the module assembled from src (if any). */
static vm_VM *make_vm_opts(const char *src, vm_Module **mod, const vm_Options *opt) {
    char err[512] = "";
    vm_VM *vm = new_vm(opt);
    if (vm_add_path(vm, "lib/java.base.oak", err, sizeof err) != 0) {
        T_CHECK(0, "vm_add_path: %s", err);
        return NULL;
    }
    if (src) {
        ld_Module *m = ld_assemble(src, strlen(src), "test.oasm", err, sizeof err);
        T_CHECK(m != NULL, "assembly of the test module failed: %s", err);
        if (!m) return NULL;
        CU_ASSERT_EQUAL(vm_add_module(vm, m, "test.oasm"), 0);
        if (mod) *mod = vm->modules[vm->nmodules - 1];
    }
    CU_ASSERT_EQUAL_FATAL(vm_boot(vm), 0);
    CU_ASSERT_PTR_NULL(vm->main->exception);
    return vm;
}

static vm_VM *make_vm(const char *src, vm_Module **mod) {
    vm_Options opt;
    memset(&opt, 0, sizeof opt);
    return make_vm_opts(src, mod, &opt);
}

static vm_Class *load(vm_VM *vm, const char *name) {
    vm_Class *c = vm_load_class(vm->main, name);
    T_CHECK(c != NULL, "cannot load %s (pending: %s)", name,
            vm->main->exception ? vm->main->exception->cls->name : "none");
    return c;
}

/* The message of a throwable as UTF-8, or NULL. */
static const char *message_of(vm_VM *vm, vm_Object *ex) {
    vm_Object *s = ((vm_Value *)((char *)ex + VM_FIELD_OFFSET(vm->throwable_message_slot)))->a;
    return s ? vm_string_to_utf8(vm, s) : NULL;
}

/* Checks that an exception of class cls is pending, clears it and returns its message
 * (copied into a static buffer; "" if it has none, NULL if nothing was pending). */
static const char *take_pending_at(vm_VM *vm, const char *cls, unsigned line) {
    static char msg[1024];
    vm_Object *ex = vm->main->exception;
    t_check(ex != NULL, line, __FILE__, "expected a pending %s, nothing is pending", cls);
    if (!ex) return NULL;
    vm->main->exception = NULL;
    const char *m = message_of(vm, ex);
    snprintf(msg, sizeof msg, "%s", m ? m : "");
    t_check(strcmp(ex->cls->name, cls) == 0, line, __FILE__, "expected a pending %s, got %s: %s",
            cls, ex->cls->name, msg);
    return msg;
}
#define take_pending(vm, cls) take_pending_at(vm, cls, __LINE__)

static void check_str_at(const char *got, const char *want, unsigned line) {
    t_check(got && strcmp(got, want) == 0, line, __FILE__, "expected \"%s\", got \"%s\"", want,
            got ? got : "(null)");
}
#define CHECK_STR(got, want) check_str_at(got, want, __LINE__)

static void check_contains_at(const char *got, const char *part, unsigned line) {
    t_check(got && strstr(got, part), line, __FILE__,
            "expected a message containing \"%s\", got \"%s\"", part, got ? got : "(null)");
}
#define CHECK_CONTAINS(got, part) check_contains_at(got, part, __LINE__)

/* Pool index of a FIELD or METHOD constant, or 0. */
static uint16_t member_index(const vm_Module *mod, int tag, const char *cls, const char *name,
                             const char *desc) {
    const ld_Module *m = mod->ld;
    for (uint32_t i = 1; i <= m->npool; i++) {
        const ld_Const *k = &m->pool[i];
        if (k->tag == tag && strcmp(ld_class_name(m, k->u.member.cls), cls) == 0 &&
            strcmp(ld_utf8(m, k->u.member.name), name) == 0 &&
            strcmp(ld_utf8(m, k->u.member.desc), desc) == 0)
            return (uint16_t)i;
    }
    T_CHECK(0, "no pool constant %s.%s %s", cls, name, desc);
    return 0;
}

static uint16_t class_index(const vm_Module *mod, const char *cls) {
    const ld_Module *m = mod->ld;
    for (uint32_t i = 1; i <= m->npool; i++)
        if (m->pool[i].tag == LD_C_CLASS && strcmp(ld_class_name(m, (uint16_t)i), cls) == 0)
            return (uint16_t)i;
    T_CHECK(0, "no pool constant CLASS %s", cls);
    return 0;
}

static uint16_t string_index(const vm_Module *mod, const char *s) {
    const ld_Module *m = mod->ld;
    for (uint32_t i = 1; i <= m->npool; i++)
        if (m->pool[i].tag == LD_C_STRING && strcmp(ld_utf8(m, m->pool[i].u.ref), s) == 0)
            return (uint16_t)i;
    T_CHECK(0, "no pool constant STRING \"%s\"", s);
    return 0;
}

/* A method declared by c itself (not inherited). */
static vm_Method *own_method(vm_Class *c, const char *name, const char *desc) {
    for (uint32_t i = 0; c && i < c->nmethods; i++)
        if (strcmp(c->methods[i].name, name) == 0 && strcmp(c->methods[i].desc, desc) == 0)
            return &c->methods[i];
    T_CHECK(0, "%s has no method %s%s", c ? c->name : "(null class)", name, desc);
    return NULL;
}

static vm_Field *own_field(vm_Class *c, const char *name) {
    for (uint32_t i = 0; c && i < c->nfields; i++)
        if (strcmp(c->fields[i].name, name) == 0) return &c->fields[i];
    T_CHECK(0, "%s has no field %s", c ? c->name : "(null class)", name);
    return NULL;
}

static const vm_ITable *itable_for(vm_Class *c, vm_Class *iface) {
    for (uint32_t i = 0; c && i < c->nitable; i++)
        if (c->itable[i].iface == iface) return &c->itable[i];
    return NULL;
}

/* Runs a static method int(Object) and returns its result (-999 on an exception). */
static int32_t call_int(vm_VM *vm, vm_Method *m, vm_Object *arg) {
    if (!m) return -999;
    vm_Value a = {.a = arg};
    vm_Value r = vm_invoke(vm->main, m, &a);
    if (vm->main->exception) {
        const char *msg = message_of(vm, vm->main->exception);
        T_CHECK(0, "%s.%s%s threw %s: %s", m->cls->name, m->name, m->desc,
                vm->main->exception->cls->name, msg ? msg : "");
        vm->main->exception = NULL;
        return -999;
    }
    return r.i;
}

/* ------------------------------------------------------------------ */
/* loading                                                             */
/* ------------------------------------------------------------------ */

static const char *lazy_src = ".class public lz/A\n"
                              "  .field public b Llz/B;\n"
                              "  .method public static make()Ljava/lang/Object;\n"
                              "    new lz/B\n"
                              "    dup\n"
                              "    invokespecial lz/B.<init>()V\n"
                              "    areturn\n"
                              "  .end method\n"
                              "  .method public static touch()I\n"
                              "    getstatic lz/Unused.x I\n"
                              "    ireturn\n"
                              "  .end method\n"
                              ".end class\n"
                              ".class public lz/B\n"
                              "  .method public <init>()V\n"
                              "    aload 0\n"
                              "    invokespecial java/lang/Object.<init>()V\n"
                              "    return\n"
                              "  .end method\n"
                              ".end class\n"
                              ".class public lz/Unused\n"
                              "  .field public static x I\n"
                              ".end class\n"
                              ".class public interface abstract lz/I\n"
                              ".end class\n"
                              ".class public interface abstract lz/J\n"
                              "  .implements lz/I\n"
                              ".end class\n"
                              ".class public lz/D\n"
                              ".end class\n"
                              ".class public lz/C extends lz/D\n"
                              "  .implements lz/J\n"
                              ".end class\n";

static void test_lazy_loading(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(lazy_src, &mod);
    if (!vm) return;
    uint64_t n0 = vm->stats.classes_loaded;
    CU_ASSERT(n0 > 0); /* the core classes */
    /* booting loads nothing of the test module */
    vm_Class *a = load(vm, "lz/A");
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 1);
    if (!a) return;
    CU_ASSERT_EQUAL(a->state, VM_CLASS_LINKED); /* loaded, not initialized */
    /* a field of type B and code that uses B do not load B */
    vm_Method *make = own_method(a, "make", "()Ljava/lang/Object;");
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 1);
    /* resolving the CLASS constant loads it, once */
    uint16_t bi = class_index(mod, "lz/B");
    vm_Class *b = vm_resolve_class(vm->main, mod, bi);
    CU_ASSERT_PTR_NOT_NULL(b);
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 2);
    CU_ASSERT_PTR_EQUAL(vm_load_class(vm->main, "lz/B"), b);
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 2);
    /* running code that references a class loads it then */
    vm_Value r = vm_invoke(vm->main, make, NULL);
    CU_ASSERT_PTR_NULL(vm->main->exception);
    CU_ASSERT(r.a && r.a->cls == b);
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 2);
    vm_Method *touch = own_method(a, "touch", "()I");
    if (touch) vm_invoke(vm->main, touch, NULL);
    CU_ASSERT_PTR_NULL(vm->main->exception);
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 3);
}

/* Superclass and interfaces are loaded (and finish linking) before the class; the order is
 * observed through -verbose:class output on stderr. */
static void test_super_and_interfaces_first(void) {
    vm_VM *vm = make_vm(lazy_src, NULL);
    if (!vm) return;
    vm->opt.verbose_class = 1; /* -verbose:class, from now on */
    uint64_t n0 = vm->stats.classes_loaded;
    FILE *tmp = tmpfile();
    CU_ASSERT_PTR_NOT_NULL_FATAL(tmp);
    fflush(stderr);
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    vm_Class *c = vm_load_class(vm->main, "lz/C");
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char log[4096] = "";
    rewind(tmp);
    size_t n = fread(log, 1, sizeof log - 1, tmp);
    log[n] = 0;
    fclose(tmp);
    CU_ASSERT_PTR_NOT_NULL(c);
    if (!c) return;
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 4); /* D, I, J, C */
    const char *pd = strstr(log, "[class,load] lz.D "), *pi = strstr(log, "[class,load] lz.I "),
               *pj = strstr(log, "[class,load] lz.J "), *pc = strstr(log, "[class,load] lz.C ");
    T_CHECK(pd && pi && pj && pc && pd < pc && pi < pj && pj < pc,
            "expected D, I before J, then C in the class log, got:\n%s", log);
    vm_Class *d = vm_load_class(vm->main, "lz/D"), *i = vm_load_class(vm->main, "lz/I"),
             *j = vm_load_class(vm->main, "lz/J");
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 4);
    CU_ASSERT_PTR_EQUAL(c->super, d);
    CU_ASSERT_PTR_EQUAL(d->super, vm->c_object);
    CU_ASSERT_EQUAL(c->depth, 2);
    CU_ASSERT_EQUAL(d->depth, 1);
    CU_ASSERT_EQUAL(vm->c_object->depth, 0);
    CU_ASSERT_PTR_NULL(vm->c_object->super);
    CU_ASSERT_EQUAL(c->ninterfaces, 1);
    if (c->ninterfaces == 1) CU_ASSERT_PTR_EQUAL(c->interfaces[0], j);
    CU_ASSERT_EQUAL(j->ninterfaces, 1);
    if (j->ninterfaces == 1) CU_ASSERT_PTR_EQUAL(j->interfaces[0], i);
    CU_ASSERT(j->flags & LD_ACC_INTERFACE);
    CU_ASSERT_EQUAL(c->state, VM_CLASS_LINKED);
    CU_ASSERT_EQUAL(d->state, VM_CLASS_LINKED);
    CU_ASSERT_STRING_EQUAL(c->name, "lz/C");
    CU_ASSERT_PTR_EQUAL(c->module, vm->modules[1]);
}

static void test_core_classes_after_boot(void) {
    vm_VM *vm = make_vm(NULL, NULL);
    if (!vm) return;
    CU_ASSERT_STRING_EQUAL(vm->c_object->name, "java/lang/Object");
    CU_ASSERT_STRING_EQUAL(vm->c_string->name, "java/lang/String");
    CU_ASSERT_STRING_EQUAL(vm->c_class->name, "java/lang/Class");
    CU_ASSERT_STRING_EQUAL(vm->c_throwable->name, "java/lang/Throwable");
    CU_ASSERT_STRING_EQUAL(vm->c_char_array->name, "[C");
    CU_ASSERT_PTR_EQUAL(vm_load_class(vm->main, "java/lang/Object"), vm->c_object);
    CU_ASSERT(vm->modules[0]->is_boot);
    /* String's layout: value then hash, as the VM expects */
    CU_ASSERT_EQUAL(vm->string_value_slot, 0);
    CU_ASSERT_EQUAL(vm->string_hash_slot, 1);
    CU_ASSERT_EQUAL(vm->c_string->nslots, 2);
    CU_ASSERT(vm_instance_of(vm->oom->cls, vm->c_throwable));
}

/* ------------------------------------------------------------------ */
/* field layout                                                        */
/* ------------------------------------------------------------------ */

static const char *layout_src = ".class public lay/P\n"
                                "  .field public a I\n"
                                "  .field public static s1 I\n"
                                "  .field public b Ljava/lang/Object;\n"
                                ".end class\n"
                                ".class public lay/Q extends lay/P\n"
                                "  .field public c J\n"
                                "  .field public static s2 Ljava/lang/String;\n"
                                "  .field public d D\n"
                                "  .field public static s3 I\n"
                                "  .field public e Ljava/lang/String;\n"
                                ".end class\n"
                                ".class public lay/R extends lay/Q\n"
                                ".end class\n"
                                ".class public lay/S extends lay/R\n"
                                "  .field public a I\n" /* hides P.a: a new slot */
                                ".end class\n";

static void test_field_layout(void) {
    vm_VM *vm = make_vm(layout_src, NULL);
    if (!vm) return;
    vm_Class *p = load(vm, "lay/P"), *q = load(vm, "lay/Q"), *r = load(vm, "lay/R"),
             *s = load(vm, "lay/S");
    if (!p || !q || !r || !s) return;
    CU_ASSERT_EQUAL(vm->c_object->nslots, 0);
    /* P: a, b; s1 static */
    CU_ASSERT_EQUAL(p->nfields, 3);
    CU_ASSERT_EQUAL(p->nslots, 2);
    CU_ASSERT_EQUAL(p->nstatics, 1);
    vm_Field *fa = own_field(p, "a"), *fb = own_field(p, "b"), *fs1 = own_field(p, "s1");
    if (fa && fb && fs1) {
        CU_ASSERT_EQUAL(fa->slot, 0);
        CU_ASSERT_EQUAL(fb->slot, 1);
        CU_ASSERT_EQUAL(fs1->slot, 0);
        CU_ASSERT(fs1->flags & LD_ACC_STATIC);
        CU_ASSERT_EQUAL(fa->type, 'I');
        CU_ASSERT_EQUAL(fb->type, 'L');
        CU_ASSERT_PTR_EQUAL(fa->cls, p);
    }
    /* fields are kept in declaration order */
    CU_ASSERT_STRING_EQUAL(p->fields[0].name, "a");
    CU_ASSERT_STRING_EQUAL(p->fields[1].name, "s1");
    CU_ASSERT_STRING_EQUAL(p->fields[2].name, "b");
    /* Q: P's two slots first, then c, d, e; s2, s3 static */
    CU_ASSERT_EQUAL(q->nslots, 5);
    CU_ASSERT_EQUAL(q->nstatics, 2);
    vm_Field *fc = own_field(q, "c"), *fd = own_field(q, "d"), *fe = own_field(q, "e"),
             *fs2 = own_field(q, "s2"), *fs3 = own_field(q, "s3");
    if (fc && fd && fe && fs2 && fs3) {
        CU_ASSERT_EQUAL(fc->slot, 2);
        CU_ASSERT_EQUAL(fd->slot, 3);
        CU_ASSERT_EQUAL(fe->slot, 4);
        CU_ASSERT_EQUAL(fs2->slot, 0);
        CU_ASSERT_EQUAL(fs3->slot, 1);
        CU_ASSERT_EQUAL(fc->type, 'J');
        CU_ASSERT_EQUAL(fd->type, 'D');
    }
    /* statics are per class */
    CU_ASSERT_PTR_NOT_NULL(p->statics);
    CU_ASSERT_PTR_NOT_NULL(q->statics);
    CU_ASSERT(p->statics != q->statics);
    /* inherited fields are found through the subclass, as the superclass's field */
    CU_ASSERT_PTR_EQUAL(vm_find_field(q, "a", "I"), fa);
    CU_ASSERT_PTR_EQUAL(vm_find_field(r, "b", "Ljava/lang/Object;"), fb);
    CU_ASSERT_PTR_EQUAL(vm_find_field(r, "s1", "I"), fs1);
    CU_ASSERT_PTR_NULL(vm_find_field(q, "a", "J")); /* the descriptor is part of the key */
    CU_ASSERT_PTR_NULL(vm_find_field(p, "c", "J"));
    /* R adds nothing; S hides P.a with a new slot after Q's */
    CU_ASSERT_EQUAL(r->nslots, 5);
    CU_ASSERT_EQUAL(r->nstatics, 0);
    CU_ASSERT_EQUAL(s->nslots, 6);
    vm_Field *sa = own_field(s, "a");
    if (sa) CU_ASSERT_EQUAL(sa->slot, 5);
    CU_ASSERT_PTR_EQUAL(vm_find_field(s, "a", "I"), sa);
    /* an instance has room for every slot, zeroed, and fields are plain 8-byte slots */
    vm_Object *o = vm_new_object(vm->main, q);
    CU_ASSERT_PTR_NOT_NULL_FATAL(o);
    CU_ASSERT_PTR_EQUAL(o->cls, q);
    CU_ASSERT_EQUAL(o->length, 0);
    for (uint32_t i = 0; i < q->nslots; i++)
        CU_ASSERT_EQUAL(((vm_Value *)((char *)o + VM_FIELD_OFFSET(i)))->raw, 0);
    CU_ASSERT(GC_size(o) >= (size_t)VM_FIELD_OFFSET(q->nslots));
}

/* ------------------------------------------------------------------ */
/* vtables                                                             */
/* ------------------------------------------------------------------ */

static const char *vtable_src =
    ".class public vt/A\n"
    "  .method public <init>()V\n"
    "    aload 0\n"
    "    invokespecial java/lang/Object.<init>()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m1()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m2()V\n"
    "    return\n"
    "  .end method\n"
    "  .method private p()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public static s()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public final f()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public toString()Ljava/lang/String;\n"
    "    aconst_null\n"
    "    areturn\n"
    "  .end method\n"
    "  .method static <clinit>()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/B extends vt/A\n"
    "  .method public <init>()V\n"
    "    aload 0\n"
    "    invokespecial vt/A.<init>()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m2()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m3()V\n"
    "    return\n"
    "  .end method\n"
    "  .method private p()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public static s2()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m1(I)V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/C extends vt/B\n"
    "  .method public m1()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public m3()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/OverFinal extends vt/A\n"
    "  .method public f()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/OverFinalDeep extends vt/B\n"
    "  .method public f()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/OverGetClass\n"
    "  .method public getClass()Ljava/lang/Class;\n"
    "    aconst_null\n"
    "    areturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public vt/PrivateF extends vt/A\n" /* a private f()V is not an override */
    "  .method private f()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public interface abstract vt/I\n"
    "  .method public abstract m1()V\n"
    "  .end method\n"
    ".end class\n";

static int vt_has(vm_Class *c, const char *name) {
    for (uint32_t i = 0; i < c->vtable_len; i++)
        if (strcmp(c->vtable[i]->name, name) == 0) return 1;
    return 0;
}

static void test_vtable(void) {
    vm_VM *vm = make_vm(vtable_src, NULL);
    if (!vm) return;
    vm_Class *o = vm->c_object, *a = load(vm, "vt/A"), *b = load(vm, "vt/B"), *c = load(vm, "vt/C");
    if (!a || !b || !c) return;
    uint32_t on = o->vtable_len;
    CU_ASSERT(on >= 3); /* hashCode, equals, toString, getClass */
    for (uint32_t i = 0; i < on; i++) {
        CU_ASSERT_PTR_EQUAL(o->vtable[i]->cls, o);
        CU_ASSERT_EQUAL(o->vtable[i]->vtable_index, (int32_t)i);
    }
    vm_Method *ots = vm_find_method(o, "toString", "()Ljava/lang/String;");
    vm_Method *am1 = own_method(a, "m1", "()V"), *am2 = own_method(a, "m2", "()V"),
              *af = own_method(a, "f", "()V"), *ap = own_method(a, "p", "()V"),
              *as = own_method(a, "s", "()V"), *ainit = own_method(a, "<init>", "()V"),
              *aclinit = own_method(a, "<clinit>", "()V"),
              *ats = own_method(a, "toString", "()Ljava/lang/String;");
    if (!ots || !am1 || !am2 || !af || !ap || !as || !ainit || !aclinit || !ats) return;
    /* A: Object's vtable, toString overridden in place, m1 m2 f appended in order */
    CU_ASSERT_EQUAL(a->vtable_len, on + 3);
    CU_ASSERT_EQUAL(ats->vtable_index, ots->vtable_index);
    CU_ASSERT_PTR_EQUAL(a->vtable[ots->vtable_index], ats);
    CU_ASSERT_PTR_EQUAL(o->vtable[ots->vtable_index], ots); /* Object's own is untouched */
    CU_ASSERT_EQUAL(am1->vtable_index, (int32_t)on);
    CU_ASSERT_EQUAL(am2->vtable_index, (int32_t)on + 1);
    CU_ASSERT_EQUAL(af->vtable_index, (int32_t)on + 2);
    /* private, static, <init>, <clinit>: not virtual */
    CU_ASSERT_EQUAL(ap->vtable_index, -1);
    CU_ASSERT_EQUAL(as->vtable_index, -1);
    CU_ASSERT_EQUAL(ainit->vtable_index, -1);
    CU_ASSERT_EQUAL(aclinit->vtable_index, -1);
    CU_ASSERT(!vt_has(a, "p") && !vt_has(a, "s") && !vt_has(a, "<init>") && !vt_has(a, "<clinit>"));
    /* B: m2 keeps A's index, m3 and m1(I) are appended */
    vm_Method *bm2 = own_method(b, "m2", "()V"), *bm3 = own_method(b, "m3", "()V"),
              *bm1i = own_method(b, "m1", "(I)V"), *bp = own_method(b, "p", "()V"),
              *bs2 = own_method(b, "s2", "()V");
    if (!bm2 || !bm3 || !bm1i || !bp || !bs2) return;
    CU_ASSERT_EQUAL(b->vtable_len, on + 5);
    CU_ASSERT_EQUAL(bm2->vtable_index, am2->vtable_index);
    CU_ASSERT_PTR_EQUAL(b->vtable[am2->vtable_index], bm2);
    CU_ASSERT_PTR_EQUAL(a->vtable[am2->vtable_index], am2);
    CU_ASSERT_PTR_EQUAL(b->vtable[am1->vtable_index], am1); /* inherited */
    CU_ASSERT_PTR_EQUAL(b->vtable[af->vtable_index], af);
    CU_ASSERT_PTR_EQUAL(b->vtable[ots->vtable_index], ats);
    CU_ASSERT_EQUAL(bm3->vtable_index, (int32_t)on + 3);
    CU_ASSERT_EQUAL(bm1i->vtable_index, (int32_t)on + 4); /* an overload is a new method */
    CU_ASSERT_EQUAL(bp->vtable_index, -1);
    CU_ASSERT_EQUAL(bs2->vtable_index, -1);
    /* C overrides one method of each ancestor */
    vm_Method *cm1 = own_method(c, "m1", "()V"), *cm3 = own_method(c, "m3", "()V");
    if (!cm1 || !cm3) return;
    CU_ASSERT_EQUAL(c->vtable_len, b->vtable_len);
    CU_ASSERT_EQUAL(cm1->vtable_index, am1->vtable_index);
    CU_ASSERT_EQUAL(cm3->vtable_index, bm3->vtable_index);
    CU_ASSERT_PTR_EQUAL(c->vtable[bm2->vtable_index], bm2);
    /* every entry's vtable_index is its position */
    for (uint32_t i = 0; i < c->vtable_len; i++)
        CU_ASSERT_EQUAL(c->vtable[i]->vtable_index, (int32_t)i);
    /* vm_find_method walks up the chain */
    CU_ASSERT_PTR_EQUAL(vm_find_method(c, "m2", "()V"), bm2);
    CU_ASSERT_PTR_EQUAL(vm_find_method(c, "hashCode", "()I"), vm_find_method(o, "hashCode", "()I"));
    CU_ASSERT_PTR_NULL(vm_find_method(c, "m2", "()I"));
    /* a private method with a final method's signature is not an override */
    vm_Class *pf = vm_load_class(vm->main, "vt/PrivateF");
    CU_ASSERT_PTR_NOT_NULL(pf);
    CU_ASSERT_PTR_NULL(vm->main->exception);
    vm->main->exception = NULL;
    if (pf) CU_ASSERT_PTR_EQUAL(pf->vtable[af->vtable_index], af);
    /* interface methods are not in vtables: an interface's vtable is Object's */
    vm_Class *i = load(vm, "vt/I");
    if (i) {
        CU_ASSERT_EQUAL(i->vtable_len, on);
        vm_Method *im = own_method(i, "m1", "()V");
        if (im) {
            CU_ASSERT_EQUAL(im->vtable_index, -1);
            CU_ASSERT_EQUAL(im->itable_index, 0);
        }
    }
}

static void test_final_method_override(void) {
    vm_VM *vm = make_vm(vtable_src, NULL);
    if (!vm) return;
    load(vm, "java/lang/IncompatibleClassChangeError"); /* so that throwing it adds no count below */
    uint64_t n0 = vm->stats.classes_loaded;
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "vt/OverFinal"));
    const char *msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "overrides final method");
    CHECK_CONTAINS(msg, "OverFinal");
    CHECK_CONTAINS(msg, "f()V");
    /* final two levels up */
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "vt/OverFinalDeep"));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "overrides final method");
    /* Object.getClass is final */
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "vt/OverGetClass"));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "getClass");
    /* A and B loaded fine on the way; the failed classes are not counted */
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0 + 2);
}

/* ------------------------------------------------------------------ */
/* itables                                                             */
/* ------------------------------------------------------------------ */

static const char *itable_src =
    ".class public interface abstract it/I\n"
    "  .method public abstract a()I\n"
    "  .end method\n"
    "  .method public abstract b()I\n"
    "  .end method\n"
    "  .method public c()I\n" /* a default method */
    "    bipush 30\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static st()I\n" /* static: not in the itable */
    "    iconst_0\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public interface abstract it/J\n"
    "  .implements it/I\n"
    "  .method public abstract d()I\n"
    "  .end method\n"
    ".end class\n"
    ".class public it/Base\n"
    "  .method public b()I\n"
    "    bipush 20\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public it/Impl extends it/Base\n"
    "  .implements it/J\n"
    "  .method public a()I\n"
    "    bipush 10\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public d()I\n"
    "    bipush 40\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public it/Sub extends it/Impl\n" /* inherits the whole itable */
    "  .method public b()I\n"
    "    bipush 21\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public it/Over\n"
    "  .implements it/I\n"
    "  .method public a()I\n"
    "    bipush 11\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public b()I\n"
    "    bipush 22\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public c()I\n"
    "    bipush 33\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public abstract it/Partial\n"
    "  .implements it/I\n"
    "  .method public a()I\n"
    "    bipush 12\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public it/Call\n"
    "  .method public static a(Lit/I;)I\n"
    "    aload 0\n"
    "    invokeinterface it/I.a()I\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static b(Lit/I;)I\n"
    "    aload 0\n"
    "    invokeinterface it/I.b()I\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static c(Lit/I;)I\n"
    "    aload 0\n"
    "    invokeinterface it/I.c()I\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static d(Lit/J;)I\n"
    "    aload 0\n"
    "    invokeinterface it/J.d()I\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static jb(Lit/J;)I\n" /* an I method through J */
    "    aload 0\n"
    "    invokeinterface it/J.b()I\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n";

static void test_itable(void) {
    vm_VM *vm = make_vm(itable_src, NULL);
    if (!vm) return;
    vm_Class *i = load(vm, "it/I"), *j = load(vm, "it/J"), *base = load(vm, "it/Base"),
             *impl = load(vm, "it/Impl"), *sub = load(vm, "it/Sub"), *over = load(vm, "it/Over"),
             *part = load(vm, "it/Partial"), *call = load(vm, "it/Call");
    if (!i || !j || !base || !impl || !sub || !over || !part || !call) return;
    vm_Method *ia = own_method(i, "a", "()I"), *ib = own_method(i, "b", "()I"),
              *ic = own_method(i, "c", "()I"), *ist = own_method(i, "st", "()I"),
              *jd = own_method(j, "d", "()I");
    vm_Method *implA = own_method(impl, "a", "()I"), *implD = own_method(impl, "d", "()I"),
              *baseB = own_method(base, "b", "()I"), *subB = own_method(sub, "b", "()I");
    if (!ia || !ib || !ic || !ist || !jd || !implA || !implD || !baseB || !subB) return;
    /* interface method numbering: instance methods in declaration order */
    CU_ASSERT_EQUAL(ia->itable_index, 0);
    CU_ASSERT_EQUAL(ib->itable_index, 1);
    CU_ASSERT_EQUAL(ic->itable_index, 2);
    CU_ASSERT_EQUAL(ist->itable_index, -1);
    CU_ASSERT_EQUAL(jd->itable_index, 0);
    /* Impl implements J and, through it, I; Base implements nothing */
    CU_ASSERT_EQUAL(base->nitable, 0);
    CU_ASSERT_EQUAL(impl->nitable, 2);
    CU_ASSERT_EQUAL(i->nitable, 0); /* interfaces have no itable */
    const vm_ITable *ti = itable_for(impl, i), *tj = itable_for(impl, j);
    CU_ASSERT_PTR_NOT_NULL(ti);
    CU_ASSERT_PTR_NOT_NULL(tj);
    if (ti) {
        CU_ASSERT_PTR_EQUAL(ti->methods[0], implA); /* own implementation */
        CU_ASSERT_PTR_EQUAL(ti->methods[1], baseB); /* inherited from the superclass */
        CU_ASSERT_PTR_EQUAL(ti->methods[2], ic);    /* the default method */
    }
    if (tj) CU_ASSERT_PTR_EQUAL(tj->methods[0], implD);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(impl, ia), implA);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(impl, ib), baseB);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(impl, ic), ic);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(impl, jd), implD);
    CU_ASSERT_PTR_NULL(vm_itable_lookup(base, ia)); /* Base does not implement I */
    /* Object's methods called through an interface go through the vtable */
    vm_Method *ots = vm_find_method(vm->c_object, "toString", "()Ljava/lang/String;");
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(impl, ots), impl->vtable[ots->vtable_index]);
    /* a subclass inherits the interfaces, with its own overrides */
    CU_ASSERT_EQUAL(sub->nitable, 2);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(sub, ia), implA);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(sub, ib), subB);
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(sub, jd), implD);
    /* a class method overrides the default */
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(over, ic), own_method(over, "c", "()I"));
    /* an abstract class may leave a method unimplemented: NULL (AbstractMethodError) */
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(part, ia), own_method(part, "a", "()I"));
    CU_ASSERT_PTR_NULL(vm_itable_lookup(part, ib));
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(part, ic), ic);
    /* and the interpreter dispatches through them */
    vm_Object *oi = vm_new_object(vm->main, impl), *os = vm_new_object(vm->main, sub),
              *oo = vm_new_object(vm->main, over);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "a", "(Lit/I;)I"), oi), 10);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "b", "(Lit/I;)I"), oi), 20);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "c", "(Lit/I;)I"), oi), 30);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "d", "(Lit/J;)I"), oi), 40);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "jb", "(Lit/J;)I"), oi), 20);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "b", "(Lit/I;)I"), os), 21);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "jb", "(Lit/J;)I"), os), 21);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "a", "(Lit/I;)I"), oo), 11);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "c", "(Lit/I;)I"), oo), 33);
}

/* JVMS 5.4.6: a default method is selected only if it is maximally specific. J extends I
 * and overrides I's default m(); a class implementing J must get J.m() when called through
 * I as well (javac/java 17: `((I) new C()).m()` returns 2). */
static const char *default_src =
    ".class public interface abstract dm/I\n"
    "  .method public m()I\n"
    "    iconst_1\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public interface abstract dm/J\n"
    "  .implements dm/I\n"
    "  .method public m()I\n"
    "    iconst_2\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n"
    ".class public dm/C\n"
    "  .implements dm/J\n"
    ".end class\n"
    ".class public interface abstract dm/K\n" /* re-abstracts I's default */
    "  .implements dm/I\n"
    "  .method public abstract m()I\n"
    "  .end method\n"
    ".end class\n"
    ".class public dm/D\n"
    "  .implements dm/K\n"
    ".end class\n"
    ".class public dm/Call\n"
    "  .method public static viaI(Ldm/I;)I\n"
    "    aload 0\n"
    "    invokeinterface dm/I.m()I\n"
    "    ireturn\n"
    "  .end method\n"
    "  .method public static viaJ(Ldm/J;)I\n"
    "    aload 0\n"
    "    invokeinterface dm/J.m()I\n"
    "    ireturn\n"
    "  .end method\n"
    ".end class\n";

static void test_itable_most_specific_default(void) {
    vm_VM *vm = make_vm(default_src, NULL);
    if (!vm) return;
    vm_Class *i = load(vm, "dm/I"), *j = load(vm, "dm/J"), *c = load(vm, "dm/C"),
             *call = load(vm, "dm/Call");
    if (!i || !j || !c || !call) return;
    vm_Method *im = own_method(i, "m", "()I"), *jm = own_method(j, "m", "()I");
    if (!im || !jm) return;
    CU_ASSERT_PTR_EQUAL(vm_itable_lookup(c, jm), jm);
    vm_Method *got = vm_itable_lookup(c, im);
    T_CHECK(got == jm,
            "itable of dm/C for dm/I.m()I: expected dm/J.m (the most specific default), got %s",
            got ? got->cls->name : "NULL");
    vm_Object *o = vm_new_object(vm->main, c);
    CU_ASSERT_EQUAL(call_int(vm, own_method(call, "viaJ", "(Ldm/J;)I"), o), 2);
    int32_t r = call_int(vm, own_method(call, "viaI", "(Ldm/I;)I"), o);
    T_CHECK(r == 2, "((I) new C()).m(): expected 2 (J.m), got %d", r);
    /* K re-declares m() abstract: for D, K.m is the one maximally specific method, and it is
     * abstract, so there is no implementation (java 17: AbstractMethodError "Receiver class
     * D does not define or inherit an implementation of the resolved method 'int m()' of
     * interface I.") */
    vm_Class *k = load(vm, "dm/K"), *dd = load(vm, "dm/D");
    if (!k || !dd) return;
    got = vm_itable_lookup(dd, im);
    T_CHECK(got == NULL,
            "itable of dm/D for dm/I.m()I: expected none (dm/K re-abstracts it), got %s.m",
            got ? got->cls->name : "NULL");
    vm_Object *od = vm_new_object(vm->main, dd);
    vm_Method *viai = own_method(call, "viaI", "(Ldm/I;)I");
    vm_Value arg = {.a = od};
    vm_Value rv = vm_invoke(vm->main, viai, &arg);
    vm_Object *ex = vm->main->exception;
    T_CHECK(ex && strcmp(ex->cls->name, "java/lang/AbstractMethodError") == 0,
            "((I) new D()).m(): expected AbstractMethodError, got %s (result %d)",
            ex ? ex->cls->name : "no exception", rv.i);
    vm->main->exception = NULL;
}

/* ------------------------------------------------------------------ */
/* instanceof                                                          */
/* ------------------------------------------------------------------ */

static void test_instance_of(void) {
    vm_VM *vm = make_vm(itable_src, NULL);
    if (!vm) return;
    vm_Class *obj = vm->c_object, *str = vm->c_string;
    vm_Class *i = load(vm, "it/I"), *j = load(vm, "it/J"), *base = load(vm, "it/Base"),
             *impl = load(vm, "it/Impl"), *sub = load(vm, "it/Sub"), *over = load(vm, "it/Over");
    vm_Class *cmp = load(vm, "java/lang/Comparable"), *cs = load(vm, "java/lang/CharSequence"),
             *cln = load(vm, "java/lang/Cloneable"), *run = load(vm, "java/lang/Runnable");
    vm_Class *ai = load(vm, "[I"), *aj = load(vm, "[J"), *aai = load(vm, "[[I"),
             *aobj = load(vm, "[Ljava/lang/Object;"), *astr = load(vm, "[Ljava/lang/String;"),
             *aastr = load(vm, "[[Ljava/lang/String;"), *aaobj = load(vm, "[[Ljava/lang/Object;"),
             *acmp = load(vm, "[Ljava/lang/Comparable;"),
             *acln = load(vm, "[Ljava/lang/Cloneable;"), *ai_i = load(vm, "[Lit/I;"),
             *aimpl = load(vm, "[Lit/Impl;");
    if (!i || !j || !base || !impl || !sub || !over || !cmp || !cs || !cln || !run || !ai || !aj ||
        !aai || !aobj || !astr || !aastr || !aaobj || !acmp || !acln || !ai_i || !aimpl)
        return;
    /* classes */
    CU_ASSERT(vm_instance_of(obj, obj));
    CU_ASSERT(vm_instance_of(impl, impl));
    CU_ASSERT(vm_instance_of(impl, base));
    CU_ASSERT(vm_instance_of(sub, base));
    CU_ASSERT(vm_instance_of(impl, obj));
    CU_ASSERT(!vm_instance_of(base, impl));
    CU_ASSERT(!vm_instance_of(obj, base));
    CU_ASSERT(!vm_instance_of(over, base));
    CU_ASSERT(vm_is_subclass(sub, obj));
    CU_ASSERT(!vm_is_subclass(base, sub));
    /* interfaces: direct, through a superinterface, through a superclass */
    CU_ASSERT(vm_instance_of(impl, j));
    CU_ASSERT(vm_instance_of(impl, i));
    CU_ASSERT(vm_instance_of(sub, i));
    CU_ASSERT(vm_instance_of(over, i));
    CU_ASSERT(!vm_instance_of(over, j));
    CU_ASSERT(!vm_instance_of(base, i));
    CU_ASSERT(!vm_instance_of(obj, i));
    CU_ASSERT(vm_instance_of(j, i)); /* interface to superinterface */
    CU_ASSERT(!vm_instance_of(i, j));
    CU_ASSERT(vm_instance_of(i, obj)); /* an interface type is assignable to Object */
    CU_ASSERT(vm_instance_of(str, cmp));
    CU_ASSERT(vm_instance_of(str, cs));
    CU_ASSERT(!vm_instance_of(str, run));
    CU_ASSERT(!vm_instance_of(obj, cln));
    /* arrays */
    CU_ASSERT(vm_instance_of(ai, ai));
    CU_ASSERT(vm_instance_of(ai, obj));
    CU_ASSERT(vm_instance_of(ai, cln));
    CU_ASSERT(!vm_instance_of(ai, aj));
    CU_ASSERT(!vm_instance_of(aj, ai));
    CU_ASSERT(!vm_instance_of(ai, aobj)); /* primitive arrays are not Object[] */
    CU_ASSERT(!vm_instance_of(ai, cmp));
    CU_ASSERT(!vm_instance_of(ai, str));
    CU_ASSERT(vm_instance_of(astr, aobj)); /* covariance */
    CU_ASSERT(!vm_instance_of(aobj, astr));
    CU_ASSERT(vm_instance_of(astr, acmp));
    CU_ASSERT(vm_instance_of(astr, obj));
    CU_ASSERT(vm_instance_of(astr, cln));
    CU_ASSERT(vm_instance_of(aobj, obj));
    CU_ASSERT(vm_instance_of(aobj, cln));
    CU_ASSERT(!vm_instance_of(aobj, str));
    CU_ASSERT(!vm_instance_of(obj, aobj));
    CU_ASSERT(!vm_instance_of(obj, ai));
    CU_ASSERT(vm_instance_of(aai, aobj)); /* int[][] is an Object[] */
    CU_ASSERT(vm_instance_of(aai, acln)); /* ...and a Cloneable[] */
    CU_ASSERT(!vm_instance_of(aai, ai));
    CU_ASSERT(vm_instance_of(aastr, aaobj));
    CU_ASSERT(vm_instance_of(aastr, aobj));
    CU_ASSERT(vm_instance_of(aastr, acln));
    CU_ASSERT(!vm_instance_of(aastr, astr));
    CU_ASSERT(!vm_instance_of(astr, aastr));
    CU_ASSERT(!vm_instance_of(aobj, aaobj));
    CU_ASSERT(vm_instance_of(aimpl, ai_i));
    vm_Class *aj_j = load(vm, "[Lit/J;");
    CU_ASSERT(aj_j && vm_instance_of(aj_j, ai_i)); /* J[] is an I[] */
    CU_ASSERT(aj_j && !vm_instance_of(ai_i, aj_j));
    CU_ASSERT(aj_j && vm_instance_of(aimpl, aj_j));
    CU_ASSERT(!vm_instance_of(ai_i, aimpl));
}

/* ------------------------------------------------------------------ */
/* array classes                                                       */
/* ------------------------------------------------------------------ */

static void test_array_classes(void) {
    vm_VM *vm = make_vm(NULL, NULL);
    if (!vm) return;
    vm_Thread *t = vm->main;
    uint64_t n0 = vm->stats.classes_loaded;
    static const struct {
        const char *name;
        char type;
        int size;
    } prims[] = {{"[Z", 'Z', 1}, {"[B", 'B', 1}, {"[C", 'C', 2}, {"[S", 'S', 2},
                 {"[I", 'I', 4}, {"[F", 'F', 4}, {"[J", 'J', 8}, {"[D", 'D', 8}};
    vm_Class *cln = load(vm, "java/lang/Cloneable");
    for (size_t k = 0; k < sizeof prims / sizeof prims[0]; k++) {
        vm_Class *c = vm_load_class(t, prims[k].name);
        T_CHECK(c != NULL, "cannot load %s", prims[k].name);
        if (!c) continue;
        CU_ASSERT_STRING_EQUAL(c->name, prims[k].name);
        CU_ASSERT(c->is_array);
        CU_ASSERT_EQUAL(c->elem_type, prims[k].type);
        CU_ASSERT_EQUAL(c->elem_size, prims[k].size);
        CU_ASSERT_EQUAL(vm_elem_size(prims[k].type), prims[k].size);
        CU_ASSERT_PTR_NULL(c->component);
        CU_ASSERT_PTR_EQUAL(c->super, vm->c_object);
        CU_ASSERT_PTR_NULL(c->module);
        CU_ASSERT_EQUAL(c->state, VM_CLASS_INITIALIZED);
        CU_ASSERT(c->flags & LD_ACC_FINAL);
        CU_ASSERT(!(c->flags & LD_ACC_INTERFACE));
        CU_ASSERT_EQUAL(c->ninterfaces, 1);
        if (c->ninterfaces == 1) CU_ASSERT_PTR_EQUAL(c->interfaces[0], cln);
        /* arrays have Object's methods */
        CU_ASSERT_EQUAL(c->vtable_len, vm->c_object->vtable_len);
        CU_ASSERT_PTR_EQUAL(vm_load_class(t, prims[k].name), c);
    }
    CU_ASSERT_PTR_EQUAL(vm_load_class(t, "[C"), vm->c_char_array);
    /* arrays of references, nested */
    vm_Class *str = vm->c_string;
    vm_Class *as = vm_load_class(t, "[Ljava/lang/String;");
    vm_Class *aas = vm_load_class(t, "[[Ljava/lang/String;");
    CU_ASSERT_PTR_NOT_NULL_FATAL(as);
    CU_ASSERT_PTR_NOT_NULL_FATAL(aas);
    CU_ASSERT_STRING_EQUAL(aas->name, "[[Ljava/lang/String;");
    CU_ASSERT_PTR_EQUAL(aas->component, as);
    CU_ASSERT_PTR_EQUAL(as->component, str);
    CU_ASSERT_EQUAL(as->elem_type, 'L');
    CU_ASSERT_EQUAL(aas->elem_type, '[');
    CU_ASSERT_EQUAL(as->elem_size, 8);
    CU_ASSERT_EQUAL(aas->elem_size, 8);
    CU_ASSERT_PTR_EQUAL(aas->super, vm->c_object);
    /* vm_array_class finds the same classes, both ways round */
    CU_ASSERT_PTR_EQUAL(vm_array_class(t, str), as);
    CU_ASSERT_PTR_EQUAL(vm_array_class(t, as), aas);
    CU_ASSERT_PTR_EQUAL(str->array_of, as);
    vm_Class *ai = vm_load_class(t, "[I");
    vm_Class *aai = ai ? vm_array_class(t, ai) : NULL;
    CU_ASSERT_PTR_NOT_NULL(aai);
    if (aai) {
        CU_ASSERT_STRING_EQUAL(aai->name, "[[I");
        CU_ASSERT_PTR_EQUAL(aai->component, ai);
        CU_ASSERT_PTR_EQUAL(vm_load_class(t, "[[I"), aai);
    }
    vm_Class *obj3 = vm_load_class(t, "[[[Ljava/lang/Object;");
    CU_ASSERT_PTR_NOT_NULL(obj3);
    if (obj3) {
        CU_ASSERT_PTR_EQUAL(obj3->component->component->component, vm->c_object);
        CU_ASSERT_PTR_EQUAL(vm_load_class(t, "[[Ljava/lang/Object;"), obj3->component);
    }
    /* array classes are not counted as loaded classes */
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0);
    /* an array of a class loads the class */
    vm_Class *ae = vm_load_class(t, "[Ljava/lang/ArithmeticException;");
    CU_ASSERT_PTR_NOT_NULL(ae);
    CU_ASSERT(vm->stats.classes_loaded > n0);
    /* malformed or missing element types */
    CU_ASSERT_PTR_NULL(vm_load_class(t, "[Lnope/Missing;"));
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"), "nope/Missing");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "[[Lnope/Missing;"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "[V"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "[Q"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "[II"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
}

/* "[" alone names no class. The name is passed in a buffer with spare NULs: with a 2-byte
 * buffer, make_array_class reads name[2], past the end (strchr("ZBCSIJFD", '\0') finds the
 * terminator, so the check goes on to name[2]). */
static void test_array_class_without_element(void) {
    vm_VM *vm = make_vm(NULL, NULL);
    if (!vm) return;
    char name[4] = "[";
    vm_Class *c = vm_load_class(vm->main, name);
    T_CHECK(c == NULL, "vm_load_class(\"[\") made a class (elem_type %d, elem_size %d)",
            c ? c->elem_type : 0, c ? c->elem_size : 0);
    if (!c) take_pending(vm, "java/lang/NoClassDefFoundError");
    vm->main->exception = NULL;
}

/* ------------------------------------------------------------------ */
/* linkage errors                                                      */
/* ------------------------------------------------------------------ */

static const char *errors_src = ".class public interface abstract err/Iface\n"
                                ".end class\n"
                                ".class public err/Plain\n"
                                ".end class\n"
                                ".class public final err/Final\n"
                                ".end class\n"
                                ".class public err/ExtIface extends err/Iface\n"
                                ".end class\n"
                                ".class public err/ImplClass\n"
                                "  .implements err/Plain\n"
                                ".end class\n"
                                ".class public err/ExtFinal extends err/Final\n"
                                ".end class\n"
                                ".class public err/ExtMissing extends nope/Gone\n"
                                ".end class\n"
                                ".class public err/ImplMissing\n"
                                "  .implements nope/GoneI\n"
                                ".end class\n"
                                ".class public err/ExtBroken extends err/ExtIface\n"
                                ".end class\n"
                                ".class public err/CircA extends err/CircB\n"
                                ".end class\n"
                                ".class public err/CircB extends err/CircA\n"
                                ".end class\n"
                                ".class public err/Self extends err/Self\n"
                                ".end class\n"
                                ".class public interface abstract err/CI1\n"
                                "  .implements err/CI2\n"
                                ".end class\n"
                                ".class public interface abstract err/CI2\n"
                                "  .implements err/CI1\n"
                                ".end class\n"
                                ".class public err/UsesCI\n"
                                "  .implements err/CI2\n"
                                ".end class\n"
                                ".class public err/ExtImplClass extends err/ImplClass\n"
                                ".end class\n"
                                ".class public err/ExtOverFinal extends err/OverFinal\n"
                                ".end class\n"
                                ".class public err/HasFinal\n"
                                "  .method public final f()V\n"
                                "    return\n"
                                "  .end method\n"
                                ".end class\n"
                                ".class public err/OverFinal extends err/HasFinal\n"
                                "  .method public f()V\n"
                                "    return\n"
                                "  .end method\n"
                                ".end class\n"
                                ".class public err/TooFewLocals\n"
                                "  .method public static f(II)V\n"
                                "    .limit locals 1\n"
                                "    return\n"
                                "  .end method\n"
                                ".end class\n";

static void test_missing_class(void) {
    vm_VM *vm = make_vm(errors_src, NULL);
    if (!vm) return;
    load(vm, "java/lang/NoClassDefFoundError"); /* so that throwing it adds no count below */
    uint64_t n0 = vm->stats.classes_loaded;
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "nope/Missing"));
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"), "nope/Missing");
    /* asking again fails again */
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "nope/Missing"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    /* a missing superclass or interface */
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "err/ExtMissing"));
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"), "nope/Gone");
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "err/ImplMissing"));
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"), "nope/GoneI");
    /* names are case-sensitive and use slashes */
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "java.lang.Object"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    CU_ASSERT_PTR_NULL(vm_load_class(vm->main, "err/plain"));
    take_pending(vm, "java/lang/NoClassDefFoundError");
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0);
}

static void test_class_hierarchy_errors(void) {
    vm_VM *vm = make_vm(errors_src, NULL);
    if (!vm) return;
    vm_Thread *t = vm->main;
    const char *msg;
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/ExtIface"));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "has interface");
    CHECK_CONTAINS(msg, "as super class");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/ImplClass"));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "because it is not an interface");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/ExtFinal"));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "final class");
    /* a class whose superclass failed fails too */
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/ExtBroken"));
    CU_ASSERT_PTR_NOT_NULL(t->exception);
    if (t->exception) {
        vm_Class *le = load(vm, "java/lang/LinkageError");
        CU_ASSERT(le && vm_instance_of(t->exception->cls, le));
    }
    t->exception = NULL;
    /* the good classes of the module still load */
    CU_ASSERT_PTR_NOT_NULL(vm_load_class(t, "err/Plain"));
    CU_ASSERT_PTR_NOT_NULL(vm_load_class(t, "err/Final"));
    CU_ASSERT_PTR_NULL(t->exception);
    /* a method whose max_locals cannot hold its arguments */
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/TooFewLocals"));
    msg = take_pending(vm, "java/lang/ClassFormatError");
    CHECK_CONTAINS(msg, "max_locals");
}

static void test_circularity(void) {
    vm_VM *vm = make_vm(errors_src, NULL);
    if (!vm) return;
    vm_Thread *t = vm->main;
    load(vm, "java/lang/ClassCircularityError");
    load(vm, "java/lang/NoClassDefFoundError");
    uint64_t n0 = vm->stats.classes_loaded;
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/CircA"));
    take_pending(vm, "java/lang/ClassCircularityError");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/Self"));
    CHECK_STR(take_pending(vm, "java/lang/ClassCircularityError"), "err/Self");
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/CI1"));
    take_pending(vm, "java/lang/ClassCircularityError");
    /* the other member of the cycle is not usable either */
    CU_ASSERT_PTR_NULL(vm_load_class(t, "err/CircB"));
    CU_ASSERT_PTR_NOT_NULL(t->exception);
    t->exception = NULL;
    CU_ASSERT_EQUAL(vm->stats.classes_loaded, n0);
}

/* A class that failed to load must fail again when asked for again, or when a class that
 * extends or implements it is loaded (JVMS 5.4.3: the same error; java 17 rethrows it). It
 * must not come back half-linked. Each case runs in a child process: using a half-linked
 * class can crash. */
static const struct {
    const char *first, *then;
} again_cases[] = {
    {"err/ExtIface", "err/ExtIface"},
    {"err/ExtFinal", "err/ExtFinal"},
    {"err/ExtMissing", "err/ExtMissing"},
    {"err/CircA", "err/CircA"},
    {"err/ImplClass", "err/ImplClass"},
    {"err/ImplMissing", "err/ImplMissing"},
    {"err/OverFinal", "err/OverFinal"},
    {"err/TooFewLocals", "err/TooFewLocals"},
    {"err/CI1", "err/CI2"},
    {"err/CI1", "err/UsesCI"},
    {"err/ImplClass", "err/ExtImplClass"},
    {"err/OverFinal", "err/ExtOverFinal"},
};

static int probe_fails_again(const void *ctx, size_t i, char *msg, size_t msglen) {
    (void)ctx;
    vm_VM *vm = make_vm(errors_src, NULL);
    if (!vm) return snprintf(msg, msglen, "no VM"), T_FAIL;
    vm_Thread *t = vm->main;
    const char *first = again_cases[i].first, *then = again_cases[i].then;
    vm_Class *c = vm_load_class(t, first);
    if (c || !t->exception)
        return snprintf(msg, msglen, "%s: first load: expected an error", first), T_FAIL;
    const char *e1 = t->exception->cls->name;
    t->exception = NULL;
    c = vm_load_class(t, then);
    if (c || !t->exception) {
        snprintf(msg, msglen,
                 "load %s (fails with %s), then %s: expected NULL with an error pending, got %s "
                 "(state %d) with %s pending",
                 first, e1, then, c ? "a class" : "NULL", c ? c->state : -1,
                 t->exception ? t->exception->cls->name : "nothing");
        return T_FAIL;
    }
    return T_PASS;
}

static void test_failed_class_fails_again(void) {
    t_run_isolated("failed class", probe_fails_again, NULL,
                   sizeof again_cases / sizeof again_cases[0]);
}

/* ------------------------------------------------------------------ */
/* resolution                                                          */
/* ------------------------------------------------------------------ */

static const char *resolve_src =
    ".class public rs/Holder\n"
    "  .field public v I\n"
    "  .field public static s I\n"
    "  .field public static final K I = 7\n"
    "  .field public static final NAME Ljava/lang/String; = \"holder\"\n"
    "  .method public static sm()V\n"
    "    return\n"
    "  .end method\n"
    "  .method public im()V\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public rs/Sub extends rs/Holder\n"
    ".end class\n"
    ".class public interface abstract rs/HasConst\n"
    "  .field public static final IC I = 99\n"
    "  .method public abstract iface()V\n"
    "  .end method\n"
    ".end class\n"
    ".class public abstract rs/Impl\n"
    "  .implements rs/HasConst\n"
    ".end class\n"
    ".class public rs/User\n"
    "  .method public static refs(Lrs/Holder;)V\n"
    "    .limit stack 4\n"
    "    .limit locals 1\n"
    "    aload 0\n"
    "    getfield rs/Holder.v I\n"
    "    pop\n"
    "    getstatic rs/Holder.s I\n"
    "    pop\n"
    "    getstatic rs/Sub.s I\n"
    "    pop\n"
    "    getstatic rs/Holder.missing I\n"
    "    pop\n"
    "    getstatic rs/Holder.s J\n"
    "    pop\n"
    "    aload 0\n"
    "    getfield rs/Holder.s I\n"
    "    pop\n"
    "    getstatic rs/Holder.v I\n"
    "    pop\n"
    "    getstatic rs/Impl.IC I\n"
    "    pop\n"
    "    getstatic nope/Missing.f I\n"
    "    pop\n"
    "    invokestatic rs/Holder.sm()V\n"
    "    invokestatic rs/Sub.sm()V\n"
    "    aload 0\n"
    "    invokevirtual rs/Holder.im()V\n"
    "    invokestatic rs/Holder.im()V\n"
    "    aload 0\n"
    "    invokevirtual rs/Holder.sm()V\n"
    "    aload 0\n"
    "    iconst_1\n"
    "    invokevirtual rs/Holder.bar(I)V\n"
    "    aload 0\n"
    "    iconst_1\n"
    "    aconst_null\n"
    "    aconst_null\n"
    "    invokevirtual rs/Holder.baz(ILjava/lang/String;[[J)Ljava/lang/Object;\n"
    "    pop\n"
    "    aload 0\n"
    "    invokeinterface rs/Holder.im()V\n"
    "    aload 0\n"
    "    invokevirtual rs/HasConst.iface()V\n"
    "    aload 0\n"
    "    invokevirtual rs/Impl.iface()V\n"
    "    aload 0\n"
    "    invokevirtual rs/Holder.hashCode()I\n"
    "    pop\n"
    "    aload 0\n"
    "    invokeinterface rs/HasConst.hashCode()I\n"
    "    pop\n"
    "    ldc \"literal\"\n"
    "    pop\n"
    "    ldc \"holder\"\n"
    "    pop\n"
    "    return\n"
    "  .end method\n"
    ".end class\n";

static void test_resolve_field(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(resolve_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    vm_Class *h = load(vm, "rs/Holder");
    if (!h) return;
    CU_ASSERT_EQUAL(h->state, VM_CLASS_LINKED);
    /* instance field: resolved once, cached in the module's cp, with its class */
    uint16_t iv = member_index(mod, LD_C_FIELD, "rs/Holder", "v", "I");
    CU_ASSERT_FALSE(mod->cp[iv].resolved);
    vm_Field *f = vm_resolve_field(t, mod, iv, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_EQUAL(f, own_field(h, "v"));
    CU_ASSERT_TRUE(mod->cp[iv].resolved);
    CU_ASSERT_PTR_EQUAL(mod->cp[iv].p, f);
    CU_ASSERT_PTR_EQUAL(vm_resolve_field(t, mod, iv, 0), f);
    uint16_t ci = mod->ld->pool[iv].u.member.cls;
    CU_ASSERT_TRUE(mod->cp[ci].resolved);
    CU_ASSERT_PTR_EQUAL(mod->cp[ci].p, h);
    CU_ASSERT_PTR_EQUAL(vm_resolve_class(t, mod, ci), h);
    CU_ASSERT_EQUAL(h->state, VM_CLASS_LINKED); /* an instance field does not initialize */
    /* static field: initializes the class (constant values set), then caches */
    uint16_t is = member_index(mod, LD_C_FIELD, "rs/Holder", "s", "I");
    vm_Field *fs = vm_resolve_field(t, mod, is, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    CU_ASSERT_PTR_EQUAL(fs, own_field(h, "s"));
    CU_ASSERT_EQUAL(h->state, VM_CLASS_INITIALIZED);
    CU_ASSERT_TRUE(mod->cp[is].resolved);
    CU_ASSERT_PTR_EQUAL(vm_resolve_field(t, mod, is, 1), fs);
    vm_Field *k = own_field(h, "K"), *nm = own_field(h, "NAME");
    if (k) CU_ASSERT_EQUAL(h->statics[k->slot].i, 7);
    if (nm) {
        vm_Object *s = h->statics[nm->slot].a;
        CU_ASSERT_PTR_NOT_NULL(s);
        if (s) CU_ASSERT_STRING_EQUAL(vm_string_to_utf8(vm, s), "holder");
        /* a constant string is the interned literal */
        uint16_t li = string_index(mod, "holder");
        CU_ASSERT_PTR_EQUAL(vm_resolve_string(t, mod, li), s);
    }
    /* an inherited static field, named through the subclass */
    uint16_t iss = member_index(mod, LD_C_FIELD, "rs/Sub", "s", "I");
    CU_ASSERT_PTR_EQUAL(vm_resolve_field(t, mod, iss, 1), fs);
    /* a static field inherited from an interface, named through an implementing class */
    uint16_t iic = member_index(mod, LD_C_FIELD, "rs/Impl", "IC", "I");
    vm_Field *fic = vm_resolve_field(t, mod, iic, 1);
    CU_ASSERT_PTR_NOT_NULL(fic);
    if (fic) {
        CU_ASSERT_STRING_EQUAL(fic->cls->name, "rs/HasConst");
        CU_ASSERT_EQUAL(fic->cls->state, VM_CLASS_INITIALIZED);
        CU_ASSERT_EQUAL(fic->cls->statics[fic->slot].i, 99);
    }
    CU_ASSERT_PTR_NULL(t->exception);
}

static void test_resolve_field_errors(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(resolve_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    uint16_t i;
    /* missing field (and a field with the wrong descriptor) */
    i = member_index(mod, LD_C_FIELD, "rs/Holder", "missing", "I");
    CU_ASSERT_PTR_NULL(vm_resolve_field(t, mod, i, 1));
    CHECK_STR(take_pending(vm, "java/lang/NoSuchFieldError"), "missing");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    i = member_index(mod, LD_C_FIELD, "rs/Holder", "s", "J");
    CU_ASSERT_PTR_NULL(vm_resolve_field(t, mod, i, 1));
    CHECK_STR(take_pending(vm, "java/lang/NoSuchFieldError"), "s");
    /* static/non-static mismatch, both ways */
    i = member_index(mod, LD_C_FIELD, "rs/Holder", "s", "I");
    CU_ASSERT_PTR_NULL(vm_resolve_field(t, mod, i, 0));
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Expected non-static field rs.Holder.s");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    i = member_index(mod, LD_C_FIELD, "rs/Holder", "v", "I");
    CU_ASSERT_PTR_NULL(vm_resolve_field(t, mod, i, 1));
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Expected static field rs.Holder.v");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    /* the field's class is missing */
    i = member_index(mod, LD_C_FIELD, "nope/Missing", "f", "I");
    CU_ASSERT_PTR_NULL(vm_resolve_field(t, mod, i, 1));
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"), "nope/Missing");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
}

static void test_resolve_method(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(resolve_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    vm_Class *h = load(vm, "rs/Holder");
    if (!h) return;
    uint16_t i = member_index(mod, LD_C_METHOD, "rs/Holder", "im", "()V");
    vm_Method *m = vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL);
    CU_ASSERT_PTR_NOT_NULL(m);
    CU_ASSERT_PTR_EQUAL(m, own_method(h, "im", "()V"));
    CU_ASSERT_TRUE(mod->cp[i].resolved);
    CU_ASSERT_PTR_EQUAL(mod->cp[i].p, m);
    CU_ASSERT_PTR_EQUAL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL), m);
    CU_ASSERT_EQUAL(h->state, VM_CLASS_LINKED);
    /* a static method initializes its class */
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "sm", "()V");
    m = vm_resolve_method(t, mod, i, VM_INVOKE_STATIC);
    CU_ASSERT_PTR_EQUAL(m, own_method(h, "sm", "()V"));
    CU_ASSERT_EQUAL(h->state, VM_CLASS_INITIALIZED);
    CU_ASSERT_TRUE(mod->cp[i].resolved);
    /* inherited: named through the subclass, found in the superclass */
    i = member_index(mod, LD_C_METHOD, "rs/Sub", "sm", "()V");
    CU_ASSERT_PTR_EQUAL(vm_resolve_method(t, mod, i, VM_INVOKE_STATIC), own_method(h, "sm", "()V"));
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "hashCode", "()I");
    CU_ASSERT_PTR_EQUAL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL),
                        vm_find_method(vm->c_object, "hashCode", "()I"));
    /* an interface method named through an abstract class that does not declare it */
    i = member_index(mod, LD_C_METHOD, "rs/Impl", "iface", "()V");
    m = vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL);
    CU_ASSERT_PTR_NOT_NULL(m);
    if (m) CU_ASSERT_STRING_EQUAL(m->cls->name, "rs/HasConst");
    /* Object's methods through an interface */
    i = member_index(mod, LD_C_METHOD, "rs/HasConst", "hashCode", "()I");
    CU_ASSERT_PTR_EQUAL(vm_resolve_method(t, mod, i, VM_INVOKE_INTERFACE),
                        vm_find_method(vm->c_object, "hashCode", "()I"));
    /* string literals resolve to interned strings, cached */
    i = string_index(mod, "literal");
    vm_Object *s = vm_resolve_string(t, mod, i);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_TRUE(mod->cp[i].resolved);
    CU_ASSERT_PTR_EQUAL(vm_resolve_string(t, mod, i), s);
    CU_ASSERT_STRING_EQUAL(vm_string_to_utf8(vm, s), "literal");
    CU_ASSERT_PTR_EQUAL(vm_string_intern(t, vm_string_utf8(t, "literal", 7)), s);
    CU_ASSERT_PTR_NULL(t->exception);
}

static void test_resolve_method_errors(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(resolve_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    const char *msg;
    uint16_t i;
    /* missing methods: NoSuchMethodError naming the method in Java syntax */
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "bar", "(I)V");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL));
    msg = take_pending(vm, "java/lang/NoSuchMethodError");
    CHECK_CONTAINS(msg, "void rs.Holder.bar(int)");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "baz",
                     "(ILjava/lang/String;[[J)Ljava/lang/Object;");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL));
    msg = take_pending(vm, "java/lang/NoSuchMethodError");
    CHECK_CONTAINS(msg, "java.lang.Object rs.Holder.baz(int, java.lang.String, long[][])");
    /* static/non-static mismatch */
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "im", "()V");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_STATIC));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "static method");
    CHECK_CONTAINS(msg, "void rs.Holder.im()");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "sm", "()V");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL));
    msg = take_pending(vm, "java/lang/IncompatibleClassChangeError");
    CHECK_CONTAINS(msg, "non-static method");
    CHECK_CONTAINS(msg, "void rs.Holder.sm()");
    CU_ASSERT_FALSE(mod->cp[i].resolved);
    /* class/interface mismatch */
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "im", "()V");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_INTERFACE));
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Found class rs.Holder, but interface was expected");
    i = member_index(mod, LD_C_METHOD, "rs/HasConst", "iface", "()V");
    CU_ASSERT_PTR_NULL(vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL));
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Found interface rs.HasConst, but class was expected");
}

/* The exact texts OpenJDK 17 (HotSpot) gives for the same failures, obtained by separate
 * compilation (see the file comment); Oak has no modules, so the "(... in unnamed module
 * of loader 'app')" suffix of the second one is not expected. */
static void test_jdk_messages(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(resolve_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    uint16_t i = member_index(mod, LD_C_METHOD, "rs/Holder", "bar", "(I)V");
    vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL);
    CHECK_STR(take_pending(vm, "java/lang/NoSuchMethodError"), "'void rs.Holder.bar(int)'");
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "im", "()V");
    vm_resolve_method(t, mod, i, VM_INVOKE_STATIC);
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Expected static method 'void rs.Holder.im()'");
    i = member_index(mod, LD_C_METHOD, "rs/Holder", "sm", "()V");
    vm_resolve_method(t, mod, i, VM_INVOKE_VIRTUAL);
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "Expecting non-static method 'void rs.Holder.sm()'");

    vm = make_vm(errors_src, NULL);
    if (!vm) return;
    t = vm->main;
    vm_load_class(t, "err/ExtIface");
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "class err.ExtIface has interface err.Iface as super class");
    vm_load_class(t, "err/ImplClass");
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "class err.ImplClass can not implement err.Plain, because it is not an interface");
    vm_load_class(t, "err/OverFinal");
    CHECK_STR(take_pending(vm, "java/lang/IncompatibleClassChangeError"),
              "class err.OverFinal overrides final method err.HasFinal.f()V");
    vm_load_class(t, "err/CircA");
    CHECK_STR(take_pending(vm, "java/lang/ClassCircularityError"), "err/CircA");
}

/* ------------------------------------------------------------------ */
/* static initialization                                               */
/* ------------------------------------------------------------------ */

#define CLINIT_APPENDING(digit)                                                                    \
    "  .method static <clinit>()V\n"                                                               \
    "    getstatic si/Log.order I\n"                                                               \
    "    bipush 10\n"                                                                              \
    "    imul\n"                                                                                   \
    "    bipush " #digit "\n"                                                                      \
    "    iadd\n"                                                                                   \
    "    putstatic si/Log.order I\n"                                                               \
    "    return\n"                                                                                 \
    "  .end method\n"

/* clang-format off */
static const char *init_src =
    ".class public si/Log\n"
    "  .field public static order I\n"
    "  .field public static seenK I\n"
    ".end class\n"
    ".class public si/A\n"
    CLINIT_APPENDING(1)
    ".end class\n"
    ".class public si/B extends si/A\n"
    CLINIT_APPENDING(2)
    ".end class\n"
    ".class public si/C extends si/B\n"
    "  .field public static final K I = 42\n"
    "  .method static <clinit>()V\n"
    "    getstatic si/Log.order I\n"
    "    bipush 10\n"
    "    imul\n"
    "    iconst_3\n"
    "    iadd\n"
    "    putstatic si/Log.order I\n"
    "    getstatic si/C.K I\n"
    "    putstatic si/Log.seenK I\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public si/D extends si/B\n"
    CLINIT_APPENDING(4)
    ".end class\n"
    ".class public si/Bad\n"
    "  .method static <clinit>()V\n"
    "    iconst_1\n"
    "    iconst_0\n"
    "    idiv\n"
    "    putstatic si/Log.order I\n"
    "    return\n"
    "  .end method\n"
    ".end class\n"
    ".class public si/BadSub extends si/Bad\n"
    ".end class\n"
    ".class public si/Err\n"
    "  .method static <clinit>()V\n"
    "    new java/lang/AssertionError\n"
    "    dup\n"
    "    invokespecial java/lang/AssertionError.<init>()V\n"
    "    athrow\n"
    "  .end method\n"
    ".end class\n";
/* clang-format on */

static int32_t log_order(vm_VM *vm) {
    vm_Class *log = vm_load_class(vm->main, "si/Log");
    vm_Field *f = log ? vm_find_field(log, "order", "I") : NULL;
    return f ? log->statics[f->slot].i : -1;
}

static void test_static_init_order(void) {
    vm_Module *mod = NULL;
    vm_VM *vm = make_vm(init_src, &mod);
    if (!vm) return;
    vm_Thread *t = vm->main;
    vm_Class *a = load(vm, "si/A"), *b = load(vm, "si/B"), *c = load(vm, "si/C"),
             *d = load(vm, "si/D");
    if (!a || !b || !c || !d) return;
    /* loading does not initialize */
    CU_ASSERT_EQUAL(a->state, VM_CLASS_LINKED);
    CU_ASSERT_EQUAL(c->state, VM_CLASS_LINKED);
    vm_Field *k = own_field(c, "K");
    if (k) CU_ASSERT_EQUAL(c->statics[k->slot].i, 0); /* constants are set by initialization */
    CU_ASSERT_EQUAL(log_order(vm), 0);
    /* superclasses first: A, B, then C; C's constant is set before its <clinit> runs */
    CU_ASSERT_EQUAL(vm_init_class(t, c), 0);
    CU_ASSERT_PTR_NULL(t->exception);
    CU_ASSERT_EQUAL(log_order(vm), 123);
    CU_ASSERT_EQUAL(a->state, VM_CLASS_INITIALIZED);
    CU_ASSERT_EQUAL(b->state, VM_CLASS_INITIALIZED);
    CU_ASSERT_EQUAL(c->state, VM_CLASS_INITIALIZED);
    if (k) CU_ASSERT_EQUAL(c->statics[k->slot].i, 42);
    vm_Class *log = vm_load_class(t, "si/Log");
    vm_Field *seen = log ? vm_find_field(log, "seenK", "I") : NULL;
    if (seen) CU_ASSERT_EQUAL(log->statics[seen->slot].i, 42);
    /* C.K was resolved by C's own <clinit>, while C was being initialized: not cached then
     * (a cached static reference lets the interpreter skip the initialization check) */
    uint16_t ki = member_index(mod, LD_C_FIELD, "si/C", "K", "I");
    CU_ASSERT_FALSE(mod->cp[ki].resolved);
    CU_ASSERT_PTR_EQUAL(vm_resolve_field(t, mod, ki, 1), k);
    CU_ASSERT_TRUE(mod->cp[ki].resolved);
    uint16_t oi = member_index(mod, LD_C_FIELD, "si/Log", "order", "I");
    CU_ASSERT_TRUE(mod->cp[oi].resolved); /* Log was initialized when C's <clinit> used it */
    /* once only; an initialized superclass is not run again */
    CU_ASSERT_EQUAL(vm_init_class(t, c), 0);
    CU_ASSERT_EQUAL(vm_init_class(t, a), 0);
    CU_ASSERT_EQUAL(log_order(vm), 123);
    CU_ASSERT_EQUAL(vm_init_class(t, d), 0);
    CU_ASSERT_EQUAL(log_order(vm), 1234);
    CU_ASSERT_EQUAL(d->state, VM_CLASS_INITIALIZED);
    /* array classes are born initialized */
    vm_Class *ac = vm_array_class(t, c);
    CU_ASSERT(ac && ac->state == VM_CLASS_INITIALIZED);
}

static void test_static_init_failure(void) {
    vm_VM *vm = make_vm(init_src, NULL);
    if (!vm) return;
    vm_Thread *t = vm->main;
    vm_Class *bad = load(vm, "si/Bad"), *badsub = load(vm, "si/BadSub"), *err = load(vm, "si/Err");
    if (!bad || !badsub || !err) return;
    /* an exception: ExceptionInInitializerError with the exception as its cause */
    CU_ASSERT_EQUAL(vm_init_class(t, bad), -1);
    vm_Object *ex = t->exception;
    take_pending(vm, "java/lang/ExceptionInInitializerError");
    if (ex) {
        vm_Object *cause =
            ((vm_Value *)((char *)ex + VM_FIELD_OFFSET(vm->throwable_cause_slot)))->a;
        CU_ASSERT(cause && strcmp(cause->cls->name, "java/lang/ArithmeticException") == 0);
        if (cause) CHECK_STR(message_of(vm, cause), "/ by zero");
    }
    CU_ASSERT_EQUAL(bad->state, VM_CLASS_ERROR);
    /* later attempts: NoClassDefFoundError, without running <clinit> again */
    CU_ASSERT_EQUAL(vm_init_class(t, bad), -1);
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"),
              "Could not initialize class si.Bad");
    /* a subclass cannot be initialized either */
    CU_ASSERT_EQUAL(vm_init_class(t, badsub), -1);
    CHECK_STR(take_pending(vm, "java/lang/NoClassDefFoundError"),
              "Could not initialize class si.Bad");
    CU_ASSERT_EQUAL(badsub->state, VM_CLASS_ERROR);
    /* an Error is not wrapped */
    CU_ASSERT_EQUAL(vm_init_class(t, err), -1);
    take_pending(vm, "java/lang/AssertionError");
    CU_ASSERT_EQUAL(err->state, VM_CLASS_ERROR);
}

/* ------------------------------------------------------------------ */
/* many VMs in one process                                             */
/* ------------------------------------------------------------------ */

/* Each probe counts only its own object: an earlier probe's object, now garbage, may be
 * finalized during a later probe's collections. */
static int finalized;
static int probe_serial;
static void note_finalized(void *obj, void *data) {
    (void)obj;
    if ((intptr_t)data == probe_serial) finalized++;
}

/* Puts a new object only on t's Java stack (as the operand stack of a running method
 * would hold it) and registers a finalizer; no C variable keeps it. */
static void __attribute__((noinline)) push_object_on_java_stack(vm_VM *vm) {
    vm_Thread *t = vm->main;
    vm_Object *o = vm_new_object(t, vm->c_object);
    GC_register_finalizer(o, note_finalized, (void *)(intptr_t)probe_serial, NULL, NULL);
    t->top[0].a = o;
    t->top++;
    o = NULL;
}

static void __attribute__((noinline)) clear_c_stack(void) {
    volatile char junk[16384];
    memset((char *)junk, 0, sizeof junk);
}

/* Every VM's Java stack is a GC root, however many VMs the process has made. vm.c keeps
 * the threads in a fixed table of 64 (MAX_THREADS) and silently skips the rest, so the
 * stack of the 65th VM's thread is not scanned. The probe (in a child process, so that the
 * table of this process is not used up) checks that an object held only by a VM's Java
 * stack survives a collection: first for a fresh VM (the control: the test itself works
 * while the process has made fewer than 64 VMs), then for the 70th VM it makes. */
static int survives_on_java_stack(vm_VM *vm) {
    finalized = 0;
    probe_serial++;
    push_object_on_java_stack(vm);
    clear_c_stack();
    for (int k = 0; k < 3; k++) {
        GC_gcollect();
        GC_invoke_finalizers();
    }
    vm->main->top--;
    return finalized == 0;
}

static vm_VM *small_vm(void) {
    vm_Options opt;
    memset(&opt, 0, sizeof opt);
    opt.stack_size = 8192; /* small stacks: the probe makes many VMs */
    vm_VM *vm = new_vm(&opt);
    char err[256];
    if (vm_add_path(vm, "lib/java.base.oak", err, sizeof err) != 0 || vm_boot(vm) != 0) return NULL;
    return vm;
}

static int probe_many_vms(const void *ctx, size_t i, char *msg, size_t msglen) {
    (void)ctx, (void)i;
    vm_VM *vm = small_vm();
    if (!vm) return snprintf(msg, msglen, "cannot boot a VM"), T_FAIL;
    if (!survives_on_java_stack(vm)) {
        snprintf(msg, msglen,
                 "control: an object on the Java stack of a VM made after %zu others "
                 "was collected",
                 nvms - 1);
        return T_FAIL;
    }
    for (int k = 0; k < 68; k++)
        new_vm(&vm->opt);
    vm = small_vm();
    if (!vm) return snprintf(msg, msglen, "cannot boot the 70th VM"), T_FAIL;
    if (!survives_on_java_stack(vm)) {
        snprintf(msg, msglen,
                 "an object referenced only from the Java stack of the 70th VM made by the probe "
                 "(%zu made by this file) was collected: its thread is not among the GC roots",
                 nvms);
        return T_FAIL;
    }
    return T_PASS;
}

static void test_many_vms_java_stack_is_root(void) {
    t_run_isolated("many VMs", probe_many_vms, NULL, 1);
}

void add_linker_tests(void) {
    CU_pSuite s = CU_add_suite("linker", NULL, NULL);
    CU_add_test(s, "core classes after boot", test_core_classes_after_boot);
    CU_add_test(s, "classes load lazily", test_lazy_loading);
    CU_add_test(s, "superclass and interfaces load first", test_super_and_interfaces_first);
    CU_add_test(s, "field layout", test_field_layout);
    CU_add_test(s, "vtable layout and overrides", test_vtable);
    CU_add_test(s, "overriding a final method is an IncompatibleClassChangeError", test_final_method_override);
    CU_add_test(s, "itables: own, inherited and default implementations", test_itable);
    CU_add_test(s, "itables select the most specific default method",
                test_itable_most_specific_default);
    CU_add_test(s, "instanceof for classes, interfaces and arrays", test_instance_of);
    CU_add_test(s, "array classes by name", test_array_classes);
    CU_add_test(s, "\"[\" is not an array class", test_array_class_without_element);
    CU_add_test(s, "missing classes", test_missing_class);
    CU_add_test(s, "bad superclasses and interfaces", test_class_hierarchy_errors);
    CU_add_test(s, "circular superclasses", test_circularity);
    CU_add_test(s, "a class that failed to load fails again", test_failed_class_fails_again);
    CU_add_test(s, "field resolution and caching", test_resolve_field);
    CU_add_test(s, "field resolution errors", test_resolve_field_errors);
    CU_add_test(s, "method and string resolution and caching", test_resolve_method);
    CU_add_test(s, "method resolution errors", test_resolve_method_errors);
    CU_add_test(s, "linkage error messages are JDK 17's", test_jdk_messages);
    CU_add_test(s, "static initialization order", test_static_init_order);
    CU_add_test(s, "static initialization failures", test_static_init_failure);
    CU_add_test(s, "the Java stack of every VM is a GC root", test_many_vms_java_stack_is_root);
}

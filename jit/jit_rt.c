/* jit_rt.c: the runtime helpers compiled code calls for the rare and complicated paths
 * (allocation, resolution, throwing, calls into the interpreter, casts).
 *
 * They are ordinary exported C functions: generated code declares them as IMPORTED
 * functions and the dynamic linker binds them when the compiled shared object is loaded
 * (bin/oak is linked with -rdynamic), so no address is baked into the helper calls.
 * Every helper that can fail makes an exception pending and returns 0/NULL; the caller
 * then branches to its unwind path.
 */
#include "jit.h"
#include "opcodes.h"

#include <string.h>

/* Resolution caches of the calling method's module (same as the interpreter's). */
static vm_Module *mod_of(vm_Method *m) { return m->cls->module; }

void jit_rt_throw_npe(vm_Thread *t, vm_Method *m, uint32_t pc) { vm_throw_npe(t, m, m->code + pc); }

void jit_rt_throw_aioobe(vm_Thread *t, int32_t i, int32_t len) {
    vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d", i, len);
}

void jit_rt_throw_div0(vm_Thread *t) { vm_throw(t, "java/lang/ArithmeticException", "/ by zero"); }

void jit_rt_throw_soe(vm_Thread *t) { vm_throw(t, "java/lang/StackOverflowError", NULL); }

/* The limits a compiled activation whose record fr starts a page of the frame array
 * checks: room for the records of this page (and the first of the next), and C stack
 * above the thread's limit. This function's frame is below its caller's: the test is
 * conservative. 1: the caller throws StackOverflowError. */
int32_t jit_rt_stack_check(vm_Thread *t, vm_Frame *fr) {
    return (char *)fr + VM_FRAME_PAGE + sizeof(vm_Frame) > (char *)t->frames_end ||
           (char *)__builtin_frame_address(0) < t->c_stack_limit;
}

void jit_rt_athrow(vm_Thread *t, vm_Object *ex) { t->exception = ex; }

/* getstatic/putstatic: the address of the static slot; getfield/putfield: the byte offset
 * of the field in its object. 0 with an exception pending on failure. */
intptr_t jit_rt_field(vm_Thread *t, vm_Method *m, uint32_t idx, int is_static) {
    vm_Field *f = vm_resolve_field(t, mod_of(m), (uint16_t)idx, is_static);
    if (!f) return 0;
    if (is_static) return (intptr_t)&f->cls->statics[f->slot];
    return VM_FIELD_OFFSET(f->slot);
}

/* Whether a static field's class is initialized (then the JIT may cache its address). */
int jit_rt_field_cacheable(vm_Method *m, uint32_t idx) { return (mod_of(m)->cp[idx].resolved & VM_RES_FIELD(1)) != 0; }

vm_Method *jit_rt_method(vm_Thread *t, vm_Method *m, uint32_t idx, int kind) {
    return vm_resolve_method(t, mod_of(m), (uint16_t)idx, kind);
}
int jit_rt_method_cacheable(vm_Method *m, uint32_t idx, int kind) {
    return (mod_of(m)->cp[idx].resolved & VM_RES_INVOKE(kind)) != 0;
}

/* The method a virtual or interface call on recv runs. */
vm_Method *jit_rt_dispatch(vm_Thread *t, vm_Object *recv, vm_Method *m) {
    vm_Method *target;
    if (m->vtable_index >= 0) return recv->cls->vtable[m->vtable_index];
    if (m->itable_index < 0) return m;
    target = vm_itable_lookup(recv->cls, m);
    if (!target) {
        char jn[512], jn2[512], pretty[768];
        if (!vm_instance_of(recv->cls, m->cls))
            vm_throw(t, "java/lang/IncompatibleClassChangeError", "Class %s does not implement the requested interface %s",
                     vm_java_name(recv->cls->name, jn, sizeof jn), vm_java_name(m->cls->name, jn2, sizeof jn2));
        else
            vm_throw(t, "java/lang/AbstractMethodError",
                     "Receiver class %s does not define or inherit an implementation of the resolved method '%s'",
                     vm_java_name(recv->cls->name, jn, sizeof jn), vm_method_pretty(m->cls, m->name, m->desc, pretty, sizeof pretty));
    }
    return target;
}

/* A call into anything that is not a compiled function: natives, the interpreter. */
vm_Value jit_rt_invoke(vm_Thread *t, vm_Method *target, vm_Value *args) {
    if (!target->entry && t->vm->jit) jit_on_invoke(t, target);
    return vm_invoke(t, target, args);
}

vm_Object *jit_rt_new(vm_Thread *t, vm_Method *m, uint32_t idx) {
    vm_Class *c = vm_resolve_class(t, mod_of(m), (uint16_t)idx);
    if (!c) return NULL;
    if (c->flags & (LD_ACC_ABSTRACT | LD_ACC_INTERFACE)) {
        char jn[512];
        vm_throw(t, "java/lang/InstantiationError", "%s", vm_java_name(c->name, jn, sizeof jn));
        return NULL;
    }
    if (c->state != VM_CLASS_INITIALIZED && vm_init_class(t, c) != 0) return NULL;
    return vm_new_object(t, c);
}

vm_Object *jit_rt_newarray(vm_Thread *t, int32_t atype, int32_t len) {
    static const char types[] = "....ZCFDBSIJ";
    return vm_new_prim_array(t, types[atype], len);
}

vm_Object *jit_rt_anewarray(vm_Thread *t, vm_Method *m, uint32_t idx, int32_t len) {
    vm_Class *c = vm_resolve_class(t, mod_of(m), (uint16_t)idx);
    vm_Class *ac = c ? vm_array_class(t, c) : NULL;
    return ac ? vm_new_array(t, ac, len) : NULL;
}

vm_Object *jit_rt_multianewarray(vm_Thread *t, vm_Method *m, uint32_t idx, int32_t dims, vm_Value *sizes) {
    vm_Class *c = vm_resolve_class(t, mod_of(m), (uint16_t)idx);
    return c ? vm_new_multiarray(t, c, dims, sizes) : NULL;
}

vm_Object *jit_rt_ldc(vm_Thread *t, vm_Method *m, uint32_t idx) {
    vm_Module *mod = mod_of(m);
    if (mod->ld->pool[idx].tag == LD_C_STRING) return vm_resolve_string(t, mod, (uint16_t)idx);
    vm_Class *c = vm_resolve_class(t, mod, (uint16_t)idx);
    return c ? vm_class_mirror(t, c) : NULL;
}

vm_Class *jit_rt_class(vm_Thread *t, vm_Method *m, uint32_t idx) { return vm_resolve_class(t, mod_of(m), (uint16_t)idx); }

/* checkcast: 1 if o may be cast (o is not null here), else 0 with ClassCastException. */
int32_t jit_rt_checkcast(vm_Thread *t, vm_Object *o, vm_Class *c) {
    if (vm_instance_of(o->cls, c)) return 1;
    vm_throw_cce(t, o->cls, c);
    return 0;
}
int32_t jit_rt_instanceof(vm_Object *o, vm_Class *c) { return o && vm_instance_of(o->cls, c); }

/* aastore: 1 if v fits in a (both non-null), else 0 with ArrayStoreException. */
int32_t jit_rt_aastore_check(vm_Thread *t, vm_Object *a, vm_Object *v) {
    if (v->cls == a->cls->component || vm_instance_of(v->cls, a->cls->component)) return 1;
    char jn[512];
    vm_throw(t, "java/lang/ArrayStoreException", "%s", vm_java_name(v->cls->name, jn, sizeof jn));
    return 0;
}

/* Does the pending exception match the handler's catch type (resolved here)? A failed
 * resolution replaces the pending exception and answers no. */
int32_t jit_rt_catch(vm_Thread *t, vm_Method *m, uint32_t idx) {
    vm_Object *ex = t->exception;
    t->exception = NULL;
    vm_Class *c = vm_resolve_class(t, mod_of(m), (uint16_t)idx);
    if (!c) return 0;
    t->exception = ex;
    return vm_instance_of(ex->cls, c);
}

/* class.c: loading, linking, initialization and resolution.
 *
 *   vm_load_class(name)
 *     1. class table hit -> done
 *     2. "[..." -> make an array class (its component first)
 *     3. find the definition on the module path, create the vm_Class (state LOADING),
 *        load the superclass and the interfaces first (ClassCircularityError on a cycle)
 *     4. link: field layout (superclass slots first), methods, vtable (overrides take the
 *        superclass's index), itable (one method array per implemented interface),
 *        Boehm type descriptor for the reference slots          -> state LINKED
 *   vm_init_class(c): superclass first, constant values, then <clinit>  -> INITIALIZED
 *                     (an exception: ExceptionInInitializerError, state ERROR)
 *   vm_resolve_*(module, index): the symbolic reference in the pool entry, resolved once
 *     and cached in module->cp[index]. Static references are cached only once the class
 *     is initialized, so the interpreter can skip the initialization check on a hit.
 *
 * Class structs, method and field arrays and static-field storage live in uncollectable
 * GC memory: they are roots (they hold references) and are never freed.
 */
#include "vm.h"
#include "verifier.h"

#include <gc/gc.h>
#include <gc/gc_typed.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum { VM_CLASS_LOADING = 100 };

/* Class metadata. At the heap limit Boehm fails without collecting: collect and retry
 * (the heap may be full of garbage); only a heap full of live objects ends the VM here. */
static void *ualloc(size_t n) {
    void *p = GC_MALLOC_UNCOLLECTABLE(n ? n : 1);
    if (!p) {
        GC_gcollect();
        p = GC_MALLOC_UNCOLLECTABLE(n ? n : 1);
    }
    if (!p) {
        fprintf(stderr, "oak: out of memory for class metadata (raise -Xmx)\n");
        exit(1);
    }
    return p;
}

static char *ustrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = ualloc(n);
    memcpy(d, s, n);
    return d;
}

const char *vm_java_name(const char *binary, char *buf, size_t len) {
    size_t i = 0;
    for (; binary[i] && i + 1 < len; i++) buf[i] = binary[i] == '/' ? '.' : binary[i];
    buf[i] = 0;
    return buf;
}

/* ---- the class table ---- */

static uint32_t str_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static vm_Class *table_find(vm_VM *vm, const char *name) {
    if (!vm->classes_cap) return NULL;
    uint32_t mask = vm->classes_cap - 1;
    for (uint32_t h = str_hash(name) & mask; vm->classes[h]; h = (h + 1) & mask)
        if (strcmp(vm->classes[h]->name, name) == 0) return vm->classes[h];
    return NULL;
}

static void table_add(vm_VM *vm, vm_Class *c) {
    if ((vm->nclasses + 1) * 2 > vm->classes_cap) {
        uint32_t cap = vm->classes_cap ? vm->classes_cap * 2 : 256;
        vm_Class **tab = calloc(cap, sizeof *tab);
        if (!tab) abort();
        for (uint32_t i = 0; i < vm->classes_cap; i++) {
            vm_Class *e = vm->classes[i];
            if (!e) continue;
            uint32_t h = str_hash(e->name) & (cap - 1);
            while (tab[h]) h = (h + 1) & (cap - 1);
            tab[h] = e;
        }
        free(vm->classes);
        vm->classes = tab;
        vm->classes_cap = cap;
    }
    uint32_t mask = vm->classes_cap - 1, h = str_hash(c->name) & mask;
    while (vm->classes[h]) h = (h + 1) & mask;
    vm->classes[h] = c;
    vm->nclasses++;
}

/* ---- queries ---- */

int vm_is_subclass(vm_Class *c, vm_Class *of) {
    for (; c; c = c->super)
        if (c == of) return 1;
    return 0;
}

static int implements(vm_Class *c, vm_Class *iface) {
    for (vm_Class *k = c; k; k = k->super)
        for (uint32_t i = 0; i < k->ninterfaces; i++)
            if (k->interfaces[i] == iface || implements(k->interfaces[i], iface)) return 1;
    return 0;
}

/* Assignability of runtime classes, as checkcast/instanceof/aastore define it. */
int vm_instance_of(vm_Class *c, vm_Class *of) {
    if (c == of) return 1;
    if (of->flags & LD_ACC_INTERFACE) return implements(c, of);
    if (c->is_array) {
        if (!of->is_array) return of->super == NULL; /* only Object (interfaces above) */
        if (c->component && of->component) return vm_instance_of(c->component, of->component);
        return 0; /* primitive arrays match only themselves */
    }
    return vm_is_subclass(c, of);
}

vm_Method *vm_find_method(vm_Class *c, const char *name, const char *desc) {
    for (; c; c = c->super)
        for (uint32_t i = 0; i < c->nmethods; i++)
            if (strcmp(c->methods[i].name, name) == 0 && strcmp(c->methods[i].desc, desc) == 0)
                return &c->methods[i];
    return NULL;
}

static vm_Method *find_in_interfaces(vm_Class *c, const char *name, const char *desc) {
    for (vm_Class *k = c; k; k = k->super)
        for (uint32_t i = 0; i < k->ninterfaces; i++) {
            vm_Class *in = k->interfaces[i];
            for (uint32_t j = 0; j < in->nmethods; j++)
                if (strcmp(in->methods[j].name, name) == 0 && strcmp(in->methods[j].desc, desc) == 0)
                    return &in->methods[j];
            vm_Method *m = find_in_interfaces(in, name, desc);
            if (m) return m;
        }
    return NULL;
}

vm_Field *vm_find_field(vm_Class *c, const char *name, const char *desc) {
    for (vm_Class *k = c; k; k = k->super) {
        for (uint32_t i = 0; i < k->nfields; i++)
            if (strcmp(k->fields[i].name, name) == 0 && strcmp(k->fields[i].desc, desc) == 0)
                return &k->fields[i];
        for (uint32_t i = 0; i < k->ninterfaces; i++) {
            vm_Field *f = vm_find_field(k->interfaces[i], name, desc);
            if (f) return f;
        }
    }
    return NULL;
}

/* ---- stub entries for methods that cannot run ---- */

static vm_Value stub_abstract(vm_Thread *t, vm_Method *m, vm_Value *args) {
    char buf[512], jr[512], jc[512];
    vm_method_pretty(m->cls, m->name, m->desc, buf, sizeof buf);
    /* "void A.m()" -> "abstract void m()": drop the class, as the JDK's message does */
    char *paren = strchr(buf, '('), *sp = strchr(buf, ' '), *dot = paren;
    while (dot && dot > buf && *dot != '.') dot--;
    if (sp && dot && dot > sp) memmove(sp + 1, dot + 1, strlen(dot + 1) + 1);
    vm_throw(t, "java/lang/AbstractMethodError",
             "Receiver class %s does not define or inherit an implementation of the resolved method 'abstract %s' of %s %s.",
             vm_java_name(args[0].a->cls->name, jr, sizeof jr), buf,
             (m->cls->flags & LD_ACC_INTERFACE) ? "interface" : "abstract class", vm_java_name(m->cls->name, jc, sizeof jc));
    return (vm_Value){0};
}

static vm_Value stub_unlinked(vm_Thread *t, vm_Method *m, vm_Value *args) {
    char buf[512];
    vm_throw(t, "java/lang/UnsatisfiedLinkError", "'%s'", vm_method_pretty(m->cls, m->name, m->desc, buf, sizeof buf));
    return (vm_Value){0};
}

/* ---- array classes ---- */

static vm_Class *make_array_class(vm_Thread *t, const char *name) {
    vm_VM *vm = t->vm;
    vm_Class *comp = NULL;
    char et = name[1];
    if (!ld_check_field_desc(name, strlen(name))) {
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    if (et == 'L' || et == '[') {
        char inner[1024];
        size_t n = strlen(name + 1);
        if (n >= sizeof inner) {
            vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
            return NULL;
        }
        if (et == 'L') {
            memcpy(inner, name + 2, n - 2); /* strip L and ; */
            inner[n - 2] = 0;
        } else {
            memcpy(inner, name + 1, n + 1);
        }
        comp = vm_load_class(t, inner);
        if (!comp) return NULL;
    } else if (!et || !strchr("ZBCSIJFD", et) || name[2]) {
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    vm_Class *c = ualloc(sizeof *c);
    c->name = ustrdup(name);
    c->super = vm->c_object;
    c->is_array = 1;
    c->elem_type = et;
    c->elem_size = vm_elem_size(et);
    c->component = comp;
    c->flags = LD_ACC_PUBLIC | LD_ACC_FINAL | LD_ACC_ABSTRACT;
    if (vm->c_object) {
        c->vtable = vm->c_object->vtable;
        c->vtable_len = vm->c_object->vtable_len;
        c->depth = 1;
    }
    vm_Class *cl = table_find(vm, "java/lang/Cloneable");
    if (cl) {
        c->interfaces = ualloc(sizeof(vm_Class *));
        c->interfaces[0] = cl;
        c->ninterfaces = 1;
    }
    c->state = VM_CLASS_INITIALIZED;
    if (comp) comp->array_of = c;
    table_add(vm, c);
    return c;
}

vm_Class *vm_array_class(vm_Thread *t, vm_Class *elem) {
    if (elem->array_of) return elem->array_of;
    char name[1024];
    if (elem->is_array)
        snprintf(name, sizeof name, "[%s", elem->name);
    else
        snprintf(name, sizeof name, "[L%s;", elem->name);
    return vm_load_class(t, name);
}

/* ---- loading and linking ---- */

static int find_def(vm_VM *vm, const char *name, vm_Module **mod, const ld_Class **def) {
    for (uint32_t i = 0; i < vm->nmodules; i++) {
        ld_Module *m = vm->modules[i]->ld;
        for (uint32_t k = 0; k < m->nclasses; k++)
            if (strcmp(ld_class_name(m, m->classes[k].this_class), name) == 0) {
                *mod = vm->modules[i];
                *def = &m->classes[k];
                return 1;
            }
    }
    return 0;
}

static char ret_type(const char *desc) { return strchr(desc, ')')[1]; }

/* A class that failed to load or link stays in the table in state ERROR with its error,
 * which every later attempt to load it throws again (as the JVM does). */
static void fail_class(vm_Thread *t, vm_Class *c) {
    c->state = VM_CLASS_ERROR;
    c->load_error = t->exception;
}

static int link_methods(vm_Thread *t, vm_Class *c) {
    vm_VM *vm = t->vm;
    const ld_Module *m = c->module->ld;
    const ld_Class *d = c->def;
    int is_iface = (c->flags & LD_ACC_INTERFACE) != 0;
    c->nmethods = d->nmethods;
    c->methods = ualloc(sizeof(vm_Method) * d->nmethods);
    int32_t iidx = 0;
    for (uint32_t i = 0; i < d->nmethods; i++) {
        const ld_Method *lm = &d->methods[i];
        vm_Method *me = &c->methods[i];
        me->cls = c;
        me->name = ld_utf8(m, lm->name);
        me->desc = ld_utf8(m, lm->desc);
        me->flags = lm->flags;
        me->ret = ret_type(me->desc);
        me->nargs = (uint16_t)(ld_desc_nargs(me->desc) + !(lm->flags & LD_ACC_STATIC));
        me->max_stack = lm->max_stack;
        me->max_locals = lm->max_locals;
        me->code = lm->code;
        me->code_len = lm->code_len;
        me->def = lm;
        me->cp = c->module->cp;
        me->vtable_index = -1;
        me->itable_index = -1;
        if (lm->flags & LD_ACC_NATIVE) {
            me->entry = vm_find_native(c->name, me->name, me->desc);
            if (!me->entry) me->entry = stub_unlinked;
        } else if (lm->flags & LD_ACC_ABSTRACT) {
            me->entry = stub_abstract;
        } else if (me->max_locals < me->nargs) {
            vm_throw(t, "java/lang/ClassFormatError",
                     "%s.%s%s: max_locals %u is less than the %u argument slots", c->name,
                     me->name, me->desc, me->max_locals, me->nargs);
            return -1;
        }
        if (is_iface && !(lm->flags & LD_ACC_STATIC) && me->name[0] != '<')
            me->itable_index = iidx++;
    }
    /* vtable: the superclass's, overridden in place, new methods appended */
    vm_Class *s = c->super;
    uint32_t cap = (s ? s->vtable_len : 0) + d->nmethods;
    c->vtable = ualloc(sizeof(vm_Method *) * (cap ? cap : 1));
    if (s && s->vtable_len) memcpy(c->vtable, s->vtable, sizeof(vm_Method *) * s->vtable_len);
    c->vtable_len = s ? s->vtable_len : 0;
    if (is_iface) {
        /* interfaces dispatch through itables; their vtable is Object's (for toString...) */
        c->vtable_len = vm->c_object ? vm->c_object->vtable_len : 0;
        return 0;
    }
    for (uint32_t i = 0; i < c->nmethods; i++) {
        vm_Method *me = &c->methods[i];
        if ((me->flags & (LD_ACC_STATIC | LD_ACC_PRIVATE)) || me->name[0] == '<') continue;
        int32_t slot = -1;
        for (uint32_t k = 0; k < c->vtable_len; k++) {
            vm_Method *o = c->vtable[k];
            if (strcmp(o->name, me->name) == 0 && strcmp(o->desc, me->desc) == 0) {
                if (o->flags & LD_ACC_FINAL) {
                    char jn[512], jo[512];
                    vm_throw(t, "java/lang/IncompatibleClassChangeError", "class %s overrides final method %s.%s%s",
                             vm_java_name(c->name, jn, sizeof jn), vm_java_name(o->cls->name, jo, sizeof jo),
                             o->name, o->desc);
                    return -1;
                }
                slot = (int32_t)k;
                break;
            }
        }
        if (slot < 0) slot = (int32_t)c->vtable_len++;
        c->vtable[slot] = me;
        me->vtable_index = slot;
    }
    return 0;
}

/* Adds iface and its superinterfaces to c's itable (no duplicates). */
static void collect_itable(vm_Class *c, vm_Class *iface, vm_Class ***list, uint32_t *n, uint32_t *cap) {
    for (uint32_t i = 0; i < *n; i++)
        if ((*list)[i] == iface) return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *list = realloc(*list, *cap * sizeof(vm_Class *));
        if (!*list) abort();
    }
    (*list)[(*n)++] = iface;
    for (uint32_t i = 0; i < iface->ninterfaces; i++) collect_itable(c, iface->interfaces[i], list, n, cap);
}

/* The method that implements interface method im for class c: a public instance method
 * of the class chain, else a default (non-abstract) method of an interface, else NULL. */
static vm_Method *select_impl(vm_Class *c, vm_Method *im) {
    for (vm_Class *k = c; k; k = k->super)
        for (uint32_t i = 0; i < k->nmethods; i++) {
            vm_Method *m = &k->methods[i];
            if (!(m->flags & LD_ACC_STATIC) && !(m->flags & LD_ACC_PRIVATE) &&
                strcmp(m->name, im->name) == 0 && strcmp(m->desc, im->desc) == 0)
                return (m->flags & LD_ACC_ABSTRACT) ? NULL : m;
        }
    /* the maximally specific interface declaration: one whose interface extends the
     * others'. If that is abstract (a subinterface re-declared a default abstract),
     * there is no implementation. */
    vm_Method *best = NULL;
    for (uint32_t i = 0; i < c->nitable; i++) {
        vm_Class *in = c->itable[i].iface;
        for (uint32_t j = 0; j < in->nmethods; j++) {
            vm_Method *m = &in->methods[j];
            if ((m->flags & LD_ACC_STATIC) || strcmp(m->name, im->name) != 0 || strcmp(m->desc, im->desc) != 0)
                continue;
            if (!best || implements(in, best->cls) ||
                (!implements(best->cls, in) && (best->flags & LD_ACC_ABSTRACT)))
                best = m;
        }
    }
    return best && !(best->flags & LD_ACC_ABSTRACT) ? best : NULL;
}

static void link_itable(vm_Class *c) {
    if (c->flags & LD_ACC_INTERFACE) return;
    vm_Class **list = NULL;
    uint32_t n = 0, cap = 0;
    for (vm_Class *k = c; k; k = k->super)
        for (uint32_t i = 0; i < k->ninterfaces; i++) collect_itable(c, k->interfaces[i], &list, &n, &cap);
    c->itable = ualloc(sizeof(vm_ITable) * (n ? n : 1));
    c->nitable = n;
    for (uint32_t i = 0; i < n; i++) c->itable[i].iface = list[i];
    for (uint32_t i = 0; i < n; i++) {
        vm_Class *in = list[i];
        uint32_t cnt = 0;
        for (uint32_t j = 0; j < in->nmethods; j++)
            if (in->methods[j].itable_index >= 0) cnt++;
        c->itable[i].methods = ualloc(sizeof(vm_Method *) * (cnt ? cnt : 1));
        for (uint32_t j = 0; j < in->nmethods; j++)
            if (in->methods[j].itable_index >= 0)
                c->itable[i].methods[in->methods[j].itable_index] = select_impl(c, &in->methods[j]);
    }
    free(list);
}

static int link_fields(vm_Thread *t, vm_Class *c) {
    const ld_Module *m = c->module->ld;
    const ld_Class *d = c->def;
    c->nfields = d->nfields;
    c->fields = ualloc(sizeof(vm_Field) * (d->nfields ? d->nfields : 1));
    uint32_t slot = c->super ? c->super->nslots : 0, nstatic = 0;
    for (uint32_t i = 0; i < d->nfields; i++) {
        vm_Field *f = &c->fields[i];
        f->cls = c;
        f->name = ld_utf8(m, d->fields[i].name);
        f->desc = ld_utf8(m, d->fields[i].desc);
        f->flags = d->fields[i].flags;
        f->type = f->desc[0];
        f->constval = d->fields[i].constval;
        f->slot = (f->flags & LD_ACC_STATIC) ? nstatic++ : slot++;
    }
    c->nslots = slot;
    c->nstatics = nstatic;
    c->statics = ualloc(sizeof(vm_Value) * (nstatic ? nstatic : 1));
    /* precise descriptor: header words 0-1 hold no GC references */
    int any = 0;
    GC_word *bm = calloc(GC_BITMAP_SIZE(GC_word) * ((slot + 2) / (8 * sizeof(GC_word)) + 1), sizeof(GC_word));
    if (!bm) abort();
    for (vm_Class *k = c; k; k = k->super)
        for (uint32_t i = 0; i < k->nfields; i++) {
            vm_Field *f = &k->fields[i];
            if (!(f->flags & LD_ACC_STATIC) && (f->type == 'L' || f->type == '[')) {
                GC_set_bit(bm, f->slot + 2);
                any = 1;
            }
        }
    c->gc_descr = any ? (void *)GC_make_descriptor(bm, slot + 2) : NULL;
    free(bm);
    return 0;
}

static vm_Class *define_class(vm_Thread *t, const char *name, vm_Module *mod, const ld_Class *def) {
    vm_VM *vm = t->vm;
    const ld_Module *m = mod->ld;
    vm_Class *c = ualloc(sizeof *c);
    c->name = ld_class_name(m, def->this_class);
    c->module = mod;
    c->def = def;
    c->flags = def->flags;
    c->state = VM_CLASS_LOADING;
    c->source = def->source ? ld_utf8(m, def->source) : NULL;
    table_add(vm, c);
    if (def->super_class) {
        const char *sn = ld_class_name(m, def->super_class);
        vm_Class *s = table_find(vm, sn);
        char jn[512], js[512];
        vm_java_name(name, jn, sizeof jn);
        vm_java_name(sn, js, sizeof js);
        if (s && s->state == VM_CLASS_LOADING) {
            vm_throw(t, "java/lang/ClassCircularityError", "%s", sn);
            goto fail;
        }
        s = vm_load_class(t, sn);
        if (!s) goto fail;
        if (s->flags & LD_ACC_INTERFACE) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError", "class %s has interface %s as super class", jn, js);
            goto fail;
        }
        if (s->flags & LD_ACC_FINAL) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError", "class %s cannot inherit from final class %s", jn, js);
            goto fail;
        }
        c->super = s;
        c->depth = s->depth + 1;
    }
    c->ninterfaces = def->ninterfaces;
    c->interfaces = ualloc(sizeof(vm_Class *) * (def->ninterfaces ? def->ninterfaces : 1));
    for (uint32_t i = 0; i < def->ninterfaces; i++) {
        const char *in = ld_class_name(m, def->interfaces[i]);
        vm_Class *ic = table_find(vm, in);
        if (ic && ic->state == VM_CLASS_LOADING) {
            vm_throw(t, "java/lang/ClassCircularityError", "%s", in);
            goto fail;
        }
        ic = vm_load_class(t, in);
        if (!ic) goto fail;
        if (!(ic->flags & LD_ACC_INTERFACE)) {
            char jn[512], ji[512];
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "class %s can not implement %s, because it is not an interface",
                     vm_java_name(name, jn, sizeof jn), vm_java_name(in, ji, sizeof ji));
            goto fail;
        }
        c->interfaces[i] = ic;
    }
    if (link_fields(t, c) || link_methods(t, c)) goto fail;
    link_itable(c);
    /* LINKED before verifying: the verifier may load classes that extend this one */
    c->state = VM_CLASS_LINKED;
    if (vf_verify_class(t, c) != 0) goto fail;
    vm->stats.classes_loaded++;
    if (vm->opt.verbose_class) {
        char jn[512];
        vm_flush(vm);
        fprintf(stderr, "[class,load] %s source: %s\n", vm_java_name(c->name, jn, sizeof jn),
                mod->path);
    }
    return c;
fail:
    fail_class(t, c);
    return NULL;
}

vm_Class *vm_find_loaded_class(vm_VM *vm, const char *name) { return table_find(vm, name); }

vm_Class *vm_load_class(vm_Thread *t, const char *name) {
    vm_VM *vm = t->vm;
    vm_Class *c = table_find(vm, name);
    if (c) {
        if (c->state == VM_CLASS_ERROR && c->load_error) {
            vm_throw_object(t, c->load_error);
            return NULL;
        }
        return c;
    }
    if (name[0] == '[') return make_array_class(t, name);
    vm_Module *mod;
    const ld_Class *def;
    if (!find_def(vm, name, &mod, &def)) {
        if (strcmp(name, "java/lang/NoClassDefFoundError") == 0 || !vm->c_throwable) {
            vm_flush(vm);
            fprintf(stderr, "oak: fatal: class %s not found (is the standard library complete?)\n", name);
            exit(1);
        }
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    return define_class(t, name, mod, def);
}

/* ---- initialization ---- */

static void set_constant(vm_Thread *t, vm_Class *c, vm_Field *f) {
    const ld_Const *k = &c->module->ld->pool[f->constval];
    vm_Value *v = &c->statics[f->slot];
    switch (k->tag) {
    case LD_C_INT: v->i = k->u.i; break;
    case LD_C_LONG: v->j = k->u.j; break;
    case LD_C_FLOAT: memcpy(&v->f, &k->u.f, 4); break;
    case LD_C_DOUBLE: memcpy(&v->d, &k->u.d, 8); break;
    case LD_C_STRING: v->a = vm_resolve_string(t, c->module, f->constval); break;
    default: break;
    }
}

static int has_defaults(vm_Class *i) {
    for (uint32_t k = 0; k < i->nmethods; k++)
        if (!(i->methods[k].flags & (LD_ACC_ABSTRACT | LD_ACC_STATIC)) && i->methods[k].name[0] != '<') return 1;
    return 0;
}

/* Superinterfaces first (left to right), then the interface itself if it has defaults. */
static int init_default_interfaces(vm_Thread *t, vm_Class *i) {
    if (i->state == VM_CLASS_INITIALIZED) return 0;
    for (uint32_t k = 0; k < i->ninterfaces; k++)
        if (init_default_interfaces(t, i->interfaces[k]) != 0) return -1;
    return has_defaults(i) ? vm_init_class(t, i) : 0;
}

int vm_init_class(vm_Thread *t, vm_Class *c) {
    if (c->state == VM_CLASS_INITIALIZED || c->state == VM_CLASS_INITIALIZING) return 0;
    if (c->state == VM_CLASS_ERROR) {
        char jn[512];
        vm_throw(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s",
                 vm_java_name(c->name, jn, sizeof jn));
        return -1;
    }
    c->state = VM_CLASS_INITIALIZING;
    if (c->super && vm_init_class(t, c->super) != 0) {
        c->state = VM_CLASS_ERROR;
        return -1;
    }
    /* JVMS 5.5: a class also initializes the superinterfaces that declare default methods */
    if (!(c->flags & LD_ACC_INTERFACE))
        for (uint32_t i = 0; i < c->ninterfaces; i++)
            if (init_default_interfaces(t, c->interfaces[i]) != 0) {
                c->state = VM_CLASS_ERROR;
                return -1;
            }
    for (uint32_t i = 0; i < c->nfields; i++)
        if ((c->fields[i].flags & LD_ACC_STATIC) && c->fields[i].constval) set_constant(t, c, &c->fields[i]);
    vm_Method *clinit = NULL;
    for (uint32_t i = 0; i < c->nmethods; i++)
        if (strcmp(c->methods[i].name, "<clinit>") == 0 && strcmp(c->methods[i].desc, "()V") == 0)
            clinit = &c->methods[i];
    if (clinit) {
        vm_invoke(t, clinit, NULL);
        if (t->exception) {
            vm_Object *ex = t->exception;
            c->state = VM_CLASS_ERROR;
            vm_Class *err = vm_load_class(t, "java/lang/Error");
            if (err && !vm_is_subclass(ex->cls, err)) {
                t->exception = NULL;
                vm_throw(t, "java/lang/ExceptionInInitializerError", NULL);
                if (t->exception && t->exception != t->vm->oom)
                    ((vm_Value *)((char *)t->exception +
                                  VM_FIELD_OFFSET(t->vm->throwable_cause_slot)))->a = ex;
            }
            return -1;
        }
    }
    c->state = VM_CLASS_INITIALIZED;
    return 0;
}

/* ---- resolution ---- */

vm_Class *vm_resolve_class(vm_Thread *t, vm_Module *mod, uint16_t idx) {
    vm_CPEntry *e = &mod->cp[idx];
    if (e->resolved) return e->p;
    vm_Class *c = vm_load_class(t, ld_class_name(mod->ld, idx));
    if (!c) return NULL;
    e->p = c;
    __atomic_store_n(&e->resolved, 1, __ATOMIC_RELEASE); /* after p: the JIT thread reads both */
    return c;
}

vm_Object *vm_resolve_string(vm_Thread *t, vm_Module *mod, uint16_t idx) {
    vm_CPEntry *e = &mod->cp[idx];
    if (e->resolved) return e->p;
    const ld_Const *k = &mod->ld->pool[mod->ld->pool[idx].u.ref];
    vm_Object *s = vm_string_utf8(t, k->u.utf8.bytes, k->u.utf8.len);
    if (!s) return NULL;
    s = vm_string_intern(t, s);
    e->p = s;
    __atomic_store_n(&e->resolved, 1, __ATOMIC_RELEASE); /* after p: the JIT thread reads both */
    return s;
}

vm_Field *vm_resolve_field(vm_Thread *t, vm_Module *mod, uint16_t idx, int is_static) {
    vm_CPEntry *e = &mod->cp[idx];
    if (e->resolved & VM_RES_FIELD(is_static)) return e->p;
    const ld_Module *m = mod->ld;
    const ld_Const *k = &m->pool[idx];
    vm_Class *c = vm_resolve_class(t, mod, k->u.member.cls);
    if (!c) return NULL;
    const char *name = ld_utf8(m, k->u.member.name), *desc = ld_utf8(m, k->u.member.desc);
    vm_Field *f = vm_find_field(c, name, desc);
    if (!f) {
        vm_throw(t, "java/lang/NoSuchFieldError", "%s", name);
        return NULL;
    }
    if (!!(f->flags & LD_ACC_STATIC) != is_static) {
        char jn[512];
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Expected %s field %s.%s",
                 is_static ? "static" : "non-static", vm_java_name(f->cls->name, jn, sizeof jn), name);
        return NULL;
    }
    if (is_static) {
        if (vm_init_class(t, f->cls) != 0) return NULL;
        if (f->cls->state != VM_CLASS_INITIALIZED) return f; /* being initialized: no cache */
    }
    e->p = f;
    __atomic_fetch_or(&e->resolved, VM_RES_FIELD(is_static), __ATOMIC_RELEASE); /* after p: the JIT reads both */
    return f;
}

vm_Method *vm_resolve_method(vm_Thread *t, vm_Module *mod, uint16_t idx, int kind) {
    vm_CPEntry *e = &mod->cp[idx];
    if (e->resolved & VM_RES_INVOKE(kind)) return e->p;
    const ld_Module *m = mod->ld;
    const ld_Const *k = &m->pool[idx];
    vm_Class *c = vm_resolve_class(t, mod, k->u.member.cls);
    if (!c) return NULL;
    const char *name = ld_utf8(m, k->u.member.name), *desc = ld_utf8(m, k->u.member.desc);
    char jn[512], pretty[768];
    int is_iface = (c->flags & LD_ACC_INTERFACE) != 0;
    if (kind == VM_INVOKE_INTERFACE && !is_iface) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Found class %s, but interface was expected",
                 vm_java_name(c->name, jn, sizeof jn));
        return NULL;
    }
    if (kind == VM_INVOKE_VIRTUAL && is_iface) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Found interface %s, but class was expected",
                 vm_java_name(c->name, jn, sizeof jn));
        return NULL;
    }
    vm_Method *me = NULL;
    if (is_iface) {
        for (uint32_t i = 0; i < c->nmethods && !me; i++)
            if (strcmp(c->methods[i].name, name) == 0 && strcmp(c->methods[i].desc, desc) == 0)
                me = &c->methods[i];
    } else {
        me = vm_find_method(c, name, desc);
    }
    if (!me) me = find_in_interfaces(c, name, desc);
    if (!me && is_iface) me = vm_find_method(t->vm->c_object, name, desc);
    if (!me) {
        vm_throw(t, "java/lang/NoSuchMethodError", "'%s'", vm_method_pretty(c, name, desc, pretty, sizeof pretty));
        return NULL;
    }
    int is_static = (me->flags & LD_ACC_STATIC) != 0;
    if (is_static != (kind == VM_INVOKE_STATIC)) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "%s '%s'",
                 is_static ? "Expecting non-static method" : "Expected static method",
                 vm_method_pretty(me->cls, name, desc, pretty, sizeof pretty));
        return NULL;
    }
    if (is_static) {
        if (vm_init_class(t, me->cls) != 0) return NULL;
        if (me->cls->state != VM_CLASS_INITIALIZED) return me;
    }
    e->p = me;
    __atomic_fetch_or(&e->resolved, VM_RES_INVOKE(kind), __ATOMIC_RELEASE); /* after p: the JIT reads both */
    return me;
}

/* Interface dispatch: the receiver's itable entry for interface method im. Falls back to
 * the vtable for Object's methods called through an interface type. */
vm_Method *vm_itable_lookup(vm_Class *rc, vm_Method *im) {
    if (im->itable_index < 0) return im->vtable_index >= 0 ? rc->vtable[im->vtable_index] : im;
    for (uint32_t i = 0; i < rc->nitable; i++)
        if (rc->itable[i].iface == im->cls) return rc->itable[i].methods[im->itable_index];
    return NULL;
}

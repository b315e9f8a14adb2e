/* vm.c: creating a VM, its module path, booting the core classes, running main, stats.
 *
 * GC roots: vm_VM, vm_Thread, classes, pool caches and the intern table live in
 * uncollectable Boehm memory, so Boehm scans them. The Java stack is plain malloc memory
 * (it can be megabytes): a push-other-roots callback hands Boehm only its live part,
 * from the bottom to t->top, which the interpreter keeps exact wherever it can allocate. Boehm's callback takes
 * no argument, so the live threads are kept in one process-wide list: the only global
 * state in the VM, forced by that API.
 */
#include "jit.h"
#include "vm.h"

#include <dirent.h>
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>

static struct {
    vm_Thread **threads;
    int n, cap;
    GC_push_other_roots_proc prev;
} roots;

static void push_stacks(void) {
    if (roots.prev) roots.prev();
    for (int i = 0; i < roots.n; i++) {
        vm_Thread *t = roots.threads[i];
        /* t->top is exact at every point that can allocate (the interpreter stores its sp
         * there first): scanning above it would keep dead callees' locals alive */
        vm_Value *hi = t->top;
        if (hi > t->stack_end) hi = t->stack_end;
        if (hi > t->stack) GC_push_all(t->stack, hi);
    }
}

static vm_Thread *new_thread(vm_VM *vm) {
    vm_Thread *t = GC_MALLOC_UNCOLLECTABLE(sizeof *t);
    size_t slots = vm->opt.stack_size / sizeof(vm_Value);
    size_t frames = vm->opt.stack_size / 64;
    if (slots < 1024) slots = 1024;
    if (frames < 64) frames = 64;
    t->vm = vm;
    t->stack = calloc(slots, sizeof(vm_Value));
    /* page-aligned, with two pages past frames_end: compiled code checks its limits only
     * when its record starts a page (jit.c, "stack checks") */
    t->frames_bytes = (frames * sizeof(vm_Frame) + 3 * VM_FRAME_PAGE - 1) / VM_FRAME_PAGE * VM_FRAME_PAGE;
    t->frames = mmap(NULL, t->frames_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (t->frames == MAP_FAILED) t->frames = NULL;
    if (!t->stack || !t->frames) {
        fprintf(stderr, "oak: cannot allocate a %zu-byte stack\n", slots * sizeof(vm_Value));
        exit(1);
    }
    t->stack_end = t->stack + slots;
    t->frames_end = t->frames + frames;
    t->fp = t->frames - 1;
    t->top = t->stack;
    t->budget = vm->opt.budget;
    if (roots.n == roots.cap) {
        int cap = roots.cap ? roots.cap * 2 : 8;
        vm_Thread **nt = realloc(roots.threads, sizeof(vm_Thread *) * (size_t)cap);
        if (!nt) {
            fprintf(stderr, "oak: out of memory\n");
            exit(1);
        }
        roots.threads = nt;
        roots.cap = cap;
    }
    roots.threads[roots.n++] = t;
    return t;
}

vm_VM *vm_new(const vm_Options *opt) {
    static int gc_ready;
    if (!gc_ready) {
        vm_gc_init();
        roots.prev = GC_get_push_other_roots();
        GC_set_push_other_roots(push_stacks);
        gc_ready = 1;
    }
    vm_VM *vm = GC_MALLOC_UNCOLLECTABLE(sizeof *vm);
    vm->opt = *opt;
    if (!vm->opt.stack_size) vm->opt.stack_size = 2u << 20;
    if (vm->opt.heap_max) GC_set_max_heap_size((GC_word)vm->opt.heap_max);
    vm->hash_seed = 0x2545F491u;
    vm->out[0].fd = 1;
    vm->out[1].fd = 2;
    vm->main = new_thread(vm);
    return vm;
}

int vm_add_module(vm_VM *vm, ld_Module *m, const char *path) {
    vm_Module *mod = GC_MALLOC_UNCOLLECTABLE(sizeof *mod);
    mod->ld = m;
    mod->path = strdup(path);
    mod->cp = GC_MALLOC_UNCOLLECTABLE(sizeof(vm_CPEntry) * ((size_t)m->npool + 1));
    mod->is_boot = vm->nmodules == 0;
    vm_Module **mods = realloc(vm->modules, sizeof(vm_Module *) * (vm->nmodules + 1));
    if (!mods) return -1;
    vm->modules = mods;
    vm->modules[vm->nmodules++] = mod;
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int add_file(vm_VM *vm, const char *path, char *err, size_t errlen) {
    ld_Module *m = ld_read_file(path, err, errlen);
    if (!m) return -1;
    return vm_add_module(vm, m, path);
}

int vm_add_path(vm_VM *vm, const char *path, char *err, size_t errlen) {
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "%s: no such file or directory", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) return add_file(vm, path, err, errlen);
    DIR *d = opendir(path);
    if (!d) {
        snprintf(err, errlen, "%s: cannot read directory", path);
        return -1;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".oak") == 0) {
            names = realloc(names, sizeof(char *) * (n + 1));
            size_t plen = strlen(path) + len + 2;
            names[n] = malloc(plen);
            snprintf(names[n++], plen, "%s/%s", path, e->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof(char *), cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0 && add_file(vm, names[i], err, errlen) != 0) rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

static int need_field(vm_VM *vm, vm_Class *c, const char *name, const char *desc, uint32_t *slot) {
    vm_Field *f = c ? vm_find_field(c, name, desc) : NULL;
    if (!f || (f->flags & LD_ACC_STATIC)) {
        fprintf(stderr, "oak: fatal: the standard library's %s has no field %s %s\n", c ? c->name : "?", name, desc);
        return -1;
    }
    *slot = f->slot;
    return 0;
}

int vm_boot(vm_VM *vm) {
    vm_Thread *t = vm->main;
    static const char *core[] = {"java/lang/Object", "java/lang/String", "java/lang/Class",
                                 "java/lang/Throwable", "java/lang/OutOfMemoryError"};
    for (size_t i = 0; i < sizeof core / sizeof core[0]; i++) {
        vm_Class *c = vm_load_class(t, core[i]);
        if (!c) {
            fprintf(stderr, "oak: fatal: cannot load %s from the standard library\n", core[i]);
            return -1;
        }
        if (i == 0) vm->c_object = c;
        if (i == 1) vm->c_string = c;
        if (i == 2) vm->c_class = c;
        if (i == 3) vm->c_throwable = c;
    }
    if (need_field(vm, vm->c_string, "value", "[C", &vm->string_value_slot) ||
        need_field(vm, vm->c_string, "hash", "I", &vm->string_hash_slot) ||
        need_field(vm, vm->c_throwable, "detailMessage", "Ljava/lang/String;", &vm->throwable_message_slot) ||
        need_field(vm, vm->c_throwable, "cause", "Ljava/lang/Throwable;", &vm->throwable_cause_slot) ||
        need_field(vm, vm->c_throwable, "backtrace", "Ljava/lang/Object;", &vm->throwable_backtrace_slot))
        return -1;
    vm_Class *cl = vm_load_class(t, "java/lang/Cloneable");
    (void)cl;
    t->exception = NULL;
    vm->c_char_array = vm_load_class(t, "[C");
    vm_Class *oomc = vm_load_class(t, "java/lang/OutOfMemoryError");
    vm->oom = oomc ? vm_new_object(t, oomc) : NULL;
    if (!vm->c_char_array || !vm->oom) {
        fprintf(stderr, "oak: fatal: cannot boot the standard library\n");
        return -1;
    }
    vm_Object *msg = vm_string_utf8(t, "Java heap space", 15);
    ((vm_Value *)((char *)vm->oom + VM_FIELD_OFFSET(vm->throwable_message_slot)))->a = msg;
    return 0;
}

int vm_run_main(vm_VM *vm, const char *cname, int argc, char **argv) {
    vm_Thread *t = vm->main;
    /* compiled code recurses on the C stack: leave VM_C_STACK_RESERVE of it for C code,
     * natives, and the compiled frames between two of its checks */
    struct rlimit rl;
    size_t cstack = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) cstack = rl.rlim_cur;
    size_t reserve = cstack / 4 < VM_C_STACK_RESERVE ? cstack / 4 : VM_C_STACK_RESERVE;
    char here;
    t->c_stack_limit = &here - (cstack - reserve);
    /* System (and with it the standard streams) is initialized before the main class, as
     * the JVM does: a program that fills the heap must still be able to print */
    vm_Class *sys = vm_load_class(t, "java/lang/System");
    if (sys) vm_init_class(t, sys);
    if (t->exception) {
        vm_Object *ex = t->exception;
        t->exception = NULL;
        vm_print_uncaught(t, ex);
        vm_flush(vm);
        return 1;
    }
    char jn[512];
    vm_java_name(cname, jn, sizeof jn);
    vm_Class *c = vm_load_class(t, cname);
    if (!c) {
        vm_Object *ex = t->exception;
        t->exception = NULL;
        vm_flush(vm);
        if (!ex || strcmp(ex->cls->name, "java/lang/NoClassDefFoundError") == 0) {
            fprintf(stderr, "Error: Could not find or load main class %s\n", jn);
            fprintf(stderr, "Caused by: java.lang.ClassNotFoundException: %s\n", jn);
        } else {
            fprintf(stderr, "Error: Unable to initialize main class %s\n", jn);
            vm_print_stack_trace(t, ex, "Caused by: ");
        }
        vm_flush(vm);
        return 1;
    }
    vm_Method *m = vm_find_method(c, "main", "([Ljava/lang/String;)V");
    if (!m || m->cls != c || !(m->flags & LD_ACC_STATIC)) {
        vm_flush(vm);
        fprintf(stderr,
                "Error: Main method not found in class %s, please define the main method as:\n"
                "   public static void main(String[] args)\n",
                jn);
        return 1;
    }
    if (vm_init_class(t, c) == 0) {
        vm_Class *sa = vm_load_class(t, "[Ljava/lang/String;");
        vm_Object *arr = sa ? vm_new_array(t, sa, argc) : NULL;
        for (int i = 0; arr && i < argc; i++) {
            vm_Object *s = vm_string_utf8(t, argv[i], strlen(argv[i]));
            ((vm_Object **)VM_ARRAY_DATA(arr))[i] = s;
        }
        if (arr) {
            vm_Value a = {.a = arr};
            vm_invoke(t, m, &a);
        }
    }
    int rc = 0;
    if (t->exception) {
        vm_Object *ex = t->exception;
        t->exception = NULL;
        vm_print_uncaught(t, ex);
        rc = 1;
    }
    vm_flush(vm);
    return rc;
}

void vm_print_stats(vm_VM *vm, FILE *f) {
    uint64_t run = 0, calls = 0;
    for (uint32_t i = 0; i < vm->classes_cap; i++) {
        vm_Class *c = vm->classes[i];
        if (!c) continue;
        for (uint32_t k = 0; k < c->nmethods; k++)
            if (c->methods[k].invocations) run++, calls += c->methods[k].invocations;
    }
    fprintf(f, "oak: --- stats ---\n");
    fprintf(f, "oak: mode               %s\n", vm->opt.mode == VM_MODE_INT ? "int" : vm->opt.mode == VM_MODE_JIT ? "jit" : "tiered");
    fprintf(f, "oak: classes loaded     %llu\n", (unsigned long long)vm->stats.classes_loaded);
    fprintf(f, "oak: methods run        %llu (%llu invocations)\n", (unsigned long long)run, (unsigned long long)calls);
#ifdef OAK_COUNT_BYTECODES
    fprintf(f, "oak: bytecodes executed %llu\n", (unsigned long long)vm->stats.bytecodes);
#else
    fprintf(f, "oak: bytecodes executed not counted (build with make COUNT=1)\n");
#endif
    fprintf(f, "oak: gc collections     %lu\n", (unsigned long)GC_get_gc_no());
    fprintf(f, "oak: heap size          %lu KiB (%lu KiB free)\n", (unsigned long)(GC_get_heap_size() / 1024),
            (unsigned long)(GC_get_free_bytes() / 1024));
    if (vm->jit) jit_print_stats(vm->jit, f);
}

int vm_verify_module(vm_VM *vm, ld_Module *m) {
    vm_Thread *t = vm->main;
    int bad = 0;
    for (uint32_t i = 0; i < m->nclasses; i++) {
        const char *name = ld_class_name(m, m->classes[i].this_class);
        if (vm_load_class(t, name)) continue;
        vm_Object *ex = t->exception;
        t->exception = NULL;
        vm_print_stack_trace(t, ex, "");
        bad++;
    }
    vm_flush(vm);
    return bad;
}

static void free_class(vm_Class *c) {
    if (c->is_array) GC_FREE((void *)c->name);
    GC_FREE(c->fields);
    GC_FREE(c->methods);
    GC_FREE(c->statics);
    if (c->vtable && (!c->is_array)) GC_FREE(c->vtable); /* arrays share Object's */
    GC_FREE(c->interfaces);
    for (uint32_t i = 0; i < c->nitable; i++) GC_FREE(c->itable[i].methods);
    GC_FREE(c->itable);
    GC_FREE(c);
}

void vm_free(vm_VM *vm) {
    for (int i = 0; i < roots.n; i++)
        if (roots.threads[i] == vm->main) roots.threads[i] = roots.threads[--roots.n];
    vm_Thread *t = vm->main;
    free(t->stack);
    munmap(t->frames, t->frames_bytes);
    GC_FREE(t);
    for (uint32_t i = 0; i < vm->classes_cap; i++)
        if (vm->classes[i]) free_class(vm->classes[i]);
    free(vm->classes);
    for (uint32_t i = 0; i < vm->nmodules; i++) {
        vm_Module *m = vm->modules[i];
        ld_module_free(m->ld);
        free((void *)m->path);
        GC_FREE(m->cp);
        GC_FREE(m);
    }
    free(vm->modules);
    GC_FREE(vm->strings);
    GC_FREE(vm);
}

/* --prof: the methods that ran most (calls, then loop back edges), with where they ran. */
static int cmp_prof(const void *a, const void *b) {
    const vm_Method *x = *(vm_Method *const *)a, *y = *(vm_Method *const *)b;
    uint64_t wx = x->invocations + x->backedges, wy = y->invocations + y->backedges;
    return wx < wy ? 1 : wx > wy ? -1 : 0;
}

void vm_print_prof(vm_VM *vm, FILE *f, int top) {
    size_t n = 0, cap = 256;
    vm_Method **all = malloc(sizeof(vm_Method *) * cap);
    for (uint32_t i = 0; i < vm->classes_cap; i++) {
        vm_Class *c = vm->classes[i];
        if (!c) continue;
        for (uint32_t k = 0; k < c->nmethods; k++) {
            vm_Method *m = &c->methods[k];
            if (!m->invocations && !m->backedges) continue;
            if (n == cap) all = realloc(all, sizeof(vm_Method *) * (cap *= 2));
            all[n++] = m;
        }
    }
    qsort(all, n, sizeof(vm_Method *), cmp_prof);
    fprintf(f, "oak: --- profile: top methods by calls + loop iterations ---\n");
    fprintf(f, "oak: %12s %12s  %-8s %s\n", "calls", "loop iters", "tier", "method");
    for (size_t i = 0; i < n && (int)i < top; i++) {
        vm_Method *m = all[i];
        char jn[512];
        const char *tier = (m->flags & LD_ACC_NATIVE) ? "native"
                           : m->jit_state == VM_JIT_DONE ? (m->osr ? "jit+osr" : "jit")
                           : m->osr ? "int+osr" : "int";
        fprintf(f, "oak: %12llu %12llu  %-8s %s.%s%s\n", (unsigned long long)m->invocations,
                (unsigned long long)(m->backedges & 0x7fffffffu), tier, vm_java_name(m->cls->name, jn, sizeof jn), m->name,
                m->desc);
    }
    free(all);
}

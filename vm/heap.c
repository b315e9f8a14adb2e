/* heap.c: allocation on the Boehm GC heap, strings, identity hashes.
 *
 * Objects with reference fields are allocated with a precise Boehm type descriptor (one bit
 * per 8-byte word that holds a reference), so an int field that happens to look like an
 * address does not keep garbage alive. Objects without references, primitive arrays and
 * string data are atomic (never scanned). Reference arrays are scanned conservatively.
 * A failed allocation (heap limit reached) throws the preallocated OutOfMemoryError.
 */
#include "vm.h"

#include <gc/gc.h>
#include <gc/gc_typed.h>
#include <string.h>

static void gc_quiet(char *msg, GC_word arg) { (void)msg, (void)arg; }

void vm_gc_init(void) {
    GC_INIT();
    GC_set_warn_proc(gc_quiet);
}

static void *oom(vm_Thread *t) {
    if (t) vm_throw_object(t, t->vm->oom);
    return NULL;
}

/* Boehm returns NULL at the heap limit without necessarily having collected since the
 * last garbage was dropped: collect fully and try once more before giving up. */
/* (After 8 collections in a row that did not help, with nothing allocated in between, a
 * failing allocation gives up without collecting: a program failing allocation after
 * allocation on a heap of live objects, deeper and deeper in its OutOfMemoryError
 * handlers, would otherwise pay a full collection each time, the JVM's "GC overhead
 * limit" case. A few retries are kept because returning from frames drops references
 * without allocating anything: the next allocation must still see that garbage.) */
static GC_word last_futile_gc = (GC_word)-1;
static int futile_streak;

static void *gc_alloc(size_t size, int atomic, void *descr) {
    for (int attempt = 0; attempt < 2; attempt++) {
        void *p = descr ? GC_malloc_explicitly_typed(size, (GC_descr)descr) : atomic ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size);
        if (p) return p;
        if (attempt == 1) {
            last_futile_gc = GC_get_total_bytes();
            futile_streak++;
        } else if (GC_get_total_bytes() != last_futile_gc) {
            futile_streak = 0;
            GC_gcollect();
        } else if (futile_streak >= 8) {
            return NULL;
        } else {
            GC_gcollect();
        }
    }
    return NULL;
}

vm_Object *vm_new_object(vm_Thread *t, vm_Class *c) {
    size_t size = VM_FIELD_OFFSET(c->nslots);
    vm_Object *o;
    if (c->gc_descr) {
        o = gc_alloc(size, 0, c->gc_descr);
    } else {
        o = gc_alloc(size, 1, NULL);
        if (o) memset(o, 0, size);
    }
    if (!o) return oom(t);
    o->cls = c;
    return o;
}

static uint8_t elem_size_of(char type) {
    switch (type) {
    case 'Z': case 'B': return 1;
    case 'C': case 'S': return 2;
    case 'I': case 'F': return 4;
    default: return 8;
    }
}

vm_Object *vm_new_array(vm_Thread *t, vm_Class *ac, int32_t length) {
    if (length < 0) {
        vm_throw(t, "java/lang/NegativeArraySizeException", "%d", length);
        return NULL;
    }
    size_t size = VM_HEADER_SIZE + (size_t)length * ac->elem_size;
    if (t->vm->opt.heap_max && size > t->vm->opt.heap_max) return oom(t);
    int refs = ac->elem_type == 'L' || ac->elem_type == '[';
    vm_Object *o = gc_alloc(size, !refs, NULL);
    if (!o) return oom(t);
    if (!refs) memset(o, 0, size);
    o->cls = ac;
    o->hash = 0;
    o->length = length;
    return o;
}

vm_Object *vm_new_prim_array(vm_Thread *t, char type, int32_t length) {
    char name[3] = {'[', type, 0};
    vm_Class *ac = vm_load_class(t, name);
    return ac ? vm_new_array(t, ac, length) : NULL;
}

uint8_t vm_elem_size(char type) { return elem_size_of(type); }

uint32_t vm_identity_hash(vm_VM *vm, vm_Object *o) {
    if (!o->hash) {
        /* xorshift32: well spread, never 0 once seeded non-zero, like HotSpot's default */
        uint32_t x = vm->hash_seed;
        do {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
        } while ((x & 0x7fffffff) == 0);
        vm->hash_seed = x;
        o->hash = x & 0x7fffffff;
    }
    return o->hash;
}

/* ---- strings ---- */

static vm_Object *string_from_array(vm_Thread *t, vm_Object *chars) {
    vm_VM *vm = t->vm;
    vm_Object *s = vm_new_object(t, vm->c_string);
    if (!s) return NULL;
    ((vm_Value *)((char *)s + VM_FIELD_OFFSET(vm->string_value_slot)))->a = chars;
    return s;
}

vm_Object *vm_string_utf16(vm_Thread *t, const uint16_t *s, int32_t len) {
    vm_Object *chars = vm_new_array(t, t->vm->c_char_array, len);
    if (!chars) return NULL;
    memcpy(VM_ARRAY_DATA(chars), s, (size_t)len * 2);
    return string_from_array(t, chars);
}

/* Decodes modified UTF-8 (also plain UTF-8: 4-byte forms become surrogate pairs). */
vm_Object *vm_string_utf8(vm_Thread *t, const char *str, size_t len) {
    const uint8_t *s = (const uint8_t *)str;
    int32_t n = 0;
    for (size_t i = 0; i < len; n++) {
        uint8_t c = s[i];
        if (c < 0x80) i += 1;
        else if ((c & 0xE0) == 0xC0) i += 2;
        else if ((c & 0xF0) == 0xE0) i += 3;
        else i += 4, n++; /* surrogate pair */
    }
    vm_Object *chars = vm_new_array(t, t->vm->c_char_array, n);
    if (!chars) return NULL;
    uint16_t *d = VM_ARRAY_DATA(chars);
    int32_t k = 0;
    for (size_t i = 0; i < len && k < n;) {
        uint8_t c = s[i];
        uint32_t cp;
        if (c < 0x80) {
            cp = c, i += 1;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < len) {
            cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < len) {
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), i += 3;
        } else if (i + 3 < len) {
            cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                 (s[i + 3] & 0x3Fu);
            i += 4;
            cp -= 0x10000;
            d[k++] = (uint16_t)(0xD800 + (cp >> 10));
            if (k < n) d[k++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
            continue;
        } else {
            cp = 0xFFFD, i = len;
        }
        d[k++] = (uint16_t)cp;
    }
    return string_from_array(t, chars);
}

uint16_t *vm_string_chars(vm_VM *vm, vm_Object *s, int32_t *len) {
    vm_Object *chars = ((vm_Value *)((char *)s + VM_FIELD_OFFSET(vm->string_value_slot)))->a;
    if (!chars) {
        *len = 0;
        return NULL;
    }
    *len = chars->length;
    return VM_ARRAY_DATA(chars);
}

/* UTF-8 for output: surrogate pairs combine; lone surrogates become '?' like the JDK. */
char *vm_string_to_utf8(vm_VM *vm, vm_Object *s) { return vm_string_to_utf8_len(vm, s, NULL); }

char *vm_string_to_utf8_len(vm_VM *vm, vm_Object *s, size_t *outlen) {
    int32_t n;
    uint16_t *c = vm_string_chars(vm, s, &n);
    char *out = gc_alloc((size_t)n * 3 + 1, 1, NULL);
    if (!out) return NULL;
    size_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t cp = c[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (c[i + 1] - 0xDC00);
            i++;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = '?';
        }
        if (cp < 0x80) {
            out[k++] = (char)cp;
        } else if (cp < 0x800) {
            out[k++] = (char)(0xC0 | (cp >> 6));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[k++] = (char)(0xE0 | (cp >> 12));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[k++] = (char)(0xF0 | (cp >> 18));
            out[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    out[k] = 0;
    if (outlen) *outlen = k;
    return out;
}

static uint32_t chars_hash(const uint16_t *c, int32_t n) {
    uint32_t h = 0;
    for (int32_t i = 0; i < n; i++) h = 31 * h + c[i];
    return h;
}

/* The intern table: open addressing over String objects, kept in GC-scanned memory. */
vm_Object *vm_string_intern(vm_Thread *t, vm_Object *s) {
    vm_VM *vm = t->vm;
    int32_t n;
    uint16_t *c = vm_string_chars(vm, s, &n);
    if (vm->nstrings * 2 >= vm->strings_cap) {
        uint32_t cap = vm->strings_cap ? vm->strings_cap * 2 : 1024;
        vm_Object **tab = GC_MALLOC_UNCOLLECTABLE(cap * sizeof(vm_Object *));
        if (!tab) {
            GC_gcollect();
            tab = GC_MALLOC_UNCOLLECTABLE(cap * sizeof(vm_Object *));
        }
        if (!tab) return oom(t);
        for (uint32_t i = 0; i < vm->strings_cap; i++) {
            vm_Object *e = vm->strings[i];
            if (!e) continue;
            int32_t en;
            uint16_t *ec = vm_string_chars(vm, e, &en);
            uint32_t h = chars_hash(ec, en) & (cap - 1);
            while (tab[h]) h = (h + 1) & (cap - 1);
            tab[h] = e;
        }
        GC_FREE(vm->strings);
        vm->strings = tab;
        vm->strings_cap = cap;
    }
    uint32_t mask = vm->strings_cap - 1, h = chars_hash(c, n) & mask;
    for (; vm->strings[h]; h = (h + 1) & mask) {
        int32_t en;
        uint16_t *ec = vm_string_chars(vm, vm->strings[h], &en);
        if (en == n && memcmp(ec, c, (size_t)n * 2) == 0) return vm->strings[h];
    }
    vm->strings[h] = s;
    vm->nstrings++;
    return s;
}

vm_Object *vm_new_multiarray(vm_Thread *t, vm_Class *c, int ndims, vm_Value *dims) {
    for (int i = 0; i < ndims; i++)
        if (dims[i].i < 0) {
            vm_throw(t, "java/lang/NegativeArraySizeException", "%d", dims[i].i);
            return NULL;
        }
    vm_Object *a = vm_new_array(t, c, dims[0].i);
    if (!a || ndims == 1) return a;
    for (int32_t i = 0; i < dims[0].i; i++) {
        vm_Object *sub = vm_new_multiarray(t, c->component, ndims - 1, dims + 1);
        if (!sub) return NULL;
        ((vm_Object **)VM_ARRAY_DATA(a))[i] = sub;
    }
    return a;
}

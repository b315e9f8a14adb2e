/* module.c: the one reader, the one writer, the builder and the canonicalizer of .oak
 * modules. See module.h for the format and docs/bytecode.md for the full specification.
 *
 * The reader works in two passes over the pool (read every entry, then check every
 * reference, since references may point forward) and one pass over the classes. Every
 * read goes through rd_need(), which checks the bytes are there; an error longjmps out
 * with the message already formatted, and the partial module is freed.
 */
#include "module.h"
#include "opcodes.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------ */
/* syntax checks                                                       */
/* ------------------------------------------------------------------ */

int ld_check_utf8(const char *str, size_t len) {
    const uint8_t *s = (const uint8_t *)str;
    for (size_t i = 0; i < len;) {
        uint8_t c = s[i];
        if (c == 0) return 0; /* NUL is written C0 80 (modified UTF-8) */
        if (c < 0x80) {
            i++;
        } else if ((c & 0xE0) == 0xC0) {
            if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80) return 0;
            if (c < 0xC2 && !(c == 0xC0 && s[i + 1] == 0x80)) return 0; /* overlong */
            i += 2;
        } else if ((c & 0xF0) == 0xE0) {
            if (i + 2 >= len || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return 0;
            if (c == 0xE0 && s[i + 1] < 0xA0) return 0; /* overlong */
            i += 3;
        } else {
            return 0; /* 4-byte forms: supplementary characters are surrogate pairs */
        }
    }
    return 1;
}

/* One segment of a binary class name, or a member name. */
static int is_name_char(char c) { return c != '.' && c != ';' && c != '[' && c != '/' && c; }

static int check_plain_class_name(const char *s, size_t len) {
    if (len == 0) return 0;
    size_t seg = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '/') {
            if (seg == 0) return 0;
            seg = 0;
        } else if (!is_name_char(s[i]) || s[i] == '<' || s[i] == '>') {
            return 0;
        } else {
            seg++;
        }
    }
    return seg > 0;
}

/* Parses one field type at d[*i]; returns 1 on success and advances *i. */
static int parse_field_type(const char *d, size_t len, size_t *i) {
    size_t dims = 0;
    while (*i < len && d[*i] == '[') {
        (*i)++;
        if (++dims > 255) return 0;
    }
    if (*i >= len) return 0;
    switch (d[(*i)++]) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z': return 1;
    case 'L': {
        size_t start = *i;
        while (*i < len && d[*i] != ';') (*i)++;
        if (*i >= len) return 0;
        int ok = check_plain_class_name(d + start, *i - start);
        (*i)++;
        return ok;
    }
    default: return 0;
    }
}

int ld_check_field_desc(const char *d, size_t len) {
    size_t i = 0;
    return parse_field_type(d, len, &i) && i == len;
}

int ld_check_method_desc(const char *d, size_t len) {
    size_t i = 0;
    if (len < 3 || d[i++] != '(') return 0;
    int nargs = 0;
    while (i < len && d[i] != ')') {
        if (!parse_field_type(d, len, &i)) return 0;
        if (++nargs > 255) return 0;
    }
    if (i >= len) return 0;
    i++;
    if (i < len && d[i] == 'V') return i + 1 == len;
    return parse_field_type(d, len, &i) && i == len;
}

int ld_check_class_name(const char *s, size_t len) {
    if (len > 0 && s[0] == '[') return ld_check_field_desc(s, len);
    return check_plain_class_name(s, len);
}

int ld_desc_nargs(const char *desc) {
    int n = 0;
    const char *p = desc + 1;
    while (*p && *p != ')') {
        while (*p == '[') p++;
        if (*p == 'L') {
            while (*p && *p != ';') p++;
        }
        if (*p) p++;
        n++;
    }
    return n;
}

int ld_check_member_name(const char *s, size_t len, int is_method) {
    if (is_method && (strcmp(s, "<init>") == 0 || strcmp(s, "<clinit>") == 0)) return 1;
    if (len == 0) return 0;
    for (size_t i = 0; i < len; i++)
        if (!is_name_char(s[i]) || s[i] == '<' || s[i] == '>') return 0;
    return 1;
}

/* Interning table of a module being built: open addressing over pool indices. */
typedef struct ld_Intern {
    uint16_t *slots; /* pool indices, 0 = empty */
    uint32_t cap;    /* power of two */
} Intern;

/* ------------------------------------------------------------------ */
/* memory                                                              */
/* ------------------------------------------------------------------ */

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    return p;
}

void ld_module_free(ld_Module *m) {
    if (!m) return;
    if (m->pool)
        for (uint32_t i = 1; i <= m->npool; i++)
            if (m->pool[i].tag == LD_C_UTF8) free(m->pool[i].u.utf8.bytes);
    free(m->pool);
    for (uint32_t c = 0; c < m->nclasses; c++) {
        ld_Class *k = &m->classes[c];
        free(k->interfaces);
        free(k->fields);
        for (uint32_t i = 0; i < k->nmethods; i++) {
            free(k->methods[i].code);
            free(k->methods[i].handlers);
            free(k->methods[i].lines);
        }
        free(k->methods);
    }
    free(m->classes);
    if (m->intern) {
        free(m->intern->slots);
        free(m->intern);
    }
    free(m);
}

/* ------------------------------------------------------------------ */
/* reader                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
    const uint8_t *base, *p, *end;
    const char *name;
    char *err;
    size_t errlen;
    jmp_buf fail;
    ld_Module *m;
    char where[512]; /* "constant #3", "class Foo: method bar()V", ... */
} Rd;

static void rd_error(Rd *r, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void rd_error(Rd *r, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (r->where[0])
        snprintf(r->err, r->errlen, "%s: %s: %s", r->name, r->where, msg);
    else
        snprintf(r->err, r->errlen, "%s: %s", r->name, msg);
    longjmp(r->fail, 1);
}

static void rd_need(Rd *r, size_t n) {
    if ((size_t)(r->end - r->p) < n)
        rd_error(r, "truncated at byte %zu (needed %zu more bytes, file has %zu)",
                 (size_t)(r->p - r->base), n, (size_t)(r->end - r->base));
}
static uint8_t rd_u8(Rd *r) {
    rd_need(r, 1);
    return *r->p++;
}
static uint16_t rd_u16(Rd *r) {
    rd_need(r, 2);
    uint16_t v = op_u16(r->p);
    r->p += 2;
    return v;
}
static uint32_t rd_u32(Rd *r) {
    rd_need(r, 4);
    uint32_t v = op_u32(r->p);
    r->p += 4;
    return v;
}
static uint64_t rd_u64(Rd *r) {
    rd_need(r, 8);
    uint64_t v = op_u64(r->p);
    r->p += 8;
    return v;
}

static const char *tag_name(int tag) {
    switch (tag) {
    case LD_C_UTF8: return "UTF8";
    case LD_C_INT: return "INT";
    case LD_C_FLOAT: return "FLOAT";
    case LD_C_LONG: return "LONG";
    case LD_C_DOUBLE: return "DOUBLE";
    case LD_C_CLASS: return "CLASS";
    case LD_C_STRING: return "STRING";
    case LD_C_FIELD: return "FIELD";
    case LD_C_METHOD: return "METHOD";
    default: return "?";
    }
}

/* Checks that pool index i exists and, if tag != 0, has that tag. what names the use. */
static void rd_ref(Rd *r, uint16_t i, int tag, const char *what) {
    if (i == 0 || i > r->m->npool)
        rd_error(r, "%s: index %u out of range (pool has %u entries)", what, i, r->m->npool);
    if (tag && r->m->pool[i].tag != tag)
        rd_error(r, "%s: constant #%u is %s, expected %s", what, i, tag_name(r->m->pool[i].tag),
                 tag_name(tag));
}

static void rd_pool(Rd *r) {
    ld_Module *m = r->m;
    m->npool = rd_u16(r);
    m->pool = xcalloc((size_t)m->npool + 1, sizeof(ld_Const));
    for (uint32_t i = 1; i <= m->npool; i++) {
        snprintf(r->where, sizeof r->where, "constant #%u", i);
        ld_Const *c = &m->pool[i];
        uint8_t tag = rd_u8(r);
        switch (tag) {
        case LD_C_UTF8: {
            uint32_t len = rd_u32(r);
            rd_need(r, len);
            if (!ld_check_utf8((const char *)r->p, len))
                rd_error(r, "malformed modified UTF-8 string");
            c->u.utf8.len = len;
            c->u.utf8.bytes = xcalloc(len + 1, 1);
            memcpy(c->u.utf8.bytes, r->p, len);
            r->p += len;
            break;
        }
        case LD_C_INT: c->u.i = (int32_t)rd_u32(r); break;
        case LD_C_FLOAT: c->u.f = rd_u32(r); break;
        case LD_C_LONG: c->u.j = (int64_t)rd_u64(r); break;
        case LD_C_DOUBLE: c->u.d = rd_u64(r); break;
        case LD_C_CLASS:
        case LD_C_STRING: c->u.ref = rd_u16(r); break;
        case LD_C_FIELD:
        case LD_C_METHOD:
            c->u.member.cls = rd_u16(r);
            c->u.member.name = rd_u16(r);
            c->u.member.desc = rd_u16(r);
            break;
        default: rd_error(r, "unknown constant tag %u", tag);
        }
        c->tag = tag; /* set last: a failed entry stays tag 0 and is not freed as UTF8 */
    }
    /* second pass: references and their syntax */
    for (uint32_t i = 1; i <= m->npool; i++) {
        snprintf(r->where, sizeof r->where, "constant #%u", i);
        ld_Const *c = &m->pool[i];
        switch (c->tag) {
        case LD_C_CLASS: {
            rd_ref(r, c->u.ref, LD_C_UTF8, "class name");
            const ld_Const *n = &m->pool[c->u.ref];
            if (!ld_check_class_name(n->u.utf8.bytes, n->u.utf8.len))
                rd_error(r, "invalid class name \"%s\"", n->u.utf8.bytes);
            break;
        }
        case LD_C_STRING: rd_ref(r, c->u.ref, LD_C_UTF8, "string value"); break;
        case LD_C_FIELD:
        case LD_C_METHOD: {
            int is_method = c->tag == LD_C_METHOD;
            rd_ref(r, c->u.member.cls, LD_C_CLASS, "owner class");
            rd_ref(r, c->u.member.name, LD_C_UTF8, "member name");
            rd_ref(r, c->u.member.desc, LD_C_UTF8, "descriptor");
            const ld_Const *n = &m->pool[c->u.member.name], *d = &m->pool[c->u.member.desc];
            if (!ld_check_member_name(n->u.utf8.bytes, n->u.utf8.len, is_method))
                rd_error(r, "invalid %s name \"%s\"", is_method ? "method" : "field",
                         n->u.utf8.bytes);
            if (is_method ? !ld_check_method_desc(d->u.utf8.bytes, d->u.utf8.len)
                          : !ld_check_field_desc(d->u.utf8.bytes, d->u.utf8.len))
                rd_error(r, "invalid %s descriptor \"%s\"", is_method ? "method" : "field",
                         d->u.utf8.bytes);
            break;
        }
        default: break;
        }
    }
    r->where[0] = 0;
}

static const char *rd_utf8_at(Rd *r, uint16_t i, const char *what) {
    rd_ref(r, i, LD_C_UTF8, what);
    return r->m->pool[i].u.utf8.bytes;
}

static void rd_code(Rd *r, ld_Method *me) {
    ld_Module *m = r->m;
    size_t base_len = strlen(r->where);
    for (uint32_t pc = 0; pc < me->code_len;) {
        snprintf(r->where + base_len, sizeof r->where - base_len, ": code offset %u", pc);
        uint8_t op = me->code[pc];
        if (op >= OP__COUNT) rd_error(r, "unknown opcode 0x%02x", op);
        uint32_t len = op_decode_length(me->code, me->code_len, pc);
        if (len == 0) {
            const op_Info *in = &op_info[op];
            if (in->length && pc + in->length > me->code_len)
                rd_error(r, "%s: operands run past the end of the code (length %u)", in->name,
                         me->code_len);
            rd_error(r, "%s: malformed table (%s)", in->name,
                     in->format == OPF_TABLESWITCH ? "low > high or runs past the end"
                                                   : "unsorted keys or runs past the end");
        }
        const op_Info *in = &op_info[op];
        const uint8_t *a = me->code + pc + 1;
        char what[64];
        snprintf(what, sizeof what, "%s operand", in->name);
        switch ((op_Format)in->format) {
        case OPF_CONST: {
            uint16_t i = op_u16(a);
            rd_ref(r, i, 0, what);
            int t = m->pool[i].tag;
            if (t == LD_C_UTF8 || t == LD_C_FIELD || t == LD_C_METHOD)
                rd_error(r, "%s: constant #%u is %s, not a loadable constant", what, i,
                         tag_name(t));
            break;
        }
        case OPF_CLASS: rd_ref(r, op_u16(a), LD_C_CLASS, what); break;
        case OPF_FIELD: rd_ref(r, op_u16(a), LD_C_FIELD, what); break;
        case OPF_METHOD: rd_ref(r, op_u16(a), LD_C_METHOD, what); break;
        case OPF_MULTI: {
            uint16_t i = op_u16(a);
            rd_ref(r, i, LD_C_CLASS, what);
            const char *n = ld_class_name(m, i);
            unsigned dims = 0;
            while (n[dims] == '[') dims++;
            if (a[2] == 0 || a[2] > dims)
                rd_error(r, "multianewarray: %u dimensions for class %s", a[2], n);
            break;
        }
        case OPF_ATYPE:
            if (a[0] < OAK_T_BOOLEAN || a[0] > OAK_T_LONG)
                rd_error(r, "newarray: unknown element type %u", a[0]);
            break;
        default: break;
        }
        pc += len;
    }
    r->where[base_len] = 0;
}

static void rd_method(Rd *r, ld_Class *k, ld_Method *me) {
    size_t base_len = strlen(r->where);
    me->flags = rd_u16(r);
    me->name = rd_u16(r);
    me->desc = rd_u16(r);
    const char *name = rd_utf8_at(r, me->name, "method name");
    const char *desc = rd_utf8_at(r, me->desc, "method descriptor");
    snprintf(r->where + base_len, sizeof r->where - base_len, ": method %s%s", name, desc);
    if (!ld_check_member_name(name, strlen(name), 1)) rd_error(r, "invalid method name");
    if (!ld_check_method_desc(desc, strlen(desc))) rd_error(r, "invalid method descriptor");
    if (me->flags & ~LD_METHOD_FLAGS) rd_error(r, "unknown flags 0x%04x", me->flags);
    for (ld_Method *o = k->methods; o < me; o++) /* by content: the pool may repeat a string */
        if (strcmp(ld_utf8(r->m, o->name), name) == 0 && strcmp(ld_utf8(r->m, o->desc), desc) == 0)
            rd_error(r, "duplicate method");
    if (me->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT)) {
        r->where[base_len] = 0;
        return;
    }
    me->max_stack = rd_u16(r);
    me->max_locals = rd_u16(r);
    me->code_len = rd_u32(r);
    if (me->code_len == 0) rd_error(r, "empty code");
    rd_need(r, me->code_len);
    me->code = xcalloc(me->code_len, 1);
    memcpy(me->code, r->p, me->code_len);
    r->p += me->code_len;
    rd_code(r, me);
    me->nhandlers = rd_u16(r);
    rd_need(r, (size_t)me->nhandlers * 14);
    me->handlers = xcalloc(me->nhandlers, sizeof(ld_Handler));
    for (uint32_t i = 0; i < me->nhandlers; i++) {
        ld_Handler *h = &me->handlers[i];
        h->start = rd_u32(r);
        h->end = rd_u32(r);
        h->handler = rd_u32(r);
        h->catch_type = rd_u16(r);
        if (h->start >= h->end || h->end > me->code_len)
            rd_error(r, "handler %u: bad range [%u, %u) for code length %u", i, h->start, h->end,
                     me->code_len);
        if (h->handler >= me->code_len)
            rd_error(r, "handler %u: handler offset %u outside code length %u", i, h->handler,
                     me->code_len);
        if (h->catch_type) {
            char what[64];
            snprintf(what, sizeof what, "handler %u catch type", i);
            rd_ref(r, h->catch_type, LD_C_CLASS, what);
        }
    }
    me->nlines = rd_u16(r);
    rd_need(r, (size_t)me->nlines * 8);
    me->lines = xcalloc(me->nlines, sizeof(ld_Line));
    for (uint32_t i = 0; i < me->nlines; i++) {
        me->lines[i].pc = rd_u32(r);
        me->lines[i].line = rd_u32(r);
        if (me->lines[i].pc >= me->code_len)
            rd_error(r, "line entry %u: offset %u outside code length %u", i, me->lines[i].pc,
                     me->code_len);
    }
    r->where[base_len] = 0;
}

static int const_matches_desc(int tag, const char *desc) {
    switch (desc[0]) {
    case 'I': case 'S': case 'B': case 'C': case 'Z': return tag == LD_C_INT;
    case 'J': return tag == LD_C_LONG;
    case 'F': return tag == LD_C_FLOAT;
    case 'D': return tag == LD_C_DOUBLE;
    default: return tag == LD_C_STRING && strcmp(desc, "Ljava/lang/String;") == 0;
    }
}

static void rd_class(Rd *r, uint32_t ci) {
    ld_Module *m = r->m;
    ld_Class *k = &m->classes[ci];
    snprintf(r->where, sizeof r->where, "class %u", ci);
    k->flags = rd_u16(r);
    k->this_class = rd_u16(r);
    rd_ref(r, k->this_class, LD_C_CLASS, "this class");
    const char *name = ld_class_name(m, k->this_class);
    snprintf(r->where, sizeof r->where, "class %s", name);
    if (name[0] == '[') rd_error(r, "an array type cannot be defined");
    if (k->flags & ~LD_CLASS_FLAGS) rd_error(r, "unknown flags 0x%04x", k->flags);
    for (uint32_t o = 0; o < ci; o++)
        if (strcmp(ld_class_name(m, m->classes[o].this_class), name) == 0)
            rd_error(r, "duplicate class (also class %u of this module)", o);
    k->super_class = rd_u16(r);
    if (k->super_class) {
        rd_ref(r, k->super_class, LD_C_CLASS, "superclass");
        if (ld_class_name(m, k->super_class)[0] == '[')
            rd_error(r, "superclass is an array type");
    } else if (strcmp(name, "java/lang/Object") != 0) {
        rd_error(r, "no superclass (only java/lang/Object has none)");
    }
    k->source = rd_u16(r);
    if (k->source) rd_utf8_at(r, k->source, "source file");
    k->ninterfaces = rd_u16(r);
    rd_need(r, (size_t)k->ninterfaces * 2);
    k->interfaces = xcalloc(k->ninterfaces, sizeof(uint16_t));
    for (uint32_t i = 0; i < k->ninterfaces; i++) {
        k->interfaces[i] = rd_u16(r);
        rd_ref(r, k->interfaces[i], LD_C_CLASS, "interface");
    }
    size_t base_len = strlen(r->where);
    k->nfields = rd_u16(r);
    rd_need(r, (size_t)k->nfields * 8);
    k->fields = xcalloc(k->nfields, sizeof(ld_Field));
    for (uint32_t i = 0; i < k->nfields; i++) {
        ld_Field *f = &k->fields[i];
        snprintf(r->where + base_len, sizeof r->where - base_len, ": field %u", i);
        f->flags = rd_u16(r);
        f->name = rd_u16(r);
        f->desc = rd_u16(r);
        f->constval = rd_u16(r);
        const char *fn = rd_utf8_at(r, f->name, "field name");
        const char *fd = rd_utf8_at(r, f->desc, "field descriptor");
        snprintf(r->where + base_len, sizeof r->where - base_len, ": field %s %s", fn, fd);
        if (!ld_check_member_name(fn, strlen(fn), 0)) rd_error(r, "invalid field name");
        if (!ld_check_field_desc(fd, strlen(fd))) rd_error(r, "invalid field descriptor");
        if (f->flags & ~LD_FIELD_FLAGS) rd_error(r, "unknown flags 0x%04x", f->flags);
        for (ld_Field *o = k->fields; o < f; o++)
            if (strcmp(ld_utf8(m, o->name), fn) == 0 && strcmp(ld_utf8(m, o->desc), fd) == 0)
                rd_error(r, "duplicate field");
        if (f->constval) {
            rd_ref(r, f->constval, 0, "constant value");
            if (!const_matches_desc(m->pool[f->constval].tag, fd))
                rd_error(r, "constant value #%u (%s) does not match the field type", f->constval,
                         tag_name(m->pool[f->constval].tag));
        }
    }
    r->where[base_len] = 0;
    uint16_t nm = rd_u16(r);
    rd_need(r, (size_t)nm * 6);
    k->methods = xcalloc(nm, sizeof(ld_Method));
    for (uint32_t i = 0; i < nm; i++) {
        k->nmethods = (uint16_t)(i + 1); /* so a failure frees only what was read */
        rd_method(r, k, &k->methods[i]);
    }
}

ld_Module *ld_read(const uint8_t *data, size_t len, const char *name, char *err, size_t errlen) {
    Rd r;
    memset(&r, 0, sizeof r);
    r.base = r.p = data;
    r.end = data + len;
    r.name = name;
    r.err = err;
    r.errlen = errlen;
    r.m = xcalloc(1, sizeof(ld_Module));
    if (setjmp(r.fail)) {
        ld_module_free(r.m);
        return NULL;
    }
    if (len < 4 || memcmp(data, LD_MAGIC, 4) != 0)
        rd_error(&r, "not an Oak module (bad magic; expected \"OAK\\x1a\")");
    r.p += 4;
    r.m->major = rd_u16(&r);
    r.m->minor = rd_u16(&r);
    if (r.m->major != LD_MAJOR || r.m->minor > LD_MINOR)
        rd_error(&r, "unsupported version %u.%u (this Oak reads %u.0 to %u.%u)", r.m->major,
                 r.m->minor, LD_MAJOR, LD_MAJOR, LD_MINOR);
    rd_pool(&r);
    r.m->main_class = rd_u16(&r);
    if (r.m->main_class) rd_ref(&r, r.m->main_class, LD_C_CLASS, "main class");
    uint16_t n = rd_u16(&r);
    rd_need(&r, (size_t)n * 14); /* the smallest class is 14 bytes */
    r.m->classes = xcalloc(n, sizeof(ld_Class));
    for (uint32_t i = 0; i < n; i++) {
        r.m->nclasses = (uint16_t)(i + 1);
        rd_class(&r, i);
    }
    r.where[0] = 0;
    if (r.m->main_class) {
        const char *mn = ld_class_name(r.m, r.m->main_class);
        int found = 0;
        for (uint32_t i = 0; i < n && !found; i++)
            found = strcmp(ld_class_name(r.m, r.m->classes[i].this_class), mn) == 0;
        if (!found) rd_error(&r, "main class %s is not defined in this module", mn);
    }
    if (r.p != r.end)
        rd_error(&r, "%zu trailing bytes after the last class (at byte %zu)",
                 (size_t)(r.end - r.p), (size_t)(r.p - r.base));
    return r.m;
}

#define LD_MAX_FILE (256u << 20)

ld_Module *ld_read_file(const char *path, char *err, size_t errlen) {
    struct stat st;
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        fclose(f);
        return NULL;
    }
    if ((uint64_t)st.st_size > LD_MAX_FILE) {
        snprintf(err, errlen, "%s: file too large (%lld bytes)", path, (long long)st.st_size);
        fclose(f);
        return NULL;
    }
    size_t len = (size_t)st.st_size;
    uint8_t *buf = xcalloc(len, 1);
    size_t got = fread(buf, 1, len, f);
    int rerr = ferror(f);
    fclose(f);
    if (got != len || rerr) {
        snprintf(err, errlen, "%s: read error", path);
        free(buf);
        return NULL;
    }
    ld_Module *m = ld_read(buf, len, path, err, errlen);
    free(buf);
    return m;
}

/* ------------------------------------------------------------------ */
/* writer                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
    uint8_t *b;
    size_t n, cap;
} Buf;

static void buf_put(Buf *w, const void *p, size_t n) {
    if (n == 0) return;
    if (w->n + n > w->cap) {
        size_t cap = w->cap ? w->cap : 256;
        while (cap < w->n + n) cap *= 2;
        uint8_t *nb = realloc(w->b, cap);
        if (!nb) {
            fprintf(stderr, "oak: out of memory\n");
            exit(1);
        }
        w->b = nb;
        w->cap = cap;
    }
    memcpy(w->b + w->n, p, n);
    w->n += n;
}
static void w_u8(Buf *w, uint8_t v) { buf_put(w, &v, 1); }
static void w_u16(Buf *w, uint16_t v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    buf_put(w, b, 2);
}
static void w_u32(Buf *w, uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    buf_put(w, b, 4);
}
static void w_u64(Buf *w, uint64_t v) {
    w_u32(w, (uint32_t)v);
    w_u32(w, (uint32_t)(v >> 32));
}

int ld_write(const ld_Module *m, uint8_t **out, size_t *outlen) {
    Buf w = {0};
    buf_put(&w, LD_MAGIC, 4);
    w_u16(&w, m->major);
    w_u16(&w, m->minor);
    w_u16(&w, m->npool);
    for (uint32_t i = 1; i <= m->npool; i++) {
        const ld_Const *c = &m->pool[i];
        w_u8(&w, c->tag);
        switch (c->tag) {
        case LD_C_UTF8:
            w_u32(&w, c->u.utf8.len);
            buf_put(&w, c->u.utf8.bytes, c->u.utf8.len);
            break;
        case LD_C_INT: w_u32(&w, (uint32_t)c->u.i); break;
        case LD_C_FLOAT: w_u32(&w, c->u.f); break;
        case LD_C_LONG: w_u64(&w, (uint64_t)c->u.j); break;
        case LD_C_DOUBLE: w_u64(&w, c->u.d); break;
        case LD_C_CLASS:
        case LD_C_STRING: w_u16(&w, c->u.ref); break;
        case LD_C_FIELD:
        case LD_C_METHOD:
            w_u16(&w, c->u.member.cls);
            w_u16(&w, c->u.member.name);
            w_u16(&w, c->u.member.desc);
            break;
        default: free(w.b); return -1;
        }
    }
    w_u16(&w, m->main_class);
    w_u16(&w, m->nclasses);
    for (uint32_t ci = 0; ci < m->nclasses; ci++) {
        const ld_Class *k = &m->classes[ci];
        w_u16(&w, k->flags);
        w_u16(&w, k->this_class);
        w_u16(&w, k->super_class);
        w_u16(&w, k->source);
        w_u16(&w, k->ninterfaces);
        for (uint32_t i = 0; i < k->ninterfaces; i++) w_u16(&w, k->interfaces[i]);
        w_u16(&w, k->nfields);
        for (uint32_t i = 0; i < k->nfields; i++) {
            const ld_Field *f = &k->fields[i];
            w_u16(&w, f->flags);
            w_u16(&w, f->name);
            w_u16(&w, f->desc);
            w_u16(&w, f->constval);
        }
        w_u16(&w, k->nmethods);
        for (uint32_t i = 0; i < k->nmethods; i++) {
            const ld_Method *me = &k->methods[i];
            w_u16(&w, me->flags);
            w_u16(&w, me->name);
            w_u16(&w, me->desc);
            if (me->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT)) continue;
            w_u16(&w, me->max_stack);
            w_u16(&w, me->max_locals);
            w_u32(&w, me->code_len);
            buf_put(&w, me->code, me->code_len);
            w_u16(&w, me->nhandlers);
            for (uint32_t h = 0; h < me->nhandlers; h++) {
                w_u32(&w, me->handlers[h].start);
                w_u32(&w, me->handlers[h].end);
                w_u32(&w, me->handlers[h].handler);
                w_u16(&w, me->handlers[h].catch_type);
            }
            w_u16(&w, me->nlines);
            for (uint32_t l = 0; l < me->nlines; l++) {
                w_u32(&w, me->lines[l].pc);
                w_u32(&w, me->lines[l].line);
            }
        }
    }
    *out = w.b;
    *outlen = w.n;
    return 0;
}

int ld_write_file(const ld_Module *m, const char *path, char *err, size_t errlen) {
    uint8_t *data;
    size_t len;
    if (ld_write(m, &data, &len) != 0) {
        snprintf(err, errlen, "%s: module cannot be encoded", path);
        return -1;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot create: %s", path, strerror(errno));
        free(data);
        return -1;
    }
    size_t put = fwrite(data, 1, len, f);
    int bad = put != len;
    bad |= fclose(f) != 0;
    free(data);
    if (bad) {
        snprintf(err, errlen, "%s: write error", path);
        remove(path);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* builder: interning                                                  */
/* ------------------------------------------------------------------ */


static uint32_t hash_bytes(uint32_t h, const void *p, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 16777619u;
    return h;
}

static uint32_t const_hash(const ld_Const *c) {
    uint32_t h = hash_bytes(2166136261u, &c->tag, 1);
    switch (c->tag) {
    case LD_C_UTF8: return hash_bytes(h, c->u.utf8.bytes, c->u.utf8.len);
    case LD_C_INT:
    case LD_C_FLOAT: return hash_bytes(h, &c->u.i, 4);
    case LD_C_LONG:
    case LD_C_DOUBLE: return hash_bytes(h, &c->u.j, 8);
    case LD_C_CLASS:
    case LD_C_STRING: return hash_bytes(h, &c->u.ref, 2);
    default: return hash_bytes(h, &c->u.member, sizeof c->u.member);
    }
}

static int const_equal(const ld_Const *a, const ld_Const *b) {
    if (a->tag != b->tag) return 0;
    switch (a->tag) {
    case LD_C_UTF8:
        return a->u.utf8.len == b->u.utf8.len &&
               memcmp(a->u.utf8.bytes, b->u.utf8.bytes, a->u.utf8.len) == 0;
    case LD_C_INT:
    case LD_C_FLOAT: return a->u.f == b->u.f;
    case LD_C_LONG:
    case LD_C_DOUBLE: return a->u.d == b->u.d;
    case LD_C_CLASS:
    case LD_C_STRING: return a->u.ref == b->u.ref;
    default:
        return a->u.member.cls == b->u.member.cls && a->u.member.name == b->u.member.name &&
               a->u.member.desc == b->u.member.desc;
    }
}

static void intern_insert(Intern *t, const ld_Module *m, uint16_t idx) {
    uint32_t mask = t->cap - 1, h = const_hash(&m->pool[idx]) & mask;
    while (t->slots[h]) h = (h + 1) & mask;
    t->slots[h] = idx;
}

ld_Module *ld_module_new(void) {
    ld_Module *m = xcalloc(1, sizeof(ld_Module));
    m->major = LD_MAJOR;
    m->minor = LD_MINOR;
    m->intern = xcalloc(1, sizeof(Intern));
    m->intern->cap = 1024;
    m->intern->slots = xcalloc(m->intern->cap, sizeof(uint16_t));
    m->pool_cap = 64;
    m->pool = xcalloc(m->pool_cap, sizeof(ld_Const));
    return m;
}

/* Finds c in the pool or appends it (taking ownership of utf8 bytes). 0 if full. */
static uint16_t intern(ld_Module *m, ld_Const *c) {
    Intern *t = m->intern;
    uint32_t mask = t->cap - 1, h = const_hash(c) & mask;
    for (; t->slots[h]; h = (h + 1) & mask)
        if (const_equal(&m->pool[t->slots[h]], c)) {
            if (c->tag == LD_C_UTF8) free(c->u.utf8.bytes);
            return t->slots[h];
        }
    if (m->npool >= LD_MAX_POOL) {
        if (c->tag == LD_C_UTF8) free(c->u.utf8.bytes);
        return 0;
    }
    if ((uint32_t)m->npool + 2 > m->pool_cap) {
        m->pool_cap *= 2;
        m->pool = realloc(m->pool, m->pool_cap * sizeof(ld_Const));
        if (!m->pool) {
            fprintf(stderr, "oak: out of memory\n");
            exit(1);
        }
    }
    uint16_t idx = ++m->npool;
    m->pool[idx] = *c;
    if ((uint32_t)m->npool * 2 > t->cap) { /* grow and rehash */
        free(t->slots);
        t->cap *= 2;
        t->slots = xcalloc(t->cap, sizeof(uint16_t));
        for (uint32_t i = 1; i <= m->npool; i++) intern_insert(t, m, (uint16_t)i);
    } else {
        t->slots[h] = idx;
    }
    return idx;
}

uint16_t ld_pool_utf8(ld_Module *m, const char *s, uint32_t len) {
    ld_Const c = {.tag = LD_C_UTF8};
    c.u.utf8.len = len;
    c.u.utf8.bytes = xcalloc(len + 1, 1);
    memcpy(c.u.utf8.bytes, s, len);
    return intern(m, &c);
}
uint16_t ld_pool_int(ld_Module *m, int32_t v) {
    ld_Const c = {.tag = LD_C_INT};
    c.u.i = v;
    return intern(m, &c);
}
uint16_t ld_pool_long(ld_Module *m, int64_t v) {
    ld_Const c = {.tag = LD_C_LONG};
    c.u.j = v;
    return intern(m, &c);
}
uint16_t ld_pool_float(ld_Module *m, uint32_t bits) {
    ld_Const c = {.tag = LD_C_FLOAT};
    c.u.f = bits;
    return intern(m, &c);
}
uint16_t ld_pool_double(ld_Module *m, uint64_t bits) {
    ld_Const c = {.tag = LD_C_DOUBLE};
    c.u.d = bits;
    return intern(m, &c);
}
static uint16_t pool_ref(ld_Module *m, int tag, const char *s, uint32_t len) {
    uint16_t u = ld_pool_utf8(m, s, len);
    if (!u) return 0;
    ld_Const c = {.tag = (uint8_t)tag};
    c.u.ref = u;
    return intern(m, &c);
}
uint16_t ld_pool_class(ld_Module *m, const char *name) {
    return pool_ref(m, LD_C_CLASS, name, (uint32_t)strlen(name));
}
uint16_t ld_pool_string(ld_Module *m, const char *s, uint32_t len) {
    return pool_ref(m, LD_C_STRING, s, len);
}
uint16_t ld_pool_member(ld_Module *m, ld_ConstTag tag, const char *cls, const char *name,
                        const char *desc) {
    ld_Const c = {.tag = (uint8_t)tag};
    c.u.member.cls = ld_pool_class(m, cls);
    c.u.member.name = ld_pool_utf8(m, name, (uint32_t)strlen(name));
    c.u.member.desc = ld_pool_utf8(m, desc, (uint32_t)strlen(desc));
    if (!c.u.member.cls || !c.u.member.name || !c.u.member.desc) return 0;
    return intern(m, &c);
}

/* Grows a counted array by one zeroed element; NULL past 65535. */
static void *grow1(void **arr, uint16_t *n, size_t size) {
    if (*n == 0xFFFF) return NULL;
    void *na = realloc(*arr, ((size_t)*n + 1) * size);
    if (!na) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    *arr = na;
    void *e = (char *)na + (size_t)*n * size;
    memset(e, 0, size);
    (*n)++;
    return e;
}

ld_Class *ld_module_add_class(ld_Module *m) {
    return grow1((void **)&m->classes, &m->nclasses, sizeof(ld_Class));
}
ld_Field *ld_class_add_field(ld_Class *c) {
    return grow1((void **)&c->fields, &c->nfields, sizeof(ld_Field));
}
ld_Method *ld_class_add_method(ld_Class *c) {
    return grow1((void **)&c->methods, &c->nmethods, sizeof(ld_Method));
}
int ld_class_add_interface(ld_Class *c, uint16_t cls) {
    uint16_t *p = grow1((void **)&c->interfaces, &c->ninterfaces, sizeof(uint16_t));
    if (!p) return -1;
    *p = cls;
    return 0;
}

/* ------------------------------------------------------------------ */
/* canonicalization                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
    const ld_Module *old;
    ld_Module *n;
    uint16_t *map; /* old index -> new index, 0 = not yet mapped */
    int full;
} Canon;

static uint16_t canon(Canon *k, uint16_t i) {
    if (i == 0) return 0;
    if (k->map[i]) return k->map[i];
    const ld_Module *o = k->old;
    const ld_Const *c = &o->pool[i];
    uint16_t r = 0;
    switch (c->tag) {
    case LD_C_UTF8: r = ld_pool_utf8(k->n, c->u.utf8.bytes, c->u.utf8.len); break;
    case LD_C_INT: r = ld_pool_int(k->n, c->u.i); break;
    case LD_C_FLOAT: r = ld_pool_float(k->n, c->u.f); break;
    case LD_C_LONG: r = ld_pool_long(k->n, c->u.j); break;
    case LD_C_DOUBLE: r = ld_pool_double(k->n, c->u.d); break;
    case LD_C_CLASS:
    case LD_C_STRING: {
        const ld_Const *s = &o->pool[c->u.ref];
        r = pool_ref(k->n, c->tag, s->u.utf8.bytes, s->u.utf8.len);
        break;
    }
    case LD_C_FIELD:
    case LD_C_METHOD:
        r = ld_pool_member(k->n, c->tag, ld_class_name(o, c->u.member.cls),
                           ld_utf8(o, c->u.member.name), ld_utf8(o, c->u.member.desc));
        break;
    }
    if (!r) k->full = 1;
    k->map[i] = r;
    return r;
}

int ld_module_canonicalize(ld_Module *m, char *err, size_t errlen) {
    /* validate references first so canon() can follow them blindly */
    for (uint32_t i = 1; i <= m->npool; i++) {
        const ld_Const *c = &m->pool[i];
        uint16_t refs[3] = {0, 0, 0};
        int want[3] = {0, 0, 0};
        if (c->tag == LD_C_CLASS || c->tag == LD_C_STRING) refs[0] = c->u.ref, want[0] = LD_C_UTF8;
        if (c->tag == LD_C_FIELD || c->tag == LD_C_METHOD) {
            refs[0] = c->u.member.cls, want[0] = LD_C_CLASS;
            refs[1] = c->u.member.name, want[1] = LD_C_UTF8;
            refs[2] = c->u.member.desc, want[2] = LD_C_UTF8;
        }
        for (int j = 0; j < 3; j++)
            if (want[j] && (refs[j] == 0 || refs[j] > m->npool || m->pool[refs[j]].tag != want[j])) {
                snprintf(err, errlen, "constant #%u: bad reference %u", i, refs[j]);
                return -1;
            }
    }
    Canon k = {.old = m, .n = ld_module_new()};
    k.map = xcalloc((size_t)m->npool + 1, sizeof(uint16_t));
#define MAPIDX(x)                                                                          \
    do {                                                                                   \
        if ((x) > m->npool) goto bad_index;                                                \
        (x) = canon(&k, (x));                                                              \
    } while (0)
    MAPIDX(m->main_class);
    for (uint32_t ci = 0; ci < m->nclasses; ci++) {
        ld_Class *c = &m->classes[ci];
        MAPIDX(c->this_class);
        MAPIDX(c->super_class);
        MAPIDX(c->source);
        for (uint32_t i = 0; i < c->ninterfaces; i++) MAPIDX(c->interfaces[i]);
        for (uint32_t i = 0; i < c->nfields; i++) {
            MAPIDX(c->fields[i].name);
            MAPIDX(c->fields[i].desc);
            MAPIDX(c->fields[i].constval);
        }
        for (uint32_t i = 0; i < c->nmethods; i++) {
            ld_Method *me = &c->methods[i];
            /* the old pool stays intact until the swap: keep the name for messages */
            const char *mname = me->name && me->name <= m->npool && m->pool[me->name].tag == LD_C_UTF8
                                    ? ld_utf8(m, me->name)
                                    : "?";
            MAPIDX(me->name);
            MAPIDX(me->desc);
            for (uint32_t pc = 0; pc < me->code_len;) {
                uint32_t len = op_decode_length(me->code, me->code_len, pc);
                if (!len) {
                    snprintf(err, errlen, "method %s: code offset %u: malformed instruction", mname, pc);
                    goto fail;
                }
                switch (op_info[me->code[pc]].format) {
                case OPF_CONST:
                case OPF_CLASS:
                case OPF_FIELD:
                case OPF_METHOD:
                case OPF_MULTI: {
                    uint16_t x = op_u16(me->code + pc + 1);
                    MAPIDX(x);
                    me->code[pc + 1] = (uint8_t)x;
                    me->code[pc + 2] = (uint8_t)(x >> 8);
                    break;
                }
                default: break;
                }
                pc += len;
            }
            for (uint32_t h = 0; h < me->nhandlers; h++) MAPIDX(me->handlers[h].catch_type);
        }
    }
#undef MAPIDX
    if (k.full) {
        snprintf(err, errlen, "too many constants (the pool holds at most %u)", LD_MAX_POOL);
        goto fail;
    }
    /* swap the pools */
    for (uint32_t i = 1; i <= m->npool; i++)
        if (m->pool[i].tag == LD_C_UTF8) free(m->pool[i].u.utf8.bytes);
    free(m->pool);
    if (m->intern) {
        free(m->intern->slots);
        free(m->intern);
    }
    m->pool = k.n->pool;
    m->npool = k.n->npool;
    m->pool_cap = k.n->pool_cap;
    m->intern = k.n->intern;
    k.n->pool = NULL;
    k.n->npool = 0;
    k.n->intern = NULL;
    ld_module_free(k.n);
    free(k.map);
    return 0;
bad_index:
    snprintf(err, errlen, "pool index out of range (pool has %u entries)", m->npool);
fail:
    ld_module_free(k.n);
    free(k.map);
    return -1;
}

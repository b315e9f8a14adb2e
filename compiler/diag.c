/* diag.c: the compiler context: arena, interned names, source files and diagnostics.
 *
 * The arena is a list of chunks; every allocation of the front end (tokens, nodes, names,
 * messages) comes from it and is freed by cc_free at once. Diagnostics are stored in the
 * order reported, up to max_errors errors; cc_print_diag renders one like gcc with javac's
 * words: "FILE:LINE:COL: error: MSG", the source line, and a caret line that repeats the
 * line's tabs so the caret lands under the right character in a terminal.
 */
#include "cc.h"

#include <stdlib.h>
#include <string.h>

struct cc_Chunk {
    cc_Chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

struct cc_Name {
    size_t len;
    uint64_t hash;
    char text[]; /* len bytes + NUL */
};

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("oakc: out of memory\n", stderr);
        abort();
    }
    return p;
}

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("oakc: out of memory\n", stderr);
        abort();
    }
    return p;
}

cc_Compiler *cc_new(void) {
    cc_Compiler *c = xmalloc(sizeof *c);
    memset(c, 0, sizeof *c);
    c->max_errors = 100;
    return c;
}

void cc_free(cc_Compiler *c) {
    if (!c) return;
    for (cc_Chunk *k = c->arena, *next; k; k = next) {
        next = k->next;
        free(k);
    }
    free(c->files);
    free(c->diags);
    free(c->names);
    free(c);
}

void *cc_alloc(cc_Compiler *c, size_t n) {
    n = (n + 15) & ~(size_t)15;
    cc_Chunk *k = c->arena;
    if (!k || k->cap - k->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        k = xmalloc(sizeof *k + cap);
        k->cap = cap;
        k->used = 0;
        k->next = c->arena;
        c->arena = k;
    }
    void *p = k->data + k->used;
    k->used += n;
    memset(p, 0, n);
    return p;
}

char *cc_strndup(cc_Compiler *c, const char *s, size_t n) {
    char *d = cc_alloc(c, n + 1);
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* ------------------------------------------------------------------ */
/* interned names                                                      */
/* ------------------------------------------------------------------ */

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

const char *cc_intern(cc_Compiler *c, const char *s, size_t n) {
    if (c->names_n * 2 >= c->names_cap) {
        size_t cap = c->names_cap ? c->names_cap * 2 : 1024;
        cc_Name **t = xmalloc(cap * sizeof *t);
        memset(t, 0, cap * sizeof *t);
        for (size_t i = 0; i < c->names_cap; i++) {
            cc_Name *e = c->names[i];
            if (!e) continue;
            size_t j = e->hash & (cap - 1);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = e;
        }
        free(c->names);
        c->names = t;
        c->names_cap = cap;
    }
    uint64_t h = hash_bytes(s, n);
    size_t j = h & (c->names_cap - 1);
    for (cc_Name *e; (e = c->names[j]); j = (j + 1) & (c->names_cap - 1))
        if (e->hash == h && e->len == n && memcmp(e->text, s, n) == 0) return e->text;
    cc_Name *e = cc_alloc(c, sizeof *e + n + 1);
    e->len = n;
    e->hash = h;
    if (n) memcpy(e->text, s, n);
    e->text[n] = 0;
    c->names[j] = e;
    c->names_n++;
    return e->text;
}

const char *cc_intern_str(cc_Compiler *c, const char *s) { return cc_intern(c, s, strlen(s)); }

/* ------------------------------------------------------------------ */
/* files                                                               */
/* ------------------------------------------------------------------ */

int cc_add_source(cc_Compiler *c, const char *name, const char *text, size_t len) {
    if (c->nfiles == c->files_cap) {
        c->files_cap = c->files_cap ? c->files_cap * 2 : 8;
        c->files = xrealloc(c->files, c->files_cap * sizeof *c->files);
    }
    cc_File *f = &c->files[c->nfiles];
    memset(f, 0, sizeof *f);
    f->name = cc_strndup(c, name, strlen(name));
    f->text = cc_strndup(c, text, len);
    f->len = len;
    /* line table: LF, CR LF, lone CR */
    int n = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'))) n++;
    f->lines = cc_alloc(c, (size_t)n * sizeof *f->lines);
    f->nlines = n;
    int k = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
            f->lines[k++] = (uint32_t)(i + 1);
    return c->nfiles++;
}

int cc_read_source(cc_Compiler *c, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        cc_error(c, (cc_Pos){-1, 0, 0, 0}, "file not found: %s", path);
        return -1;
    }
    size_t cap = 65536, n = 0, got;
    char *b = xmalloc(cap);
    while ((got = fread(b + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) b = xrealloc(b, cap *= 2);
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(b);
        cc_error(c, (cc_Pos){-1, 0, 0, 0}, "error reading %s", path);
        return -1;
    }
    int f = cc_add_source(c, path, b, n);
    free(b);
    return f;
}

static int line_of(const cc_File *f, uint32_t off) {
    int lo = 0, hi = f->nlines - 1; /* last line whose start <= off */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (f->lines[mid] <= off) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

cc_Pos cc_pos_of(const cc_Compiler *c, int file, uint32_t off) {
    cc_Pos p = {-1, 0, 0, 0};
    if (file < 0 || file >= c->nfiles) return p;
    const cc_File *f = &c->files[file];
    if (off > f->len) off = (uint32_t)f->len;
    int l = line_of(f, off);
    int col = 1;
    for (uint32_t i = f->lines[l]; i < off; i++)
        if (((unsigned char)f->text[i] & 0xC0) != 0x80) col++;
    p.file = file;
    p.line = l + 1;
    p.col = col;
    p.off = off;
    return p;
}

const char *cc_line_text(const cc_Compiler *c, int file, int line, size_t *len) {
    *len = 0;
    if (file < 0 || file >= c->nfiles) return "";
    const cc_File *f = &c->files[file];
    if (line < 1 || line > f->nlines) return "";
    size_t s = f->lines[line - 1], e = s;
    while (e < f->len && f->text[e] != '\n' && f->text[e] != '\r') e++;
    *len = e - s;
    return f->text + s;
}

/* ------------------------------------------------------------------ */
/* diagnostics                                                         */
/* ------------------------------------------------------------------ */

int cc_error_count(const cc_Compiler *c) { return c->nerrors; }

int cc_error_cap_reached(const cc_Compiler *c) {
    return c->max_errors > 0 && c->nerrors >= c->max_errors;
}

void cc_verror(cc_Compiler *c, cc_Severity sev, cc_Pos pos, const char *fmt, va_list ap) {
    if (sev == CC_ERROR) {
        int dropped = cc_error_cap_reached(c);
        c->nerrors++;
        if (dropped) return;
    } else {
        c->nwarnings++;
    }
    if (!fmt) fmt = "?"; /* never; also quiets gcc -O1 -fsanitize's -Wformat-truncation */
    char buf[512];
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, aq);
    va_end(aq);
    if (n < 0) n = 0;
    char *msg = cc_alloc(c, (size_t)n + 1);
    if ((size_t)n < sizeof buf) memcpy(msg, buf, (size_t)n + 1);
    else vsnprintf(msg, (size_t)n + 1, fmt, ap);
    if (c->ndiags == c->diags_cap) {
        c->diags_cap = c->diags_cap ? c->diags_cap * 2 : 16;
        c->diags = xrealloc(c->diags, (size_t)c->diags_cap * sizeof *c->diags);
    }
    if (pos.file >= c->nfiles) pos.file = -1;
    cc_Diag *d = &c->diags[c->ndiags++];
    d->severity = sev;
    d->pos = pos;
    d->msg = msg;
    if (c->echo) cc_print_diag(c, d, c->echo);
}

void cc_error(cc_Compiler *c, cc_Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    cc_verror(c, CC_ERROR, pos, fmt, ap);
    va_end(ap);
}

void cc_warning(cc_Compiler *c, cc_Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    cc_verror(c, CC_WARNING, pos, fmt, ap);
    va_end(ap);
}

void cc_print_diag(const cc_Compiler *c, const cc_Diag *d, FILE *out) {
    const char *sev = d->severity == CC_ERROR ? "error" : "warning";
    const char *msg = d->msg;
    const char *nl = strchr(msg, '\n');
    int first = nl ? (int)(nl - msg) : (int)strlen(msg);
    if (d->pos.file < 0) {
        fprintf(out, "%s: %.*s\n", sev, first, msg);
    } else {
        const cc_File *f = &c->files[d->pos.file];
        fprintf(out, "%s:%d:%d: %s: %.*s\n", f->name, d->pos.line, d->pos.col, sev, first,
                msg);
        size_t len;
        const char *line = cc_line_text(c, d->pos.file, d->pos.line, &len);
        /* the source line, then spaces (tabs where the line has tabs) up to the column */
        fwrite(line, 1, len, out);
        fputc('\n', out);
        int col = 1;
        for (size_t i = 0; i < len && col < d->pos.col; i++) {
            unsigned char ch = (unsigned char)line[i];
            if ((ch & 0xC0) == 0x80) continue;
            fputc(ch == '\t' ? '\t' : ' ', out);
            col++;
        }
        for (; col < d->pos.col; col++) fputc(' ', out); /* past the end of the line */
        fputs("^\n", out);
    }
    if (nl) fprintf(out, "%s\n", nl + 1);
}

void cc_print_diags(const cc_Compiler *c, FILE *out) {
    for (int i = 0; i < c->ndiags; i++) cc_print_diag(c, &c->diags[i], out);
}

void cc_print_summary(const cc_Compiler *c, FILE *out) {
    int shown = 0;
    for (int i = 0; i < c->ndiags; i++) shown += c->diags[i].severity == CC_ERROR;
    if (shown < c->nerrors)
        fprintf(out, "only showing the first %d errors, of %d total\n", shown, c->nerrors);
    if (c->nerrors) fprintf(out, "%d error%s\n", c->nerrors, c->nerrors == 1 ? "" : "s");
    if (c->nwarnings)
        fprintf(out, "%d warning%s\n", c->nwarnings, c->nwarnings == 1 ? "" : "s");
}

/* oakc.c: the compiler driver (see oakc.h): read, parse, check, generate, canonicalize.
 *
 * Phases stop at the first one with errors, as javac's do: parse errors stop before
 * checking; checking errors stop before code generation.
 */
#include "oakc.h"

#include "cc.h"
#include "ccsym.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int oakc_find_stdlib(char *buf, size_t len) {
    const char *home = getenv("OAK_HOME");
    if (home && *home) {
        snprintf(buf, len, "%s/lib/java.base.oak", home);
        return access(buf, R_OK) == 0 ? 0 : -1;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return -1;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return -1;
    *slash = 0;
    snprintf(buf, len, "%s/../lib/java.base.oak", exe);
    return access(buf, R_OK) == 0 ? 0 : -1;
}

static int has_main(cc_Sym *c) {
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *m = c->members[i];
        if (m->kind == SYM_METHOD && strcmp(m->name, "main") == 0 && m->desc &&
            strcmp(m->desc, "([Ljava/lang/String;)V") == 0 && (m->flags & LD_ACC_STATIC) && (m->flags & LD_ACC_PUBLIC))
            return 1;
    }
    return 0;
}

/* the main class: --main, else the one class with main(String[]); with several, the one
 * named like the first file, else the first */
static cc_Sym *pick_main(cc_Check *k, const char *want, const char *first_file, int *err) {
    if (want) {
        size_t n = strlen(want);
        char *bin = malloc(n + 1);
        for (size_t i = 0; i <= n; i++) bin[i] = want[i] == '.' ? '/' : want[i];
        cc_Sym *found = NULL;
        for (int i = 0; i < k->nsrc; i++) {
            cc_Sym *c = k->src_classes[i];
            if (strcmp(c->bin, bin) == 0 || strcmp(c->qname, want) == 0) found = c;
        }
        free(bin);
        if (!found) {
            cc_error(k->c, (cc_Pos){-1, 0, 0, 0}, "--main: no class %s in the sources", want);
            *err = 1;
            return NULL;
        }
        if (!has_main(found)) {
            cc_error(k->c, (cc_Pos){-1, 0, 0, 0}, "--main: class %s has no public static void main(String[])", want);
            *err = 1;
            return NULL;
        }
        return found;
    }
    cc_Sym *first = NULL, *named = NULL;
    const char *base = strrchr(first_file, '/');
    base = base ? base + 1 : first_file;
    size_t bl = strlen(base);
    if (bl > 5 && strcmp(base + bl - 5, ".java") == 0) bl -= 5;
    for (int i = 0; i < k->nsrc; i++) {
        cc_Sym *c = k->src_classes[i];
        if (!c->decl || c->decl->cls.is_inner || !has_main(c)) continue;
        if (!first) first = c;
        if (!c->owner && strlen(c->name) == bl && strncmp(c->name, base, bl) == 0) named = c;
    }
    return named ? named : first;
}

ld_Module *oakc_compile_opts(const char **names, const char *const *texts, const size_t *lens, int n,
                             const oakc_Options *opt, int *nerrors) {
    cc_Compiler *c = cc_new();
    c->echo = opt->diag_out;
    if (opt->max_errors) c->max_errors = opt->max_errors;
    ld_Module *mod = NULL;
    cc_Check *k = NULL;
    cc_Node **units = calloc((size_t)(n + 1), sizeof *units);
    int nunits = 0;
    for (int i = 0; i < n; i++) {
        int f = texts ? cc_add_source(c, names[i], texts[i], lens ? lens[i] : strlen(texts[i])) : cc_read_source(c, names[i]);
        if (f < 0) continue;
        units[nunits++] = cc_parse(c, f);
    }
    k = cc_check_new(c);
    cc_check_literals(k, units, nunits);
    if (cc_error_count(c)) goto done;
    char lib[PATH_MAX + 32], err[1024];
    const char *libp = opt->stdlib;
    if (!libp) {
        if (oakc_find_stdlib(lib, sizeof lib) != 0) {
            cc_error(c, (cc_Pos){-1, 0, 0, 0}, "cannot find the standard library (lib/java.base.oak); set OAK_HOME");
            goto done;
        }
        libp = lib;
    }
    if (cc_path_add(k, libp, err, sizeof err) != 0) {
        cc_error(c, (cc_Pos){-1, 0, 0, 0}, "%s", err);
        goto done;
    }
    if (opt->modpath && *opt->modpath) {
        char *p = strdup(opt->modpath), *save = NULL;
        for (char *tok = strtok_r(p, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            if (cc_path_add(k, tok, err, sizeof err) != 0) cc_error(c, (cc_Pos){-1, 0, 0, 0}, "%s", err);
        free(p);
        if (cc_error_count(c)) goto done;
    }
    cc_check_units(k, units, nunits);
    if (cc_error_count(c)) goto done;
    int merr = 0;
    cc_Sym *main = pick_main(k, opt->main_class, n ? names[0] : "", &merr);
    if (merr) goto done;
    mod = ld_module_new();
    if (cc_gen_module(k, mod) != 0 || cc_error_count(c)) {
        ld_module_free(mod);
        mod = NULL;
        goto done;
    }
    if (main) mod->main_class = ld_pool_class(mod, main->bin);
    if (ld_module_canonicalize(mod, err, sizeof err) != 0) {
        cc_error(c, (cc_Pos){-1, 0, 0, 0}, "internal: %s", err);
        ld_module_free(mod);
        mod = NULL;
    }
done:
    if (nerrors) *nerrors = cc_error_count(c);
    if (opt->diag_out) cc_print_summary(c, opt->diag_out);
    free(units);
    cc_check_free(k);
    cc_free(c);
    return mod;
}

ld_Module *oakc_compile(const char **files, int n, const char *modpath, const char *main_class, FILE *diag_out,
                        int *nerrors) {
    oakc_Options o = {0};
    o.modpath = modpath;
    o.main_class = main_class;
    o.diag_out = diag_out;
    return oakc_compile_opts(files, NULL, NULL, n, &o, nerrors);
}

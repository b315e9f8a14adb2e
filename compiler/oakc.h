/* oakc.h: the compiler as a library: Java source files in, one ld_Module out.
 *
 * Why: two tools compile Java: bin/oakc writes the module to a file, bin/oak X.java runs
 * it from memory (like `java X.java`). Both call oakc_compile; the unit tests call
 * oakc_compile_opts with sources held in memory.
 *
 * The module is canonical (ld_module_canonicalize) and has been through the checks of
 * docs/language.md; the VM's verifier accepts it. Diagnostics are printed as they are
 * found, gcc/javac style (`Foo.java:3:9: error: ...`, source line, caret), followed by
 * javac's summary line ("2 errors").
 */
#ifndef OAK_OAKC_H
#define OAK_OAKC_H

#include <stddef.h>
#include <stdio.h>

#include "module.h"

typedef struct {
    const char *modpath;    /* ':'-separated module path (-p): .oak files and directories */
    const char *stdlib;     /* the standard library module; NULL: oakc_find_stdlib */
    const char *main_class; /* --main: binary or dotted name; NULL: the one class with main */
    FILE *diag_out;         /* diagnostics (NULL: not printed) */
    int max_errors;         /* 0: javac's 100 */
} oakc_Options;

/* Compiles the files (read from disk) into a module. Returns NULL if there were errors;
 * *nerrors (if not NULL) is the number of errors reported. */
ld_Module *oakc_compile(const char **files, int n, const char *modpath, const char *main_class, FILE *diag_out,
                        int *nerrors);

/* The same with every option; texts[i] (lens[i] bytes) is the source of names[i], or
 * texts == NULL to read the files. */
ld_Module *oakc_compile_opts(const char **names, const char *const *texts, const size_t *lens, int n,
                             const oakc_Options *opt, int *nerrors);

/* lib/java.base.oak from $OAK_HOME, else next to the directory of the running
 * executable (../lib). 0, or -1 if there is none. */
int oakc_find_stdlib(char *buf, size_t len);

#endif

/* oakc_main.c: bin/oakc, the Java compiler.
 *
 *   oakc [-o OUT.oak] [-p MODULEPATH] [--main CLASS] FILE.java...
 *
 * Compiles the files into one module. Without -o the module is written next to the first
 * source file, named after it (src/Hello.java -> src/Hello.oak). Exit status: 0, 1 for
 * compile errors (javac's "N errors" summary on stderr) or an unwritable output, 2 for
 * bad usage. */
#include "oakc.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: oakc [-o OUT.oak] [-p MODULEPATH] [--main CLASS] FILE.java...\n"
               "\n"
               "Compiles Java source files into one Oak module (docs/language.md).\n"
               "\n"
               "options:\n"
               "  -o OUT.oak      the module to write (default: the first file with .oak,\n"
               "                  in the same directory)\n"
               "  -p PATH         modules to compile against (.oak files and directories,\n"
               "                  ':'-separated), besides the standard library\n"
               "  --main CLASS    the module's main class (default: the class with\n"
               "                  public static void main(String[]))\n"
               "  --help\n"
               "\n"
               "environment: OAK_HOME  where lib/java.base.oak is (default: next to bin/)\n");
}

int main(int argc, char **argv) {
    const char *out = NULL, *path = NULL, *main_class = NULL;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "-p") == 0 || strcmp(a, "--module-path") == 0 ||
                   strcmp(a, "--main") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "oakc: %s needs an argument\n", a);
                return 2;
            }
            const char *v = argv[++i];
            if (a[1] == 'o') out = v;
            else if (a[1] == 'p' || strcmp(a, "--module-path") == 0) path = v;
            else main_class = v;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "oakc: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            size_t n = strlen(a);
            if (n < 6 || strcmp(a + n - 5, ".java") != 0) {
                fprintf(stderr, "oakc: %s: not a .java file\n", a);
                return 2;
            }
            files[nfiles++] = a;
        }
    }
    if (!nfiles) {
        usage(stderr);
        return 2;
    }
    int nerr = 0;
    ld_Module *m = oakc_compile(files, nfiles, path, main_class, stderr, &nerr);
    if (!m) return 1;
    char *def = NULL;
    if (!out) {
        size_t n = strlen(files[0]);
        def = malloc(n);
        memcpy(def, files[0], n - 5);
        strcpy(def + n - 5, ".oak");
        out = def;
    }
    char err[1024];
    int rc = 0;
    if (ld_write_file(m, out, err, sizeof err) != 0) {
        fprintf(stderr, "oakc: %s\n", err);
        rc = 1;
    }
    ld_module_free(m);
    free(def);
    free(files);
    return rc;
}

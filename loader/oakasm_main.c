/* oakasm_main.c: bin/oakasm, the assembler command.
 *
 *   oakasm FILE.oasm [-o OUT.oak]
 *
 * Exit 0 on success, 1 on an assembly or I/O error (message on stderr), 2 on bad usage.
 */
#include "asm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_SOURCE (256u << 20)

static void usage(FILE *f) {
    fputs("usage: oakasm FILE.oasm [-o OUT.oak]\n"
          "Assembles FILE.oasm into a module (default output: FILE.oak).\n"
          "The language is described in docs/assembly.md.\n",
          f);
}

/* Reads a whole regular file; NULL with a message in err. */
static char *slurp(const char *path, size_t *len, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        fclose(f);
        return NULL;
    }
    if ((uint64_t)st.st_size > MAX_SOURCE) {
        snprintf(err, errlen, "%s: file too large", path);
        fclose(f);
        return NULL;
    }
    char *buf = malloc((size_t)st.st_size + 1);
    if (!buf) {
        snprintf(err, errlen, "%s: out of memory", path);
        fclose(f);
        return NULL;
    }
    size_t got = fread(buf, 1, (size_t)st.st_size, f);
    int bad = ferror(f);
    fclose(f);
    if (bad || got != (size_t)st.st_size) {
        snprintf(err, errlen, "%s: read error", path);
        free(buf);
        return NULL;
    }
    *len = got;
    return buf;
}

int main(int argc, char **argv) {
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc || out) {
                usage(stderr);
                return 2;
            }
            out = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "oakasm: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        } else if (in) {
            usage(stderr);
            return 2;
        } else {
            in = argv[i];
        }
    }
    if (!in) {
        usage(stderr);
        return 2;
    }
    char *outbuf = NULL;
    if (!out) {
        size_t n = strlen(in);
        outbuf = malloc(n + 5);
        if (!outbuf) return 1;
        memcpy(outbuf, in, n + 1);
        if (n > 5 && strcmp(in + n - 5, ".oasm") == 0) outbuf[n - 5] = 0;
        strcat(outbuf, ".oak");
        out = outbuf;
    }
    char err[1024];
    size_t len;
    char *src = slurp(in, &len, err, sizeof err);
    if (!src) {
        fprintf(stderr, "oakasm: %s\n", err);
        free(outbuf);
        return 1;
    }
    ld_Module *m = ld_assemble(src, len, in, err, sizeof err);
    free(src);
    if (!m) {
        fprintf(stderr, "%s\n", err);
        free(outbuf);
        return 1;
    }
    int rc = 0;
    if (ld_write_file(m, out, err, sizeof err) != 0) {
        fprintf(stderr, "oakasm: %s\n", err);
        rc = 1;
    }
    ld_module_free(m);
    free(outbuf);
    return rc;
}

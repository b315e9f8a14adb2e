/* oakp_main.c: bin/oakp, the module printer (javap for Oak).
 *
 *   oakp FILE.oak [CLASS]   print the module (or one class) as assembly text
 *   oakp --opcodes          print the instruction set as a markdown table
 *
 * The output of the first form reassembles with oakasm into the identical module.
 * Exit 0 on success, 1 on an unreadable module or unknown class, 2 on bad usage.
 */
#include "disasm.h"
#include "opcodes.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fputs("usage: oakp FILE.oak [CLASS]   print a module (or one class) as assembly\n"
          "       oakp --opcodes          print the instruction set (markdown table)\n",
          f);
}

/* A stack picture: "AI" -> "A, I"; "" -> "-"; "*" -> "(operand)". */
static void put_stack(const char *s) {
    if (s[0] == '*') {
        fputs("(by operand)", stdout);
        return;
    }
    if (!s[0]) {
        fputs("-", stdout);
        return;
    }
    for (const char *p = s; *p; p++)
        printf("%s%c", p == s ? "" : ", ", *p);
}

static void opcodes_table(void) {
    puts("| dec | hex | mnemonic | length | operands | stack before -> after |");
    puts("|----:|----:|----------|-------:|----------|-----------------------|");
    for (int i = 0; i < OP__COUNT; i++) {
        const op_Info *in = &op_info[i];
        printf("| %d | 0x%02x | `%s` | ", i, i, in->name);
        if (in->length)
            printf("%u", in->length);
        else
            fputs("var", stdout);
        printf(" | %s | ", opf_names[in->format]);
        put_stack(in->pops);
        fputs(" -> ", stdout);
        put_stack(in->pushes);
        puts(" |");
    }
}

int main(int argc, char **argv) {
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--opcodes") == 0) {
        opcodes_table();
        return 0;
    }
    if (argc < 2 || argc > 3 || (argv[1][0] == '-' && argv[1][1])) {
        usage(stderr);
        return 2;
    }
    char err[1024];
    ld_Module *m = ld_read_file(argv[1], err, sizeof err);
    if (!m) {
        fprintf(stderr, "oakp: %s\n", err);
        return 1;
    }
    const char *cls = argc == 3 ? argv[2] : NULL;
    if (cls && ld_find_class(m, cls) < 0) {
        fprintf(stderr, "oakp: %s: no class %s in this module\n", argv[1], cls);
        ld_module_free(m);
        return 1;
    }
    ld_disassemble(m, cls, stdout);
    ld_module_free(m);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "oakp: write error\n");
        return 1;
    }
    return 0;
}

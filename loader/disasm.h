/* disasm.h: the Oak disassembler, module -> text (.oasm).
 *
 * Why: a module is binary; people (and failing tests) need to read it. The output is the
 * assembler's own language (docs/assembly.md), not a report: every pool reference is
 * printed symbolically, branch and handler targets get labels L<pc>, and anything the
 * language could not otherwise express (a target inside an instruction, a NaN payload, a
 * name with spaces) has an exact escape form. So for every canonical module m,
 * ld_assemble(ld_disassemble(m)) is byte-identical to m: a module can be dumped, edited
 * and rebuilt.
 */
#ifndef OAK_DISASM_H
#define OAK_DISASM_H

#include "module.h"

#include <stdint.h>
#include <stdio.h>

/* Prints the module (only_class == NULL) or the one class named only_class (nothing if
 * the module has no such class; see ld_find_class). */
void ld_disassemble(const ld_Module *m, const char *only_class, FILE *out);

/* Index of the class named name in m->classes, or -1. */
int ld_find_class(const ld_Module *m, const char *name);

/* Formats the one instruction at code[pc] on one line (no newline), for traces and error
 * messages; branch targets are absolute pcs ("goto @12"). Writes at most buflen bytes
 * including the NUL (truncating) and returns buf. Malformed code gives "<bad code>". */
char *ld_format_insn(const ld_Module *m, const uint8_t *code, uint32_t code_len, uint32_t pc,
                     char *buf, size_t buflen);

#endif

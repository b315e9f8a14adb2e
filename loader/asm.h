/* asm.h: the Oak assembler, text (.oasm) -> module.
 *
 * Why: the VM, the verifier and the JIT need test programs long before (and independent
 * of) the compiler, and some programs (malformed bytecode, odd handler tables, every
 * opcode) cannot be produced by a compiler at all. The assembler is the one way to write
 * any module by hand; with the disassembler (disasm.h) it forms a loop
 * assemble(disassemble(m)) == m for every canonical module m, so a module can be dumped,
 * edited as text and rebuilt. The language is described in docs/assembly.md.
 *
 * The assembler trusts nothing in its input: arbitrary bytes produce either a module or
 * one error "FILE:LINE:COL: error: MESSAGE" (columns count characters, from 1), never a
 * crash. Every module it returns has been canonicalized (ld_module_canonicalize) and reads
 * back through ld_read.
 */
#ifndef OAK_ASM_H
#define OAK_ASM_H

#include "module.h"

#include <stddef.h>

/* Assembles src[0..len) (UTF-8 text, need not be NUL-terminated). filename is used in
 * error messages only. Returns a canonical module (free with ld_module_free), or NULL with
 * the first error written to err. */
ld_Module *ld_assemble(const char *src, size_t len, const char *filename, char *err, size_t errlen);

#endif

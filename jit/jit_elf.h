/* jit_elf.h: loads the object file of a compile into memory, without `ld` and dlopen.
 *
 * Why: every libgccjit compile to a shared object runs the driver's link step
 * (collect2 and ld), about 15 ms a batch, 40% of all compile time on a program with
 * many small batches (bench Richards in --mode=jit: 13 batches, 202 of 494 ms). The
 * object file GCC and `as` leave has a handful of sections and x86-64 relocations of
 * few kinds; placing the sections in one mapping and applying the relocations is what
 * ld and the dynamic linker would do for it, in well under a millisecond. Symbols the
 * object imports (the VM's jit_rt_* helpers, fmod, libc's stack-protector hook) are
 * looked up in the process (dlsym(RTLD_DEFAULT), bin/oak is linked with -rdynamic) and
 * reached through a GOT slot or a jump stub inside the mapping, so the mapping may be
 * anywhere in the address space. Anything unexpected (another machine, TLS, a
 * relocation kind not handled) fails with a message; the caller then links the usual
 * way. Images stay loaded for the life of the process, like the JIT's code.
 */
#ifndef OAK_JIT_ELF_H
#define OAK_JIT_ELF_H

#include <stddef.h>

typedef struct jit_Image jit_Image;

/* Loads the relocatable x86-64 ELF object at path; NULL with a message in err on failure. */
jit_Image *jit_elf_load(const char *path, char *err, size_t errlen);
/* The address of a global symbol the object defines, or NULL. */
void *jit_elf_sym(const jit_Image *im, const char *name);
/* Bytes of code and data mapped. */
size_t jit_elf_size(const jit_Image *im);
/* Unmaps an image (the JIT never does: compiled code lives as long as the process). */
void jit_elf_free(jit_Image *im);

#endif

/* jit_elf.c: a loader for the relocatable objects of JIT compiles (see jit_elf.h).
 *
 * One anonymous mapping per object: the executable sections, then the jump stubs for
 * imported functions (page-aligned, made read+execute once relocated), then every other
 * allocated section and the GOT (read+write). */
#include "jit_elf.h"

#include <dlfcn.h>
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 4096u
#define STUB_SIZE 16u /* jmp *0(%rip); .quad target */

typedef struct {
    const char *name;
    void *addr;
} Sym;

struct jit_Image {
    char *base;
    size_t size;
    char *names; /* a copy of the object's symbol names */
    Sym *syms;   /* the global symbols it defines */
    uint32_t nsyms;
};

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long n = ftell(f);
        if (n > 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n)) != NULL) {
            if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
                free(buf);
                buf = NULL;
            } else {
                *len = (size_t)n;
            }
        }
    }
    fclose(f);
    return buf;
}

static size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }

static int fits32(int64_t v) { return v == (int32_t)v; }

static void put32(char *p, int64_t v) {
    int32_t w = (int32_t)v;
    memcpy(p, &w, 4);
}

#define FAIL(...)                                  \
    do {                                           \
        snprintf(err, errlen, __VA_ARGS__);        \
        goto fail;                                 \
    } while (0)

jit_Image *jit_elf_load(const char *path, char *err, size_t errlen) {
    size_t len = 0;
    char *f = read_file(path, &len);
    jit_Image *im = NULL;
    char *base = MAP_FAILED, **secaddr = NULL;
    uint8_t *in_text = NULL;
    uint64_t *symaddr = NULL;
    uint32_t *got_of = NULL, *stub_of = NULL;
    size_t total = 0;
    if (!f) FAIL("cannot read %s", path);
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)f;
    if (len < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_type != ET_REL || eh->e_machine != EM_X86_64)
        FAIL("%s: not a relocatable x86-64 ELF object", path);
    uint32_t nsec = eh->e_shnum;
    if (eh->e_shentsize != sizeof(Elf64_Shdr) || nsec == 0 || eh->e_shoff > len || eh->e_shoff % 8 != 0 ||
        (len - eh->e_shoff) / sizeof(Elf64_Shdr) < nsec)
        FAIL("%s: bad section header table", path);
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(f + eh->e_shoff);
    uint32_t symsec = 0;
    for (uint32_t i = 1; i < nsec; i++) {
        if (sh[i].sh_type != SHT_NOBITS && (sh[i].sh_offset > len || len - sh[i].sh_offset < sh[i].sh_size))
            FAIL("%s: section %u outside the file", path, i);
        if (sh[i].sh_type == SHT_SYMTAB) symsec = i;
    }
    if (!symsec || sh[symsec].sh_entsize != sizeof(Elf64_Sym) || sh[symsec].sh_offset % 8 != 0 || sh[symsec].sh_link == 0 ||
        sh[symsec].sh_link >= nsec)
        FAIL("%s: no symbol table", path);
    const Elf64_Sym *sym = (const Elf64_Sym *)(f + sh[symsec].sh_offset);
    uint32_t nsym = (uint32_t)(sh[symsec].sh_size / sizeof(Elf64_Sym));
    const char *str = f + sh[sh[symsec].sh_link].sh_offset;
    size_t strsz = sh[sh[symsec].sh_link].sh_size;
    if (strsz == 0 || str[strsz - 1] != '\0') FAIL("%s: bad string table", path);

    /* layout: offsets of the allocated sections in the code or the data part */
    secaddr = calloc(nsec, sizeof *secaddr);
    in_text = calloc(nsec, 1);
    size_t *off = calloc(nsec, sizeof *off);
    if (!secaddr || !in_text || !off) {
        free(off);
        FAIL("out of memory");
    }
    size_t text = 0, data = 0;
    for (uint32_t i = 1; i < nsec; i++) {
        if (!(sh[i].sh_flags & SHF_ALLOC) || sh[i].sh_size == 0) continue;
        if (sh[i].sh_flags & SHF_TLS) {
            free(off);
            FAIL("%s: thread-local section", path);
        }
        if (sh[i].sh_type == SHT_INIT_ARRAY || sh[i].sh_type == SHT_FINI_ARRAY || sh[i].sh_type == SHT_PREINIT_ARRAY) {
            free(off);
            FAIL("%s: constructors or destructors", path);
        }
        if (sh[i].sh_size > (1u << 30)) {
            free(off);
            FAIL("%s: section %u of %llu bytes", path, i, (unsigned long long)sh[i].sh_size);
        }
        size_t al = sh[i].sh_addralign ? sh[i].sh_addralign : 1;
        if ((al & (al - 1)) != 0 || al > PAGE) {
            free(off);
            FAIL("%s: section alignment %zu", path, al);
        }
        if (sh[i].sh_flags & SHF_EXECINSTR) {
            in_text[i] = 1;
            text = align_up(text, al);
            off[i] = text;
            text += sh[i].sh_size;
        } else {
            data = align_up(data, al);
            off[i] = data;
            data += sh[i].sh_size;
        }
    }
    /* a GOT slot for every symbol a GOT-relative relocation names, a jump stub for every
     * imported symbol a call or PC-relative reference names */
    got_of = calloc(nsym, sizeof *got_of);
    stub_of = calloc(nsym, sizeof *stub_of);
    if (!got_of || !stub_of) {
        free(off);
        FAIL("out of memory");
    }
    uint32_t ngot = 0, nstub = 0;
    for (uint32_t r = 1; r < nsec; r++) {
        if (sh[r].sh_type == SHT_REL) {
            free(off);
            FAIL("%s: REL relocations", path);
        }
        if (sh[r].sh_type != SHT_RELA) continue;
        if (sh[r].sh_info == 0 || sh[r].sh_info >= nsec || !(sh[sh[r].sh_info].sh_flags & SHF_ALLOC)) continue;
        if (sh[r].sh_link != symsec || sh[r].sh_entsize != sizeof(Elf64_Rela) || sh[r].sh_offset % 8 != 0) {
            free(off);
            FAIL("%s: bad relocation section %u", path, r);
        }
        const Elf64_Rela *rel = (const Elf64_Rela *)(f + sh[r].sh_offset);
        for (size_t k = 0; k < sh[r].sh_size / sizeof(Elf64_Rela); k++) {
            uint32_t s = (uint32_t)ELF64_R_SYM(rel[k].r_info), type = (uint32_t)ELF64_R_TYPE(rel[k].r_info);
            if (s >= nsym) {
                free(off);
                FAIL("%s: relocation names symbol %u of %u", path, s, nsym);
            }
            if (type == R_X86_64_GOTPCREL || type == R_X86_64_GOTPCRELX || type == R_X86_64_REX_GOTPCRELX) {
                if (!got_of[s]) got_of[s] = ++ngot;
            } else if ((type == R_X86_64_PLT32 || type == R_X86_64_PC32) && s && sym[s].st_shndx == SHN_UNDEF) {
                if (!stub_of[s]) stub_of[s] = ++nstub;
            }
        }
    }
    size_t stub_off = align_up(text, STUB_SIZE);
    size_t data_off = align_up(stub_off + (size_t)nstub * STUB_SIZE, PAGE);
    size_t got_off = align_up(data_off + data, 8);
    total = align_up(got_off + (size_t)ngot * 8, PAGE);
    if (total == 0) total = PAGE;
    base = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        free(off);
        FAIL("cannot map %zu bytes for compiled code", total);
    }
    for (uint32_t i = 1; i < nsec; i++) {
        if (!(sh[i].sh_flags & SHF_ALLOC) || sh[i].sh_size == 0) continue;
        secaddr[i] = base + (in_text[i] ? 0 : data_off) + off[i];
        if (sh[i].sh_type != SHT_NOBITS) memcpy(secaddr[i], f + sh[i].sh_offset, sh[i].sh_size);
    }
    free(off);

    /* symbol addresses (an import not in the process is an error only if a relocation
     * uses it) */
    uint64_t *got = (uint64_t *)(base + got_off);
    symaddr = calloc(nsym ? nsym : 1, sizeof *symaddr);
    if (!symaddr) FAIL("out of memory");
    for (uint32_t s = 1; s < nsym; s++) {
        const Elf64_Sym *y = &sym[s];
        if (y->st_name >= strsz) FAIL("%s: symbol name outside the string table", path);
        const char *nm = str + y->st_name;
        if (y->st_shndx == SHN_UNDEF) {
            if (!*nm) continue;
            void *a = strcmp(nm, "_GLOBAL_OFFSET_TABLE_") == 0 ? (void *)got : dlsym(RTLD_DEFAULT, nm);
            symaddr[s] = (uint64_t)(uintptr_t)a;
        } else if (y->st_shndx == SHN_ABS) {
            symaddr[s] = y->st_value;
        } else if (y->st_shndx == SHN_COMMON) {
            FAIL("%s: common symbol %s", path, nm);
        } else if (y->st_shndx < nsec && secaddr[y->st_shndx]) {
            if (y->st_value > sh[y->st_shndx].sh_size) FAIL("%s: symbol %s outside its section", path, nm);
            symaddr[s] = (uint64_t)(uintptr_t)secaddr[y->st_shndx] + y->st_value;
        } /* else: in a section not loaded (.comment...): an error if a relocation uses it */
    }
    for (uint32_t s = 0; s < nsym; s++) {
        if (got_of[s]) got[got_of[s] - 1] = symaddr[s];
        if (stub_of[s]) {
            unsigned char *p = (unsigned char *)base + stub_off + (size_t)(stub_of[s] - 1) * STUB_SIZE;
            p[0] = 0xff; /* jmp *0(%rip) */
            p[1] = 0x25;
            memset(p + 2, 0, 4);
            memcpy(p + 6, &symaddr[s], 8);
        }
    }

    /* relocations */
    for (uint32_t r = 1; r < nsec; r++) {
        if (sh[r].sh_type != SHT_RELA) continue;
        uint32_t t = sh[r].sh_info;
        if (t == 0 || t >= nsec || !secaddr[t]) continue;
        const Elf64_Rela *rel = (const Elf64_Rela *)(f + sh[r].sh_offset);
        for (size_t k = 0; k < sh[r].sh_size / sizeof(Elf64_Rela); k++) {
            uint32_t s = (uint32_t)ELF64_R_SYM(rel[k].r_info), type = (uint32_t)ELF64_R_TYPE(rel[k].r_info);
            uint64_t width = type == R_X86_64_64 || type == R_X86_64_PC64 || type == R_X86_64_GOTOFF64 ? 8 : 4;
            if (type == R_X86_64_NONE) continue;
            if (rel[k].r_offset > sh[t].sh_size || sh[t].sh_size - rel[k].r_offset < width)
                FAIL("%s: relocation outside its section", path);
            char *P = secaddr[t] + rel[k].r_offset;
            int64_t A = rel[k].r_addend;
            uint64_t S = symaddr[s];
            if (s && !S && !(sym[s].st_shndx == SHN_UNDEF && ELF64_ST_BIND(sym[s].st_info) == STB_WEAK)) {
                if (sym[s].st_shndx == SHN_UNDEF) FAIL("%s: undefined symbol %s", path, str + sym[s].st_name);
                FAIL("%s: relocation against %s, which is not loaded", path, str + sym[s].st_name);
            }
            uint64_t p = (uint64_t)(uintptr_t)P, g = (uint64_t)(uintptr_t)got;
            uint64_t v;
            int wide = 0;
            switch (type) {
            case R_X86_64_64: v = S + (uint64_t)A, wide = 1; break;
            case R_X86_64_PC64: v = S + (uint64_t)A - p, wide = 1; break;
            case R_X86_64_GOTOFF64: v = S + (uint64_t)A - g, wide = 1; break;
            case R_X86_64_PC32:
            case R_X86_64_PLT32: /* imports through their jump stub */
                if (stub_of[s]) S = (uint64_t)(uintptr_t)(base + stub_off + (size_t)(stub_of[s] - 1) * STUB_SIZE);
                v = S + (uint64_t)A - p;
                break;
            case R_X86_64_GOTPCREL:
            case R_X86_64_GOTPCRELX:
            case R_X86_64_REX_GOTPCRELX: v = (uint64_t)(uintptr_t)&got[got_of[s] - 1] + (uint64_t)A - p; break;
            case R_X86_64_GOTPC32: v = g + (uint64_t)A - p; break;
            case R_X86_64_32S: v = S + (uint64_t)A; break;
            case R_X86_64_32:
                v = S + (uint64_t)A;
                if (v > UINT32_MAX) FAIL("%s: 32-bit relocation out of range", path);
                v = (uint64_t)(int64_t)(int32_t)(uint32_t)v; /* the same 4 bytes */
                break;
            default: FAIL("%s: relocation type %u not handled", path, type);
            }
            if (wide) {
                memcpy(P, &v, 8);
            } else {
                if (!fits32((int64_t)v)) FAIL("%s: relocation (type %u) out of range", path, type);
                put32(P, (int64_t)v);
            }
        }
    }
    size_t code_end = data_off;
    if (code_end && mprotect(base, code_end, PROT_READ | PROT_EXEC) != 0) FAIL("cannot make compiled code executable");

    /* the global symbols it defines, for jit_elf_sym */
    im = calloc(1, sizeof *im);
    if (!im) FAIL("out of memory");
    im->base = base;
    im->size = total;
    im->names = malloc(strsz);
    im->syms = calloc(nsym ? nsym : 1, sizeof(Sym));
    if (!im->names || !im->syms) FAIL("out of memory");
    memcpy(im->names, str, strsz);
    for (uint32_t s = 1; s < nsym; s++) {
        const Elf64_Sym *y = &sym[s];
        int bind = ELF64_ST_BIND(y->st_info);
        if ((bind != STB_GLOBAL && bind != STB_WEAK) || y->st_shndx == SHN_UNDEF || !symaddr[s]) continue;
        im->syms[im->nsyms].name = im->names + y->st_name;
        im->syms[im->nsyms].addr = (void *)(uintptr_t)symaddr[s];
        im->nsyms++;
    }
    goto done;

fail:
    if (im) {
        free(im->names);
        free(im->syms);
        free(im);
        im = NULL;
    }
    if (base != MAP_FAILED) munmap(base, total);
done:
    free(f);
    free(secaddr);
    free(in_text);
    free(symaddr);
    free(got_of);
    free(stub_of);
    return im;
}

void *jit_elf_sym(const jit_Image *im, const char *name) {
    for (uint32_t i = 0; i < im->nsyms; i++)
        if (strcmp(im->syms[i].name, name) == 0) return im->syms[i].addr;
    return NULL;
}

size_t jit_elf_size(const jit_Image *im) { return im->size; }

void jit_elf_free(jit_Image *im) {
    if (!im) return;
    munmap(im->base, im->size);
    free(im->names);
    free(im->syms);
    free(im);
}

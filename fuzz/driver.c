/* driver.c: main() for a harness built without libFuzzer (fuzz/replay.sh): runs
 * LLVMFuzzerTestOneInput on each file named on the command line, OAK_FUZZ_REPEAT times
 * (default 1; some bugs need the process state that earlier runs leave, such as a GC heap
 * that is already at its limit), and prints a line per file. A crash or a sanitizer
 * report ends the process, as under libFuzzer. OAK_FUZZ_GCSTATS=1 collects after each run
 * and prints the GC heap's size and free bytes (memory retained across inputs). */
#include <gc/gc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
    LLVMFuzzerInitialize(&argc, &argv);
    const char *r = getenv("OAK_FUZZ_REPEAT");
    int repeat = r && atoi(r) > 0 ? atoi(r) : 1;
    int gcstats = getenv("OAK_FUZZ_GCSTATS") != NULL;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "%s: cannot open\n", argv[i]);
            return 2;
        }
        size_t cap = 4096, len = 0, n;
        uint8_t *buf = malloc(cap);
        while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0)
            if ((len += n) == cap) buf = realloc(buf, cap *= 2);
        fclose(f);
        if (!buf) {
            fprintf(stderr, "%s: out of memory\n", argv[i]);
            return 2;
        }
        fprintf(stderr, "%s: running (%zu bytes, %d times)\n", argv[i], len, repeat);
        for (int k = 0; k < repeat; k++) {
            LLVMFuzzerTestOneInput(buf, len);
            if (gcstats) {
                GC_gcollect();
                fprintf(stderr, "%s: GC heap %lu KiB, %lu KiB free\n", argv[i],
                        (unsigned long)GC_get_heap_size() >> 10, (unsigned long)GC_get_free_bytes() >> 10);
            }
        }
        fprintf(stderr, "%s: ok\n", argv[i]);
        free(buf);
    }
    return 0;
}

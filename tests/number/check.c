/* check.c: Oak's side of tests/number/compare.sh. Reads the lines of JdkToString from
 * stdin and compares each with vm/number.c:
 *
 *   D <hex bits> <string>          Double.toString of those bits must be <string>
 *   F <hex bits> <string>          Float.toString likewise
 *   H <first> <count> <hash>       FNV-1a 64 of Float.toString (each followed by '\n') of
 *                                  the count bit patterns from first must be <hash>
 *
 * Prints the first differences and a summary line; exit status 1 on any difference. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vm_format_double(double d, char *buf);
void vm_format_float(float f, char *buf);

static uint64_t fnv_str(uint64_t h, const char *s) {
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return (h ^ '\n') * 0x100000001b3ull;
}

int main(void) {
    char line[256], want[128], got[64];
    long long nd = 0, nf = 0, nh = 0, bad = 0;
    while (fgets(line, sizeof line, stdin)) {
        char kind;
        unsigned long long a, b, c;
        if (line[0] == 'H' && sscanf(line, "H %llx %llx %llx", &a, &b, &c) == 3) {
            uint64_t h = 0xcbf29ce484222325ull;
            for (unsigned long long i = a; i < a + b; i++) {
                uint32_t bits = (uint32_t)i;
                float f;
                memcpy(&f, &bits, sizeof f);
                vm_format_float(f, got);
                h = fnv_str(h, got);
            }
            nf += (long long)b;
            nh++;
            if (h != c && bad++ < 20)
                printf("DIFF floats %08llx..%08llx: hash %016" PRIx64 ", the JDK's %016llx\n", a,
                       a + b - 1, h, c);
            continue;
        }
        if (sscanf(line, "%c %llx %127s", &kind, &a, want) != 3) {
            printf("bad input line: %s", line);
            return 2;
        }
        if (kind == 'D') {
            uint64_t bits = a;
            double d;
            memcpy(&d, &bits, sizeof d);
            vm_format_double(d, got);
            nd++;
        } else {
            uint32_t bits = (uint32_t)a;
            float f;
            memcpy(&f, &bits, sizeof f);
            vm_format_float(f, got);
            nf++;
        }
        if (strcmp(got, want) != 0 && bad++ < 20)
            printf("DIFF %s %llx: Oak %s, the JDK %s\n", kind == 'D' ? "double" : "float", a, got,
                   want);
    }
    printf("%lld doubles, %lld floats (%lld hashed blocks): %lld differences\n", nd, nf, nh, bad);
    return bad != 0;
}

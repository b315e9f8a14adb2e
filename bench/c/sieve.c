/* sieve: the C version of bench/programs/Sieve.java (same output). */
#include <stdio.h>
#include <stdlib.h>

static unsigned char *sieve(int n) {
    unsigned char *composite = calloc((size_t)n + 1, 1);
    composite[0] = 1;
    if (n >= 1) composite[1] = 1;
    for (int i = 2; (long)i * i <= n; i++) {
        if (!composite[i]) {
            for (int j = i * i; j <= n; j += i) composite[j] = 1;
        }
    }
    return composite;
}

static int count_odd_sieve(int n) {
    if (n < 2) return 0;
    int m = (n - 1) / 2;
    unsigned char *c = calloc((size_t)m + 1, 1);
    int count = 1;
    for (int k = 1; k <= m; k++) {
        if (!c[k]) {
            count++;
            long p = 2L * k + 1;
            for (long q = p * p; q <= n; q += 2 * p) c[q / 2] = 1;
        }
    }
    free(c);
    return count;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 12000000;
    int count = 0;
    long sum = 0;
    for (int rep = 0; rep < 5; rep++) {
        unsigned char *composite = sieve(n);
        count = 0;
        sum = 0;
        for (int i = 0; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
            }
        }
        free(composite);
    }
    printf("primes up to %d: %d, sum %ld\n", n, count, sum);
    int expected = count_odd_sieve(n);
    if (count != expected) {
        printf("FAIL: expected %d primes\n", expected);
        return 1;
    }
    printf("ok\n");
    return 0;
}

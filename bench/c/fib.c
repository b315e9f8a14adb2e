/* fib: the C version of bench/programs/Fib.java (same output). */
#include <stdio.h>
#include <stdlib.h>

static int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 38;
    int r = fib(n);
    printf("fib(%d) = %d\n", n, r);
    unsigned a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        unsigned t = a + b;
        a = b;
        b = t;
    }
    if (r != (int)a) {
        printf("FAIL: expected %d\n", (int)a);
        return 1;
    }
    printf("ok\n");
    return 0;
}

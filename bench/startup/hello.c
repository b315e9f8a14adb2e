/* The start-up measurement of bench/run: the smallest program, in C. */
#include <stdio.h>

int main(void) {
    printf("Hello, world!\n");
    return 0;
}

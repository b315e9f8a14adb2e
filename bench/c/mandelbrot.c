/* mandelbrot: the C version of bench/programs/Mandelbrot.java (same output). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t hash;
static int count;

static void row(int y, int n, signed char *bits) {
    double ci = 2.0 * y / n - 1.0;
    int bit_num = 0, byte_acc = 0, pos = 0;
    for (int x = 0; x < n; x++) {
        double cr = 2.0 * x / n - 1.5;
        double zr = 0, zi = 0, tr = 0, ti = 0;
        int i = 0;
        while (i < 50 && tr + ti <= 4.0) {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
            i++;
        }
        byte_acc <<= 1;
        if (tr + ti <= 4.0) byte_acc |= 1;
        bit_num++;
        if (bit_num == 8 || x == n - 1) {
            if (bit_num != 8) byte_acc <<= 8 - bit_num;
            bits[pos++] = (signed char)byte_acc;
            byte_acc = 0;
            bit_num = 0;
        }
    }
}

static int in_set(double cr, double ci) {
    double zr = 0, zi = 0;
    for (int i = 0; i < 50; i++) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        if (zr * zr + zi * zi > 4.0) return 0;
    }
    return 1;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1600;
    int nbytes = (n + 7) / 8;
    signed char *bits = calloc(nbytes, 1);
    int good = 1;
    for (int y = 0; y < n; y++) {
        row(y, n, bits);
        for (int i = 0; i < nbytes; i++) {
            int b = bits[i] & 0xff;
            hash = hash * 31 + (uint32_t)b;
            for (int k = 0; k < 8; k++) count += (b >> k) & 1;
        }
        if (y % 16 == 0) {
            for (int x = 0; x < n; x++) {
                int bit = ((bits[x >> 3] >> (7 - (x & 7))) & 1) != 0;
                if (bit != in_set(2.0 * x / n - 1.5, 2.0 * y / n - 1.0)) good = 0;
            }
        }
    }
    printf("mandelbrot %dx%d: %d points in the set, hash %d\n", n, n, count, (int32_t)hash);
    if (!good) {
        printf("FAIL: the bitmap differs from the per-pixel check\n");
        return 1;
    }
    printf("ok\n");
    return 0;
}

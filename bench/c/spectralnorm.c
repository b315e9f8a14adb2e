/* spectralnorm: the C version of bench/programs/SpectralNorm.java (same output). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int i, int j) {
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void multiply_av(int n, const double *v, double *av) {
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
        av[i] = sum;
    }
}

static void multiply_atv(int n, const double *v, double *atv) {
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
        atv[i] = sum;
    }
}

static void multiply_atav(int n, const double *v, double *tmp, double *atav) {
    multiply_av(n, v, tmp);
    multiply_atv(n, tmp, atav);
}

static const char *fixed(char *buf, double x, int decimals) {
    const char *sign = "";
    if (x < 0) {
        sign = "-";
        x = -x;
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) scale *= 10;
    long v = (long)floor(x * scale + 0.5);
    sprintf(buf, "%s%ld.%0*ld", sign, v / scale, decimals, v % scale);
    return buf;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1300;
    double *u = malloc(n * sizeof(double)), *v = malloc(n * sizeof(double)),
           *tmp = malloc(n * sizeof(double));
    char buf[64];
    for (int i = 0; i < n; i++) u[i] = 1;
    for (int i = 0; i < 10; i++) {
        multiply_atav(n, u, tmp, v);
        multiply_atav(n, v, tmp, u);
    }
    double vbv = 0, vv = 0;
    for (int i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double norm = sqrt(vbv / vv);
    printf("%s\n", fixed(buf, norm, 9));
    double err = norm - 1.2742241528;
    if (err < 0) err = -err;
    if (n >= 100 && err > 1e-5) {
        printf("FAIL: not the spectral norm\n");
        return 1;
    }
    printf("ok\n");
    return 0;
}

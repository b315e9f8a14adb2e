/* fannkuchredux: the C version of bench/programs/FannkuchRedux.java (same output). */
#include <stdio.h>
#include <stdlib.h>

static int checksum, max_flips;

static void fannkuch(int n) {
    int *perm = calloc(n, sizeof(int)), *perm1 = calloc(n + 1, sizeof(int)),
        *count = calloc(n, sizeof(int));
    for (int i = 0; i < n; i++) perm1[i] = i;
    int r = n, perm_count = 0;
    checksum = 0;
    max_flips = 0;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0;
        int k;
        while ((k = perm[0]) != 0) {
            int k2 = (k + 1) >> 1;
            for (int i = 0; i < k2; i++) {
                int t = perm[i];
                perm[i] = perm[k - i];
                perm[k - i] = t;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        checksum += perm_count % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) goto done;
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            count[r] = count[r] - 1;
            if (count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
done:
    free(perm);
    free(perm1);
    free(count);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 10;
    fannkuch(n);
    printf("%d\n", checksum);
    printf("Pfannkuchen(%d) = %d\n", n, max_flips);
    static const int sums[] = {228, 1616, 8629, 73196, 556355, 3968050};
    static const int maxs[] = {16, 22, 30, 38, 51, 65};
    if (n >= 7 && n <= 12 && (checksum != sums[n - 7] || max_flips != maxs[n - 7])) {
        printf("FAIL: expected %d and %d\n", sums[n - 7], maxs[n - 7]);
        return 1;
    }
    printf("ok\n");
    return 0;
}

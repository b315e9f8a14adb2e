/* sort: the C version of bench/programs/Sort.java (same output). Items are separately
   allocated structs sorted through an array of pointers, as the Java objects are. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t seed = 2024;

static int next(void) {
    seed = seed * 1664525u + 1013904223u;
    return (int)(seed >> 1);
}

static void insertion_sort(int *a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void swap(int *a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
}

static void quick_sort(int *a, int lo, int hi) {
    while (hi - lo > 16) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap(a, mid, lo);
        if (a[hi] < a[lo]) swap(a, hi, lo);
        if (a[hi] < a[mid]) swap(a, hi, mid);
        int pivot = a[mid];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quick_sort(a, lo, j);
            lo = i;
        } else {
            quick_sort(a, i, hi);
            hi = j;
        }
    }
    insertion_sort(a, lo, hi);
}

static void merge_sort(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 16) {
        insertion_sort(a, lo, hi);
        return;
    }
    int mid = (int)((unsigned)(lo + hi) >> 1);
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid + 1, hi);
    if (a[mid] <= a[mid + 1]) return;
    memcpy(tmp + lo, a + lo, (size_t)(hi - lo + 1) * sizeof(int));
    int i = lo, j = mid + 1, k = lo;
    while (i <= mid && j <= hi) a[k++] = tmp[j] < tmp[i] ? tmp[j++] : tmp[i++];
    while (i <= mid) a[k++] = tmp[i++];
    while (j <= hi) a[k++] = tmp[j++];
}

typedef struct { int key, seq; } Item;

static int compare_to(const Item *a, const Item *o) {
    return a->key < o->key ? -1 : (a->key > o->key ? 1 : 0);
}

static void merge_sort_items(Item **a, Item **tmp, int lo, int hi) {
    if (hi - lo < 12) {
        for (int i = lo + 1; i <= hi; i++) {
            Item *v = a[i];
            int j = i - 1;
            while (j >= lo && compare_to(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return;
    }
    int mid = (int)((unsigned)(lo + hi) >> 1);
    merge_sort_items(a, tmp, lo, mid);
    merge_sort_items(a, tmp, mid + 1, hi);
    if (compare_to(a[mid], a[mid + 1]) <= 0) return;
    memcpy(tmp + lo, a + lo, (size_t)(hi - lo + 1) * sizeof(Item *));
    int i = lo, j = mid + 1, k = lo;
    while (i <= mid && j <= hi) a[k++] = compare_to(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
    while (i <= mid) a[k++] = tmp[i++];
    while (j <= hi) a[k++] = tmp[j++];
}

static int64_t checksum(const int *a, int n) {
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + (uint64_t)(int64_t)a[i];
    return (int64_t)h;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 800000;
    int good = 1;
    int *data = malloc((size_t)n * sizeof(int));
    long sum = 0;
    for (int i = 0; i < n; i++) {
        data[i] = next() % (n * 4 + 1);
        sum += data[i];
    }

    int *q = malloc((size_t)n * sizeof(int));
    memcpy(q, data, (size_t)n * sizeof(int));
    quick_sort(q, 0, n - 1);
    int *m = malloc((size_t)n * sizeof(int));
    memcpy(m, data, (size_t)n * sizeof(int));
    merge_sort(m, malloc((size_t)n * sizeof(int)), 0, n - 1);
    long qsum = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && q[i - 1] > q[i]) good = 0;
        if (q[i] != m[i]) good = 0;
        qsum += q[i];
    }
    if (qsum != sum) good = 0;

    Item **items = malloc((size_t)n * sizeof(Item *));
    for (int i = 0; i < n; i++) {
        items[i] = malloc(sizeof(Item));
        items[i]->key = next() % 1000;
        items[i]->seq = i;
    }
    merge_sort_items(items, malloc((size_t)n * sizeof(Item *)), 0, n - 1);
    uint64_t item_hash = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            Item *p = items[i - 1], *c = items[i];
            if (p->key > c->key || (p->key == c->key && p->seq > c->seq)) good = 0;
        }
        item_hash = item_hash * 31 + (uint64_t)(int64_t)items[i]->seq;
    }

    printf("sorted %d ints: checksum %ld, min %d, max %d\n", n, (long)checksum(q, n), q[0], q[n - 1]);
    printf("sorted %d items: checksum %ld\n", n, (long)(int64_t)item_hash);
    if (!good) {
        printf("FAIL: not sorted\n");
        return 1;
    }
    printf("ok\n");
    return 0;
}

// Sorting algorithms on int arrays: bubble, insertion, selection, merge, quick, heap,
// shell and counting sort, checked against each other on pseudo-random data.
// expect: 264 583 611
// expect: bubble: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: insertion: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: selection: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: merge: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: quick: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: heap: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: shell: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: counting: sorted=true min=0 max=998 sum=-9118877036106098258
// expect: -2,-2,0,5,7,9,
public class SortAlgorithms {
    static long seed = 12345;
    static int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }
    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j + 1 < a.length - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }
    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int k = a[i], j = i - 1;
            while (j >= 0 && a[j] > k) a[j + 1] = a[j--];
            a[j + 1] = k;
        }
    }
    static void selection(int[] a) {
        for (int i = 0; i < a.length; i++) {
            int m = i;
            for (int j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
            int t = a[i]; a[i] = a[m]; a[m] = t;
        }
    }
    static void mergeSort(int[] a, int lo, int hi, int[] tmp) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, lo, mid, tmp);
        mergeSort(a, mid, hi, tmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }
    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }
    static void heap(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) sift(a, i, a.length);
        for (int n = a.length - 1; n > 0; n--) { int t = a[0]; a[0] = a[n]; a[n] = t; sift(a, 0, n); }
    }
    static void shell(int[] a) {
        for (int gap = a.length / 2; gap > 0; gap /= 2)
            for (int i = gap; i < a.length; i++)
                for (int j = i; j >= gap && a[j - gap] > a[j]; j -= gap) { int t = a[j]; a[j] = a[j - gap]; a[j - gap] = t; }
    }
    static int[] counting(int[] a, int max) {
        int[] counts = new int[max];
        for (int v : a) counts[v]++;
        int[] out = new int[a.length];
        int k = 0;
        for (int v = 0; v < max; v++) while (counts[v]-- > 0) out[k++] = v;
        return out;
    }
    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) h = h * 31 + v;
        return h;
    }
    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }
    static int[] copy(int[] a) { int[] c = new int[a.length]; System.arraycopy(a, 0, c, 0, a.length); return c; }
    public static void main(String[] args) {
        int[] data = new int[500];
        for (int i = 0; i < data.length; i++) data[i] = next(1000);
        System.out.println(data[0] + " " + data[1] + " " + data[499]);
        String[] names = {"bubble", "insertion", "selection", "merge", "quick", "heap", "shell", "counting"};
        for (int k = 0; k < names.length; k++) {
            int[] a = copy(data);
            switch (k) {
                case 0: bubble(a); break;
                case 1: insertion(a); break;
                case 2: selection(a); break;
                case 3: mergeSort(a, 0, a.length, new int[a.length]); break;
                case 4: quick(a, 0, a.length - 1); break;
                case 5: heap(a); break;
                case 6: shell(a); break;
                default: a = counting(a, 1000);
            }
            System.out.println(names[k] + ": sorted=" + sorted(a) + " min=" + a[0] + " max=" + a[a.length - 1] + " sum=" + checksum(a));
        }
        int[] small = {5, -2, 9, 0, -2, 7};
        quick(small, 0, small.length - 1);
        StringBuilder sb = new StringBuilder();
        for (int v : small) sb.append(v).append(',');
        System.out.println(sb);
    }
}

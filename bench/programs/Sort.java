// sort: sorting written here: quicksort (median of three, insertion sort for short
// ranges) and merge sort on int[], and a stable merge sort on objects ordered by their
// compareTo (Comparable<Item>). Each result is checked (sorted, a permutation, stable).
// Measures array access, recursion, interface calls. Size: elements (default 800000).
public class Sort {
    static int seed = 2024;

    static int next() {
        seed = seed * 1664525 + 1013904223;
        return seed >>> 1;
    }

    static void insertionSort(int[] a, int lo, int hi) {
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

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void quickSort(int[] a, int lo, int hi) {
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
            // recurse into the smaller part, loop on the larger
            if (j - lo < hi - i) {
                quickSort(a, lo, j);
                lo = i;
            } else {
                quickSort(a, i, hi);
                hi = j;
            }
        }
        insertionSort(a, lo, hi);
    }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 16) {
            insertionSort(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid + 1, hi);
        if (a[mid] <= a[mid + 1]) return;
        System.arraycopy(a, lo, tmp, lo, hi - lo + 1);
        int i = lo, j = mid + 1, k = lo;
        while (i <= mid && j <= hi) a[k++] = tmp[j] < tmp[i] ? tmp[j++] : tmp[i++];
        while (i <= mid) a[k++] = tmp[i++];
        while (j <= hi) a[k++] = tmp[j++];
    }

    static final class Item implements Comparable<Item> {
        final int key, seq;

        Item(int key, int seq) {
            this.key = key;
            this.seq = seq;
        }

        public int compareTo(Item o) {
            return key < o.key ? -1 : (key > o.key ? 1 : 0);
        }
    }

    static void mergeSort(Item[] a, Item[] tmp, int lo, int hi) {
        if (hi - lo < 12) {
            for (int i = lo + 1; i <= hi; i++) {
                Item v = a[i];
                int j = i - 1;
                while (j >= lo && a[j].compareTo(v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid + 1, hi);
        if (a[mid].compareTo(a[mid + 1]) <= 0) return;
        System.arraycopy(a, lo, tmp, lo, hi - lo + 1);
        int i = lo, j = mid + 1, k = lo;
        while (i <= mid && j <= hi) a[k++] = tmp[j].compareTo(tmp[i]) < 0 ? tmp[j++] : tmp[i++];
        while (i <= mid) a[k++] = tmp[i++];
        while (j <= hi) a[k++] = tmp[j++];
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int i = 0; i < a.length; i++) h = h * 31 + a[i];
        return h;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 800000;
        boolean good = true;
        int[] data = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            data[i] = next() % (n * 4 + 1);
            sum += data[i];
        }

        int[] q = new int[n];
        System.arraycopy(data, 0, q, 0, n);
        quickSort(q, 0, n - 1);
        int[] m = new int[n];
        System.arraycopy(data, 0, m, 0, n);
        mergeSort(m, new int[n], 0, n - 1);
        long qsum = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && q[i - 1] > q[i]) good = false;
            if (q[i] != m[i]) good = false;
            qsum += q[i];
        }
        if (qsum != sum) good = false;

        // objects: few distinct keys, so stability matters
        Item[] items = new Item[n];
        for (int i = 0; i < n; i++) items[i] = new Item(next() % 1000, i);
        mergeSort(items, new Item[n], 0, n - 1);
        long itemHash = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                Item p = items[i - 1], c = items[i];
                if (p.key > c.key || (p.key == c.key && p.seq > c.seq)) good = false;
            }
            itemHash = itemHash * 31 + items[i].seq;
        }

        System.out.println("sorted " + n + " ints: checksum " + checksum(q) + ", min " + q[0] + ", max " + q[n - 1]);
        System.out.println("sorted " + n + " items: checksum " + itemHash);
        if (!good) {
            System.out.println("FAIL: not sorted");
            System.exit(1);
        }
        System.out.println("ok");
    }
}

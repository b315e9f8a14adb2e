// Binary search variants on sorted int arrays: exact match, lower and upper bounds,
// insertion points like Arrays.binarySearch (-(ins)-1), search over a monotone function,
// integer square root with longs, and the (lo + hi) >>> 1 overflow-safe midpoint.
// expect: 0: search -1, lower 0, upper 0, count 0
// expect: 1: search found, lower 0, upper 1, count 1
// expect: 3: search found, lower 1, upper 4, count 3
// expect: 4: search -5, lower 4, upper 4, count 0
// expect: 11: search found, lower 6, upper 8, count 2
// expect: 20: search found, lower 8, upper 9, count 1
// expect: 21: search -10, lower 9, upper 9, count 0
// expect: 0 3 4 2147483648 3037000499
// expect: -397483648 1750000000
// expect: found 14286
public class BinarySearch {
    static int search(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }
    static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; }
        return lo;
    }
    static int upperBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (a[mid] <= key) lo = mid + 1; else hi = mid; }
        return lo;
    }
    static long isqrt(long n) {
        long lo = 0, hi = 3037000499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
    public static void main(String[] args) {
        int[] a = {1, 3, 3, 3, 7, 9, 11, 11, 20};
        int[] keys = {0, 1, 3, 4, 11, 20, 21};
        for (int k : keys)
            System.out.println(k + ": search " + (search(a, k) >= 0 ? "found" : "" + search(a, k)) + ", lower " + lowerBound(a, k) + ", upper " + upperBound(a, k) + ", count " + (upperBound(a, k) - lowerBound(a, k)));
        System.out.println(isqrt(0) + " " + isqrt(15) + " " + isqrt(16) + " " + isqrt(1L << 62) + " " + isqrt(9223372036854775807L));
        int big = 2_000_000_000, other = 1_500_000_000;
        System.out.println((big + other) / 2 + " " + ((big + other) >>> 1));
        int[] huge = new int[100000];
        for (int i = 0; i < huge.length; i++) huge[i] = i * 3;
        int found = 0;
        for (int k = 0; k < 300000; k += 7) if (search(huge, k) >= 0) found++;
        System.out.println("found " + found);
    }
}

// fannkuchredux: the Computer Language Benchmarks Game's fannkuch-redux: for every
// permutation of 1..n, count the prefix reversals until 1 is first; print the checksum
// and the maximum. Measures int[] shuffling and short loops. Size: n (default 10).
public class FannkuchRedux {
    static int checksum, maxFlips;

    static void fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int r = n, permCount = 0;
        checksum = 0;
        maxFlips = 0;
        while (true) {
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
            if (flips > maxFlips) maxFlips = flips;
            checksum += permCount % 2 == 0 ? flips : -flips;
            // the next permutation
            while (true) {
                if (r == n) return;
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = perm0;
                count[r] = count[r] - 1;
                if (count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        fannkuch(n);
        System.out.println(checksum);
        System.out.println("Pfannkuchen(" + n + ") = " + maxFlips);
        // the published results for n = 7..12
        int[] sums = {228, 1616, 8629, 73196, 556355, 3968050};
        int[] maxs = {16, 22, 30, 38, 51, 65};
        if (n >= 7 && n <= 12 && (checksum != sums[n - 7] || maxFlips != maxs[n - 7])) {
            System.out.println("FAIL: expected " + sums[n - 7] + " and " + maxs[n - 7]);
            System.exit(1);
        }
        System.out.println("ok");
    }
}

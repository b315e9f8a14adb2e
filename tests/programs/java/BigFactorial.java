// Arbitrary-precision arithmetic on int arrays in base 10000: factorials, powers of two,
// Fibonacci numbers with hundreds of digits, digit sums.
// expect: 30! = 265252859812191058636308480000000
// expect: 100! has 158 digits, digit sum 648
// expect: 93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000
// expect: 2^128 = 340282366920938463463374607431768211456
// expect: fib(300) = 222232244629420445529739893461909967206666939096499764990979600
public class BigFactorial {
    static final int BASE = 10000;
    static int[] mul(int[] a, int m) {
        int[] r = new int[a.length + 3];
        long carry = 0;
        for (int i = 0; i < r.length; i++) {
            long cur = carry + (i < a.length ? (long) a[i] * m : 0);
            r[i] = (int) (cur % BASE);
            carry = cur / BASE;
        }
        return trim(r);
    }
    static int[] add(int[] a, int[] b) {
        int n = a.length > b.length ? a.length : b.length;
        int[] r = new int[n + 1];
        int carry = 0;
        for (int i = 0; i <= n; i++) {
            int s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
            r[i] = s % BASE;
            carry = s / BASE;
        }
        return trim(r);
    }
    static int[] trim(int[] a) {
        int n = a.length;
        while (n > 1 && a[n - 1] == 0) n--;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a[a.length - 1]);
        for (int i = a.length - 2; i >= 0; i--) {
            int v = a[i];
            if (v < 1000) sb.append('0');
            if (v < 100) sb.append('0');
            if (v < 10) sb.append('0');
            sb.append(v);
        }
        return sb.toString();
    }
    static int digitSum(String s) {
        int t = 0;
        for (int i = 0; i < s.length(); i++) t += s.charAt(i) - '0';
        return t;
    }
    public static void main(String[] args) {
        int[] f = {1};
        for (int i = 2; i <= 30; i++) f = mul(f, i);
        System.out.println("30! = " + str(f));
        for (int i = 31; i <= 100; i++) f = mul(f, i);
        String s = str(f);
        System.out.println("100! has " + s.length() + " digits, digit sum " + digitSum(s));
        System.out.println(s);
        int[] p = {1};
        for (int i = 0; i < 128; i++) p = mul(p, 2);
        System.out.println("2^128 = " + str(p));
        int[] a = {0}, b = {1};
        for (int i = 0; i < 300; i++) { int[] t = add(a, b); a = b; b = t; }
        System.out.println("fib(300) = " + str(a));
    }
}

// Assignments are expressions: chained assignment, assignment values in conditions and
// arguments, swaps, assignment of narrower types, compound assignments returning values.
// expect: 15
// expect: 7 7
// expect: 1.100000023841858 1.1
// expect: 21 6
// expect: 42 42 42
// expect: 2 1
// expect: 24
// expect: 30 15
// expect: 12 24 4 1 16 8 9
// expect: assigned
// expect: o is assigned
// expect: z
// expect: 10
// expect: flag true
public class AssignmentExprs {
    static int last;
    static int record(int x) { last = x; return x; }
    public static void main(String[] args) {
        int a, b, c;
        a = b = c = 5;
        System.out.println(a + b + c);
        long l;
        int i;
        l = i = 7;
        System.out.println(l + " " + i);
        double d;
        float f;
        d = f = 1.1f;
        System.out.println(d + " " + f);
        int n = 0, count = 0;
        while ((n = n + 3) < 20) count++;
        System.out.println(n + " " + count);
        System.out.println(record(a = 42) + " " + last + " " + a);
        int x = 1, y = 2;
        x = y + (y = x) * 0;
        System.out.println(x + " " + y);
        int[] arr = new int[3];
        arr[0] = arr[1] = arr[2] = 8;
        System.out.println(arr[0] + arr[1] + arr[2]);
        int k = 10;
        int got = (k += 5) * 2;
        System.out.println(got + " " + k);
        System.out.println((k -= 3) + " " + (k *= 2) + " " + (k /= 5) + " " + (k %= 3) + " " + (k <<= 4) + " " + (k >>= 1) + " " + (k ^= 1));
        String s;
        System.out.println(s = "assigned");
        Object o;
        if ((o = s) != null) System.out.println("o is " + o);
        char ch;
        System.out.println(ch = 'z');
        byte bt;
        System.out.println(bt = 10);
        boolean flag;
        if (flag = a > 40) System.out.println("flag " + flag);
    }
}

// ++ and -- on every primitive type, on Integer, on static and instance fields and on
// array elements, prefix and postfix values.
// expect: -128
// expect: 32767
// expect: b
// expect: 0
// expect: 65535
// expect: -2147483648
// expect: 9223372036854775807
// expect: 2.5
// expect: -1.5
// expect: 1.6777216E7
// expect: 5
// expect: 6
// expect: 7
// expect: 7
// expect: 5
// expect: 11 7
// expect: 2 5
// expect: 5 6 7 6
// expect: 102
// expect: 101
// expect: y
// expect: z
// expect: 1.5
// expect: 11 21 29 2
// expect: z
// expect: 83
// expect: 128
// expect: 129 129
// expect: 127
// expect: 0
// expect: 3
public class IncDec {
    static int si = 5;
    long fl = 100;
    char fc = 'x';
    static double sd = 0.5;
    public static void main(String[] args) {
        byte b = 127; b++; System.out.println(b);
        short s = -32768; s--; System.out.println(s);
        char c = 'a'; c++; System.out.println(c);
        char cmax = '\uffff'; cmax++; System.out.println((int) cmax);
        char c0 = 0; c0--; System.out.println((int) c0);
        int i = 2147483647; i++; System.out.println(i);
        long l = -9223372036854775808L; l--; System.out.println(l);
        float f = 1.5f; f++; System.out.println(f);
        double d = -0.5; d--; System.out.println(d);
        float big = 16777216f; big++; System.out.println(big);
        int x = 5;
        System.out.println(x++);
        System.out.println(x);
        System.out.println(++x);
        System.out.println(x--);
        System.out.println(--x);
        int y = x++ + x++;
        System.out.println(y + " " + x);
        y = x-- - --x;
        System.out.println(y + " " + x);
        System.out.println(si++ + " " + si + " " + ++si + " " + --si);
        IncDec o = new IncDec();
        o.fl++;
        ++o.fl;
        System.out.println(o.fl--);
        System.out.println(o.fl);
        o.fc++;
        System.out.println(o.fc);
        System.out.println(++o.fc);
        sd++;
        System.out.println(sd);
        int[] a = {10, 20, 30};
        int k = 0;
        a[k++]++;
        ++a[k];
        a[++k]--;
        System.out.println(a[0] + " " + a[1] + " " + a[2] + " " + k);
        char[] cs = {'y'};
        cs[0]++;
        System.out.println(cs[0]);
        long[] ls = {Long0()};
        System.out.println(ls[0]++ + ls[0]);
        Integer boxed = 127;
        boxed++;
        System.out.println(boxed);
        Integer pre = ++boxed;
        System.out.println(pre + " " + boxed);
        byte[] bs = {-128};
        bs[0]--;
        System.out.println(bs[0]);
        i = 0;
        i = i++;
        System.out.println(i);
        i = i++ + i++ * ++i;
        System.out.println(i);
    }
    static long Long0() { return 41L; }
}

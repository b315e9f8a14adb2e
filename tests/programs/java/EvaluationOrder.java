// Evaluation order: operands left to right, arguments left to right, array reference and
// index before the right-hand side, compound assignment saves the left value first,
// the receiver before arguments, exceptions cut evaluation short.
// expect: a+b*c = 7: a b c |
// expect: call = 123: recv x y z |
// expect: store 9: array index rhs |
// expect: i = 1
// expect: j = 13
// expect: k = 16
// expect: 2 30 2
// expect: 22 1
// expect: null array store: idx-before-npe rhs-before-npe |
// expect: bad index store: bad-index rhs-evaluated |
// expect: division: left zero |
// expect: short circuit true: p s |
// expect: ternary 2: cond then |
// expect: field 17
// expect: sst
// expect: x = 10: shift |
public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();
    static int v(String tag, int value) { log.append(tag).append(' '); return value; }
    static int[] arr(String tag, int[] a) { log.append(tag).append(' '); return a; }
    static EvaluationOrder obj(String tag) { log.append(tag).append(' '); return new EvaluationOrder(); }
    int field;
    int m(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static void flush(String what) { System.out.println(what + ": " + log.append('|')); log = new StringBuilder(); }
    public static void main(String[] args) {
        int r = v("a", 1) + v("b", 2) * v("c", 3);
        flush("a+b*c = " + r);
        r = obj("recv").m(v("x", 1), v("y", 2), v("z", 3));
        flush("call = " + r);
        int[] data = {0, 0, 0};
        arr("array", data)[v("index", 1)] = v("rhs", 9);
        flush("store " + data[1]);
        int i = 0;
        i = i++ + i++;
        System.out.println("i = " + i);
        int j = 1;
        j += j++ * 10 + j;
        System.out.println("j = " + j);
        int k = 5;
        k = k++ * 2 + k;
        System.out.println("k = " + k);
        int[] a = {10, 20, 30};
        int idx = 0;
        a[idx] = idx = 2;
        System.out.println(a[0] + " " + a[2] + " " + idx);
        idx = 0;
        a[idx++] += a[idx];
        System.out.println(a[0] + " " + idx);
        try {
            int[] none = null;
            none[v("idx-before-npe", 0)] = v("rhs-before-npe", 1);
        } catch (NullPointerException e) {
            flush("null array store");
        }
        try {
            int[] small = new int[1];
            small[v("bad-index", 5)] = v("rhs-evaluated", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            flush("bad index store");
        }
        try {
            r = v("left", 1) / v("zero", 0) + v("never", 2);
        } catch (ArithmeticException e) {
            flush("division");
        }
        boolean b = v("p", 0) > 0 && v("q", 1) > 0 || v("s", 1) > 0;
        flush("short circuit " + b);
        int t = v("cond", 1) > 0 ? v("then", 2) : v("else", 3);
        flush("ternary " + t);
        EvaluationOrder o = new EvaluationOrder();
        o.field = 5;
        o.field += o.field++ + ++o.field;
        System.out.println("field " + o.field);
        String s = "s";
        s += s += "t";
        System.out.println(s);
        long x = 1;
        x = x++ << v("shift", 3) | x;
        flush("x = " + x);
    }
}

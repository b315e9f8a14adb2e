// String concatenation: left-to-right typing, chars, nulls, numbers, mixed operands.
// expect: c1.5nullx12
// expect: 3x
// expect: x12
// expect: x3
// expect: 100
// expect: 199
// expect: cd
// expect: c1
// expect: 195c
// expect: cab
// expect: null!
// expect: !null
// expect: null?null
// expect: nullnull
// expect: 3L34
// expect: 1.0f2.0
// expect: truefalse
// expect: -0.0 NaN
// expect: big -9223372036854775808 1.0E21 1.0E-7
// expect: startstart10
// expect: 43210a01234
// expect: arr[0]=3, len=1
// expect: nested (2)!
// expect: builder: sb
// expect: boxed 991
// expect: 100 unboxed
// expect: b-3s300
// expect: Hi
// expect: hi
// expect: |
public class StringConcat {
    public static void main(String[] args) {
        char c = 'c';
        String n = null;
        Object o = null;
        System.out.println("" + c + 1.5 + null + 'x' + 1 + 2);
        System.out.println(1 + 2 + "x");
        System.out.println("x" + 1 + 2);
        System.out.println("x" + (1 + 2));
        System.out.println(c + 1);
        System.out.println(c + 'd');
        System.out.println("" + c + 'd');
        System.out.println(c + "" + 1);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println(n + "!");
        System.out.println("!" + n);
        System.out.println(o + "?" + o);
        System.out.println(n + n);
        System.out.println(1 + 2L + "L" + 3L + 4);
        System.out.println(1.0f + "f" + 2.0);
        System.out.println(true + "" + false);
        System.out.println("" + -0.0 + " " + (0.0 / 0));
        System.out.println("big " + Long0() + " " + 1e21 + " " + 1e-7);
        String s = "start";
        s = s + s;
        s += s.length();
        System.out.println(s);
        String t = "a";
        for (int i = 0; i < 5; i++) t = i + t + i;
        System.out.println(t);
        int[] arr = {3};
        System.out.println("arr[0]=" + arr[0] + ", len=" + arr.length);
        System.out.println("nested " + ("(" + (1 + 1) + ")") + '!');
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder: " + sb);
        Integer boxed = 99;
        System.out.println("boxed " + boxed + 1);
        System.out.println(boxed + 1 + " unboxed");
        byte bt = -3;
        short sh = 300;
        System.out.println("b" + bt + "s" + sh);
        System.out.println("" + (char) 72 + (char) 105);
        char[] chars = {'h', 'i'};
        System.out.println(chars);
        String e = "";
        System.out.println(e + e + e + "|");
    }
    static long Long0() { return -9223372036854775808L; }
}

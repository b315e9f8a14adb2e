// String concatenation subtleties: s += a + b adds a + b first, char + char is int,
// compound concatenation on array elements and fields, concatenation inside
// conditions, the empty string with numbers.
// expect: s3
// expect: s3195
// expect: s3195ab
// expect: xnull null5
// expect: ff!
// expect: 198cc
// expect: cc198
// expect: i=5, then 6, sum 12
// expect: 98b1a
// expect: 3
// expect: 3.5|30.5
// expect: neg -1 1 0
// expect: objnulltruex12.53.25
// expect: equal
// expect: nullnull 8
public class ConcatSubtle {
    String field = "f";
    public static void main(String[] args) {
        String s = "s";
        s += 1 + 2;
        System.out.println(s);
        s += 'a' + 'b';
        System.out.println(s);
        s += "" + 'a' + 'b';
        System.out.println(s);
        String[] arr = {"x", null};
        arr[0] += arr[1];
        arr[1] += 5;
        System.out.println(arr[0] + " " + arr[1]);
        ConcatSubtle o = new ConcatSubtle();
        o.field += o.field += "!";
        System.out.println(o.field);
        char c = 'c';
        System.out.println(c + c + "" + c + c);
        System.out.println("" + c + c + (c + c));
        int i = 5;
        System.out.println("i=" + i++ + ", then " + i + ", sum " + (i + i));
        System.out.println(1 + 'a' + "b" + 1 + 'a');
        System.out.println(("a" + "b").length() + "c".length());
        long l = 3;
        float f = 0.5f;
        System.out.println(l + f + "|" + l + f);
        System.out.println("neg " + -1 + " " + - -1 + " " + (-1 - -1));
        Object o2 = "obj";
        System.out.println(o2 + "" + null + true + 'x' + 1L + 2.5f + 3.25);
        if (("a" + 1).equals("a1")) System.out.println("equal");
        String t = null;
        t = t + null;
        System.out.println(t + " " + t.length());
    }
}

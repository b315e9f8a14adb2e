// == on references: identity, string literals are interned (also across classes),
// computed strings are not, intern() makes them identical; equals compares contents.
// expect: true
// expect: true
// expect: false
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
// expect: false
// expect: false
// expect: false
// expect: true
// expect: true
class Elsewhere {
    static String lit() { return "hello"; }
}
public class ReferenceEquality {
    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = "hel" + "lo";
        String d = new StringBuilder("hel").append("lo").toString();
        String part = "hel";
        String e = part + "lo";
        System.out.println(a == b);
        System.out.println(a == c);
        System.out.println(a == d);
        System.out.println(a == e);
        System.out.println(a.equals(d) && a.equals(e));
        System.out.println(a == d.intern());
        System.out.println(a == Elsewhere.lit());
        System.out.println(e.intern() == e.intern());
        Object o1 = new Object(), o2 = new Object(), o3 = o1;
        System.out.println(o1 == o2);
        System.out.println(o1 == o3);
        System.out.println(o1 != o2);
        Object s = a;
        System.out.println(s == a);
        String empty1 = "", empty2 = "".concat("");
        System.out.println(empty1.equals(empty2));
        System.out.println("x".concat("y") == "xy");
        System.out.println(String.valueOf(1) == String.valueOf(1));
        int[] arr1 = {1}, arr2 = {1};
        System.out.println(arr1 == arr2);
        Object nul = null;
        System.out.println(nul == null);
        String sn = null;
        System.out.println(sn == nul);
    }
}

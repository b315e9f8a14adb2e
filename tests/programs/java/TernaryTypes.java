// The type of ?: : int/char constants, char vs int variables, Integer vs int, null, long.
// expect: char:a
// expect: int:97
// expect: int:97
// expect: char:C
// expect: int:67
// expect: long:1
// expect: double:1.0
// expect: int:7
// expect: Integer:7
// expect: Integer:7
// expect: Integer:null
// expect: Object:s
// expect: int:122
// expect: int:1
// expect: int:1
// expect: int:5
// expect: x
// expect: 120
// expect: 2.0
// expect: 1
// expect: true
// expect: 1000
// expect: 2
// expect: unboxing null in ?: throws NPE
// expect: null
// expect: 66
// expect: null
// expect: A1
public class TernaryTypes {
    static String t(int x) { return "int:" + x; }
    static String t(char x) { return "char:" + x; }
    static String t(long x) { return "long:" + x; }
    static String t(double x) { return "double:" + x; }
    static String t(Object x) { return "Object:" + x; }
    static String t(Integer x) { return "Integer:" + x; }
    public static void main(String[] args) {
        boolean yes = args.length == 0;
        int i = 66;
        char c = 'C';
        Integer boxed = 7;
        Integer nul = null;
        System.out.println(t(yes ? 'a' : 0));
        System.out.println(t(yes ? 'a' : 65536));
        System.out.println(t(yes ? 'a' : i));
        System.out.println(t(yes ? c : 'x'));
        System.out.println(t(!yes ? i : c));
        System.out.println(t(yes ? 1 : 2L));
        System.out.println(t(yes ? 1 : 2.0));
        System.out.println(t(yes ? boxed : 0));
        System.out.println(t(yes ? boxed : boxed));
        System.out.println(t(yes ? boxed : null));
        System.out.println(t(yes ? null : boxed));
        System.out.println(t(yes ? "s" : boxed));
        System.out.println(t(yes ? 'z' : boxed));
        System.out.println(t(yes ? (byte) 1 : 'b'));
        System.out.println(t(yes ? (short) 1 : 'b'));
        System.out.println(t(yes ? (byte) 5 : 100));
        System.out.println(yes ? 'x' : 0);
        System.out.println(yes ? 'x' : i);
        System.out.println(!yes ? 1.0f : 2);
        Object o = yes ? 1 : "one";
        System.out.println(o);
        System.out.println(o instanceof Integer);
        Object o2 = yes ? (Integer) 1000 : (Object) "x";
        System.out.println(o2);
        int nested = i > 100 ? 1 : i > 50 ? 2 : i > 10 ? 3 : 4;
        System.out.println(nested);
        try {
            int bad = yes ? nul : 0;
            System.out.println("no " + bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null in ?: throws NPE");
        }
        Integer keep = yes ? nul : boxed;
        System.out.println(keep);
        long lv = yes ? i : 5L;
        System.out.println(lv);
        String s = yes ? null : "x";
        System.out.println(s);
        System.out.println((yes ? "A" : "B") + (yes ? 1 : 0));
    }
}

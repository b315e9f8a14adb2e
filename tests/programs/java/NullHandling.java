// null: default for references, null in concatenation and println, instanceof null,
// calling methods on null throws NPE, null passed where overloads differ.
// expect: null
// expect: null
// expect: f=null
// expect: false
// expect: String
// expect: Object
// expect: nothing
// expect: x
// expect: NPE on method call
// expect: NPE on toString
// expect: NPE on length
// expect: NPE on array store
// expect: NPE on throw null
// expect: false
// expect: true
// expect: null!
// expect: nullnull8
public class NullHandling {
    static String f;
    static Object fo;
    static String which(Object o) { return "Object"; }
    static String which(String s) { return "String"; }
    static String describe(Object o) { return o == null ? "nothing" : o.toString(); }
    public static void main(String[] args) {
        System.out.println(f);
        System.out.println(fo);
        System.out.println("f=" + f);
        System.out.println(f instanceof String);
        System.out.println(which(null));
        System.out.println(which((Object) null));
        System.out.println(describe(null));
        System.out.println(describe("x"));
        String s = null;
        try {
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("NPE on method call");
        }
        try {
            NullHandling n = null;
            n.toString();
        } catch (NullPointerException e) {
            System.out.println("NPE on toString");
        }
        try {
            int[] arr = null;
            System.out.println(arr.length);
        } catch (NullPointerException e) {
            System.out.println("NPE on length");
        }
        try {
            int[] arr = null;
            arr[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("NPE on array store");
        }
        try {
            RuntimeException re = null;
            throw re;
        } catch (NullPointerException e) {
            System.out.println("NPE on throw null");
        }
        System.out.println("a".equals(null));
        Object[] arr = new Object[2];
        System.out.println(arr[0] == arr[1]);
        String t = null;
        t += "!";
        System.out.println(t);
        StringBuilder sb = new StringBuilder();
        sb.append((String) null).append((Object) null);
        System.out.println(sb.toString() + sb.length());
    }
}

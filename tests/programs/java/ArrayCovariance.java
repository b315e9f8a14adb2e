// Array covariance: a String[] is an Object[]; storing a wrong type throws
// ArrayStoreException; instanceof and casts on arrays.
// expect: fine
// expect: ArrayStoreException: java.lang.Integer
// expect: ASE Base
// expect: true
// expect: true
// expect: true
// expect: true
// expect: fine
// expect: CCE on array cast
// expect: ASE nested [Ljava.lang.Integer;
// expect: ASE in fill java.lang.String
// expect: anything
// expect: true
class Base {}
class Derived extends Base {}
public class ArrayCovariance {
    static void fill(Object[] arr, Object v) {
        for (int i = 0; i < arr.length; i++) arr[i] = v;
    }
    public static void main(String[] args) {
        String[] strs = new String[2];
        Object[] objs = strs;
        objs[0] = "fine";
        System.out.println(strs[0]);
        try {
            objs[1] = 1;
            System.out.println("not reached");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Base[] bases = new Derived[3];
        try {
            bases[0] = new Base();
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        bases[1] = new Derived();
        bases[2] = null;
        System.out.println(bases[1] instanceof Derived);
        System.out.println(bases instanceof Derived[]);
        System.out.println(objs instanceof String[]);
        Object o = strs;
        System.out.println(o instanceof Object[]);
        String[] back = (String[]) objs;
        System.out.println(back[0]);
        try {
            Integer[] wrong = (Integer[]) objs;
            System.out.println(wrong.length);
        } catch (ClassCastException e) {
            System.out.println("CCE on array cast");
        }
        Object[][] nested = new String[2][2];
        try {
            nested[0] = new Integer[1];
        } catch (ArrayStoreException e) {
            System.out.println("ASE nested " + e.getMessage());
        }
        try {
            fill(new Integer[2], "s");
        } catch (ArrayStoreException e) {
            System.out.println("ASE in fill " + e.getMessage());
        }
        Object[] real = new Object[2];
        fill(real, "anything");
        System.out.println(real[1]);
        Comparable[] comps = new String[]{"b", "a"};
        System.out.println(comps[0].compareTo(comps[1]) > 0);
    }
}

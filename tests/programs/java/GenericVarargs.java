// Generic varargs: the array created at the call site has the inferred element type,
// so it can be returned as T[] and used as String[]; mixed arguments infer a common
// supertype.
// expect: 3 c [Ljava.lang.String;
// expect: 3 [Ljava.lang.Integer;
// expect: 2 1
// expect: 0 1 3
// expect: it really is a String[]
@SuppressWarnings("unchecked")
public class GenericVarargs {
    @SafeVarargs
    static <T> T[] arrayOf(T... xs) { return xs; }
    @SafeVarargs
    static <T> int count(T... xs) { return xs.length; }
    public static void main(String[] args) {
        String[] s = arrayOf("a", "b", "c");
        System.out.println(s.length + " " + s[2] + " " + s.getClass().getName());
        Integer[] is = arrayOf(1, 2);
        System.out.println(is[0] + is[1] + " " + is.getClass().getName());
        Object[] mixed = arrayOf("x", 1);
        System.out.println(mixed.length + " " + mixed[1]);
        System.out.println(count() + " " + count("a") + " " + count(1, 2, 3));
        Object[] objs = s;
        try {
            objs[0] = 5;
        } catch (ArrayStoreException e) {
            System.out.println("it really is a String[]");
        }
    }
}

// Generics by erasure: the compiler inserts casts where a generic value is used as its
// type argument, so heap pollution through raw types fails at the use site, not at the
// insertion; a value used only as Object is not cast (javac inserts no cast there).
// expect: polluted without error
// expect: 4
// expect: as Object: 42
// expect: CCE at the use site
// expect: CCE on method call
class Holder<T> {
    private Object[] items = new Object[4];
    private int n;
    void add(T t) { items[n++] = t; }
    @SuppressWarnings("unchecked") T get(int i) { return (T) items[i]; }
}
public class HeapPollution {
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void pollute(Holder h) { h.add(Integer.valueOf(42)); }
    public static void main(String[] args) {
        Holder<String> h = new Holder<>();
        h.add("fine");
        pollute(h);
        System.out.println("polluted without error");
        System.out.println(h.get(0).length());
        Object o = h.get(1);
        System.out.println("as Object: " + o);
        try {
            String s = h.get(1);
            System.out.println("not reached " + s);
        } catch (ClassCastException e) {
            System.out.println("CCE at the use site");
        }
        try {
            int len = h.get(1).length();
            System.out.println("not reached " + len);
        } catch (ClassCastException e) {
            System.out.println("CCE on method call");
        }
    }
}

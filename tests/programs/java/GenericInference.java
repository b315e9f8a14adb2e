// Type inference for generic methods: from arguments, from the assignment target, from
// return statements and method arguments, with explicit type witnesses, and wildcard
// instanceof/casts on generic types.
// expect: null null
// expect: Box(null) Box(null) 4 -1
// expect: fallback 3
// expect: <k,Box(5)> 6
// expect: Double0
// expect: true
// expect: kcd
// expect: a box of x
// expect: 1
class Box<T> {
    final T v;
    Box(T v) { this.v = v; }
    static <T> Box<T> of(T v) { return new Box<>(v); }
    static <T> Box<T> empty() { return new Box<>(null); }
    <R> Box<R> with(R r) { return new Box<>(r); }
    public String toString() { return "Box(" + v + ")"; }
}
class Pair<A, B> {
    final A a; final B b;
    Pair(A a, B b) { this.a = a; this.b = b; }
    static <A, B> Pair<A, B> of(A a, B b) { return new Pair<>(a, b); }
    public String toString() { return "<" + a + "," + b + ">"; }
}
public class GenericInference {
    static <T> T nil() { return null; }
    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }
    static Box<String> makeStringBox() { return Box.empty(); }
    static int length(Box<String> b) { return b.v == null ? -1 : b.v.length(); }
    static <T extends Comparable<T>> T clamp(T v, T lo, T hi) { return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v; }
    public static void main(String[] args) {
        String s = nil();
        Integer i = nil();
        System.out.println(s + " " + i);
        Box<String> e = Box.empty();
        System.out.println(e + " " + makeStringBox() + " " + length(Box.of("four")) + " " + length(Box.empty()));
        System.out.println(firstNonNull(null, "fallback") + " " + firstNonNull(3, 4));
        Pair<String, Box<Integer>> p = Pair.of("k", Box.of(5));
        int unboxed = p.b.v + 1;
        System.out.println(p + " " + unboxed);
        Box<Double0> w = Box.of(1).with(new Double0());
        System.out.println(w.v.name());
        System.out.println(Box.<String>empty().v == null);
        System.out.println(clamp("m", "c", "k") + clamp("a", "c", "k") + clamp("d", "c", "k"));
        Object o = Box.of("x");
        if (o instanceof Box<?>) {
            Box<?> any = (Box<?>) o;
            System.out.println("a box of " + any.v);
        }
        @SuppressWarnings("unchecked") Box<String> back = (Box<String>) o;
        System.out.println(back.v.length());
    }
}
class Double0 { String name() { return "Double0"; } }

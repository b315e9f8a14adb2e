// Generic classes: Box<T>, Pair<A, B>, generic fields and methods, raw-free use with
// Integer and String, nested generic types, diamond.
// expect: hello 42
// expect: 43
// expect: 5
// expect: 625
// expect: (one, 1) (1, one)
// expect: 14
// expect: 42
// expect: true false
// expect: 3
class Box<T> {
    private T value;
    Box(T value) { this.value = value; }
    T get() { return value; }
    void set(T v) { value = v; }
    boolean isEmpty() { return value == null; }
    <R> Box<R> map(Mapper<T, R> m) { return new Box<>(m.apply(value)); }
}
interface Mapper<A, B> { B apply(A a); }
class Pair<A, B> {
    final A first;
    final B second;
    Pair(A a, B b) { first = a; second = b; }
    Pair<B, A> swap() { return new Pair<>(second, first); }
    public String toString() { return "(" + first + ", " + second + ")"; }
}
class Length implements Mapper<String, Integer> {
    public Integer apply(String s) { return s.length(); }
}
class Square implements Mapper<Integer, Integer> {
    public Integer apply(Integer i) { return i * i; }
}
public class GenericBox {
    public static void main(String[] args) {
        Box<String> bs = new Box<>("hello");
        Box<Integer> bi = new Box<Integer>(42);
        String s = bs.get();
        int i = bi.get();
        System.out.println(s + " " + i);
        bi.set(bi.get() + 1);
        System.out.println(bi.get());
        Box<Integer> len = bs.map(new Length());
        System.out.println(len.get());
        System.out.println(len.map(new Square()).map(new Square()).get());
        Pair<String, Integer> p = new Pair<>("one", 1);
        Pair<Integer, String> q = p.swap();
        System.out.println(p + " " + q);
        int n = q.first + 10;
        System.out.println(n + q.second.length());
        Box<Pair<String, Box<Integer>>> nested = new Box<>(new Pair<>("inner", new Box<>(7)));
        System.out.println(nested.get().second.get() * 6);
        Box<String> empty = new Box<>(null);
        System.out.println(empty.isEmpty() + " " + bs.isEmpty());
        Box<int[]> arrBox = new Box<>(new int[]{1, 2, 3});
        System.out.println(arrBox.get().length);
    }
}

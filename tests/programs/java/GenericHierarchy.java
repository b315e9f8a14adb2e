// Generic class hierarchies: a concrete subclass of a generic class, a generic subclass
// fixing one parameter, generic interfaces implemented twice through inheritance,
// static generic factories, inherited generic methods.
// expect: 55 25
// expect: 5
// expect: x,y,z
// expect: 1->one 3
// expect: ANSWER answer->42 43
// expect: 6
// expect: (1 + (2 + 3)) = 6
abstract class Container<T> {
    protected Object[] items = new Object[8];
    protected int n;
    void add(T t) { items[n++] = t; }
    @SuppressWarnings("unchecked") T get(int i) { return (T) items[i]; }
    abstract T combine(T a, T b);
    T reduce(T start) {
        T acc = start;
        for (int i = 0; i < n; i++) acc = combine(acc, get(i));
        return acc;
    }
}
class IntContainer extends Container<Integer> {
    Integer combine(Integer a, Integer b) { return a + b; }
    int max() { int m = get(0); for (int i = 1; i < n; i++) if (get(i) > m) m = get(i); return m; }
}
class StrContainer extends Container<String> {
    String combine(String a, String b) { return a.isEmpty() ? b : a + "," + b; }
}
class Keyed<K, V> {
    final K key; final V value;
    Keyed(K k, V v) { key = k; value = v; }
    static <K, V> Keyed<K, V> of(K k, V v) { return new Keyed<>(k, v); }
    public String toString() { return key + "->" + value; }
}
class Named<V> extends Keyed<String, V> {
    Named(String name, V v) { super(name, v); }
    String upperKey() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) { char c = key.charAt(i); sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c); }
        return sb.toString();
    }
}
interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); }
abstract class Expr { abstract <R> R accept(Visitor<R> v); }
class NumE extends Expr {
    final int n; NumE(int n) { this.n = n; }
    <R> R accept(Visitor<R> v) { return v.visitNum(n); }
}
class AddE extends Expr {
    final Expr a, b; AddE(Expr a, Expr b) { this.a = a; this.b = b; }
    <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); }
}
class EvalV implements Visitor<Integer> {
    public Integer visitNum(int n) { return n; }
    public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
}
class ShowV implements Visitor<String> {
    public String visitNum(int n) { return "" + n; }
    public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
}
public class GenericHierarchy {
    public static void main(String[] args) {
        IntContainer ic = new IntContainer();
        for (int i = 1; i <= 5; i++) ic.add(i * i);
        System.out.println(ic.reduce(0) + " " + ic.max());
        Container<Integer> asBase = ic;
        System.out.println(asBase.combine(2, 3));
        StrContainer sc = new StrContainer();
        sc.add("x"); sc.add("y"); sc.add("z");
        System.out.println(sc.reduce(""));
        Keyed<Integer, String> k = Keyed.of(1, "one");
        System.out.println(k + " " + Keyed.of("pi", 3).value);
        Named<Integer> named = new Named<>("answer", 42);
        System.out.println(named.upperKey() + " " + named + " " + (named.value + 1));
        Keyed<String, Integer> up = named;
        System.out.println(up.key.length());
        Expr e = new AddE(new NumE(1), new AddE(new NumE(2), new NumE(3)));
        System.out.println(e.accept(new ShowV()) + " = " + e.accept(new EvalV()));
    }
}

// Generics by erasure need bridge methods: Comparable<T>.compareTo(T) called through the
// raw/erased interface, a generic superclass method overridden with a concrete type,
// covariant return types, and the ClassCastException a bridge throws on a wrong type.
// expect: true
// expect: true
// expect: -1
// expect: bridge cast fails
// expect: 1.50 10.05
// expect: [string of length 5]
// expect: [int 42]
// expect: string of length 2
// expect: Cat cat-made
// expect: meow 8
// expect: 5
class Money implements Comparable<Money> {
    final int cents;
    Money(int c) { cents = c; }
    public int compareTo(Money o) { return Integer.valueOf(cents).intValue() - o.cents; }
    public String toString() { return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100; }
}
abstract class Handler<T> {
    abstract String handle(T t);
    String run(T t) { return "[" + handle(t) + "]"; }
}
class StringHandler extends Handler<String> {
    String handle(String s) { return "string of length " + s.length(); }
}
class IntHandler extends Handler<Integer> {
    String handle(Integer i) { return "int " + (i + 1); }
}
class Animal {
    Animal self() { return this; }
    Object make() { return "animal-made"; }
    public String toString() { return "Animal"; }
}
class Cat extends Animal {
    @Override Cat self() { return this; }
    @Override String make() { return "cat-made"; }
    String meow() { return "meow"; }
    public String toString() { return "Cat"; }
}
interface Source<T> { T next(); }
class Counter implements Source<Integer> {
    int n;
    public Integer next() { return ++n; }
}
public class BridgeMethods {
    @SuppressWarnings({"rawtypes", "unchecked"})
    static int rawCompare(Comparable a, Object b) { return a.compareTo(b); }
    static <T> String drive(Handler<T> h, T t) { return h.run(t); }
    public static void main(String[] args) {
        Money a = new Money(150), b = new Money(1005);
        Comparable<Money> ca = a;
        System.out.println(ca.compareTo(b) < 0);
        System.out.println(rawCompare(b, a) > 0);
        System.out.println(rawCompare("abc", "abd"));
        try {
            rawCompare(a, "not money");
        } catch (ClassCastException e) {
            System.out.println("bridge cast fails");
        }
        System.out.println(a + " " + b);
        System.out.println(drive(new StringHandler(), "hello"));
        System.out.println(drive(new IntHandler(), 41));
        Handler<String> hs = new StringHandler();
        System.out.println(hs.handle("xy"));
        Animal an = new Cat();
        System.out.println(an.self() + " " + an.make());
        Cat c = new Cat();
        System.out.println(c.self().meow() + " " + c.make().length());
        Source<Integer> src = new Counter();
        src.next();
        int third = src.next() + src.next();
        System.out.println(third);
    }
}

// Generic interfaces implemented by classes (no lambdas): functions, predicates,
// reducers, composition through generic classes, a generic interface extending another.
// expect: <10>
// expect: 3 4
// expect: 28
// expect: a+b+c
// expect: 1024
// expect: 42
// expect: 100
interface Fn<A, B> { B apply(A a); }
interface Pred<T> { boolean test(T t); }
interface Reducer<T, R> { R step(R acc, T item); }
interface BiFn<A, B, C> { C apply(A a, B b); }
interface UnaryOp<T> extends Fn<T, T> {}
class Compose<A, B, C> implements Fn<A, C> {
    final Fn<A, B> f; final Fn<B, C> g;
    Compose(Fn<A, B> f, Fn<B, C> g) { this.f = f; this.g = g; }
    public C apply(A a) { return g.apply(f.apply(a)); }
}
class Inc implements UnaryOp<Integer> { public Integer apply(Integer x) { return x + 1; } }
class Twice implements UnaryOp<Integer> { public Integer apply(Integer x) { return x * 2; } }
class Show implements Fn<Integer, String> { public String apply(Integer x) { return "<" + x + ">"; } }
class Even implements Pred<Integer> { public boolean test(Integer x) { return x % 2 == 0; } }
class Not<T> implements Pred<T> {
    final Pred<T> p;
    Not(Pred<T> p) { this.p = p; }
    public boolean test(T t) { return !p.test(t); }
}
class Concat implements Reducer<String, String> {
    public String step(String acc, String s) { return acc.isEmpty() ? s : acc + "+" + s; }
}
class Sum implements Reducer<Integer, Integer> {
    public Integer step(Integer acc, Integer x) { return acc + x; }
}
class Add implements BiFn<Integer, Integer, Integer> { public Integer apply(Integer a, Integer b) { return a + b; } }
public class GenericInterfaces {
    static <T> int countIf(T[] xs, Pred<T> p) {
        int n = 0;
        for (T x : xs) if (p.test(x)) n++;
        return n;
    }
    static <T, R> R fold(T[] xs, R init, Reducer<T, R> r) {
        R acc = init;
        for (T x : xs) acc = r.step(acc, x);
        return acc;
    }
    static <T> T iterate(UnaryOp<T> op, T start, int times) {
        T v = start;
        for (int i = 0; i < times; i++) v = op.apply(v);
        return v;
    }
    public static void main(String[] args) {
        Fn<Integer, String> pipeline = new Compose<>(new Compose<>(new Inc(), new Twice()), new Show());
        System.out.println(pipeline.apply(4));
        Integer[] nums = {1, 2, 3, 4, 5, 6, 7};
        System.out.println(countIf(nums, new Even()) + " " + countIf(nums, new Not<>(new Even())));
        System.out.println(fold(nums, 0, new Sum()));
        System.out.println(fold(new String[]{"a", "b", "c"}, "", new Concat()));
        System.out.println(iterate(new Twice(), 1, 10));
        System.out.println(new Add().apply(20, 22));
        Fn<Integer, Integer> asFn = new Inc();
        System.out.println(asFn.apply(99));
    }
}

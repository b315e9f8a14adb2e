// Wildcards: ? extends T for reading, ? super T for writing, unbounded ?, with a small
// generic list class written here.
// expect: 150.0
// expect: fruit, apple, green apple, apple
// expect: 6: apple, green apple, fruit, apple, green apple, apple
// expect: apple
// expect: apple 1
class MyList<T> {
    private Object[] items = new Object[2];
    private int size;
    void add(T t) {
        if (size == items.length) {
            Object[] bigger = new Object[size * 2];
            System.arraycopy(items, 0, bigger, 0, size);
            items = bigger;
        }
        items[size++] = t;
    }
    @SuppressWarnings("unchecked")
    T get(int i) { return (T) items[i]; }
    int size() { return size; }
}
class Fruit { public String toString() { return "fruit"; } }
class Apple extends Fruit { public String toString() { return "apple"; } }
class GreenApple extends Apple { public String toString() { return "green apple"; } }
public class Wildcards {
    static double sum(MyList<? extends Number> xs) {
        double s = 0;
        for (int i = 0; i < xs.size(); i++) s += xs.get(i).doubleValue();
        return s;
    }
    static void addApples(MyList<? super Apple> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i % 2 == 0 ? new Apple() : new GreenApple());
    }
    static int size(MyList<?> any) { return any.size(); }
    static String describe(MyList<?> any) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < any.size(); i++) {
            Object o = any.get(i);
            sb.append(o).append(i + 1 < any.size() ? ", " : "");
        }
        return sb.toString();
    }
    static void copy(MyList<? extends Fruit> from, MyList<? super Fruit> to) {
        for (int i = 0; i < from.size(); i++) to.add(from.get(i));
    }
    public static void main(String[] args) {
        MyList<Integer> ints = new MyList<>();
        for (int i = 1; i <= 5; i++) ints.add(i * 10);
        System.out.println(sum(ints));
        MyList<Fruit> fruits = new MyList<>();
        fruits.add(new Fruit());
        addApples(fruits, 3);
        System.out.println(describe(fruits));
        MyList<Object> objects = new MyList<>();
        addApples(objects, 2);
        copy(fruits, objects);
        System.out.println(size(objects) + ": " + describe(objects));
        MyList<Apple> apples = new MyList<>();
        addApples(apples, 1);
        Fruit f = apples.get(0);
        System.out.println(f);
        MyList<? extends Fruit> ro = apples;
        System.out.println(ro.get(0) + " " + size(ro));
    }
}

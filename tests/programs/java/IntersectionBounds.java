// Members of a type variable with several bounds (JLS 4.9): T extends Object &
// Comparable<? super T> finds compareTo in Comparable (the receiver is cast to it and the
// call is an interface call, as javac compiles it), T extends Base & Named finds methods
// of both bounds, and a bound's method found through a captured wildcard works too.
// expect: melon
// expect: item b
// expect: item a weighs 3, item b weighs 7
// expect: item b item b
// expect: item b
public class IntersectionBounds {
    interface Named {
        String name();
    }

    static class Base {
        int weight() {
            return 1;
        }
    }

    static final class Item extends Base implements Named, Comparable<Item> {
        final String id;
        final int w;

        Item(String id, int w) {
            this.id = id;
            this.w = w;
        }

        public String name() {
            return "item " + id;
        }

        int weight() {
            return w;
        }

        public int compareTo(Item o) {
            return w - o.w;
        }
    }

    static <T extends Object & Comparable<? super T>> T max(T[] a) {
        T best = a[0];
        for (int i = 1; i < a.length; i++)
            if (a[i].compareTo(best) > 0) best = a[i];
        return best;
    }

    static <T extends Base & Named> String describe(T t) {
        return t.name() + " weighs " + t.weight();
    }

    static <T extends Base & Named & Comparable<T>> T heavier(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    interface Holder<E> {
        E get();
    }

    static final class ItemHolder implements Holder<Item> {
        private final Item item;

        ItemHolder(Item item) {
            this.item = item;
        }

        public Item get() {
            return item;
        }
    }

    static String fromWildcard(Holder<? extends Named> h) {
        return h.get().name();
    }

    public static void main(String[] args) {
        System.out.println(max(new String[] {"kiwi", "apple", "melon"}));
        Item a = new Item("a", 3), b = new Item("b", 7);
        System.out.println(max(new Item[] {a, b, new Item("c", 5)}).name());
        System.out.println(describe(a) + ", " + describe(b));
        System.out.println(heavier(a, b).name() + " " + heavier(b, a).name());
        System.out.println(fromWildcard(new ItemHolder(b)));
    }
}

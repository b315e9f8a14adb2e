// Inference and capture as javac does them, with functional interfaces implemented by
// named classes (no lambdas in the subset): comparing(keyExtractor) takes T and U from a
// Fn<? super T, ? extends U> argument, a Cmp<? super K> is captured into reverse's
// Cmp<T>, a raw call has an erased result, and x.getClass() is a Class<? extends |X|>.
// expect: [Abe@Rome, Ann@Rome, Bob@Oslo, Cid@Oslo]
// expect: [Bob@Oslo, Cid@Oslo, Abe@Rome, Ann@Rome]
// expect: [Cid@Oslo, Bob@Oslo, Ann@Rome, Abe@Rome]
// expect: 1 -1
// expect: apple apple apple fig
// expect: [LCaptureInference$Person; [Ljava.lang.String; java.lang.String
// expect: java.lang.String CaptureInference$Person
public class CaptureInference {
    interface Fn<A, R> {
        R apply(A a);
    }

    interface Cmp<T> {
        int compare(T a, T b);

        static <T, U extends Comparable<? super U>> Cmp<T> comparing(Fn<? super T, ? extends U> key) {
            return new ByKey<T, U>(key);
        }

        static <T> Cmp<T> reverse(Cmp<T> c) {
            return new Reversed<T>(c);
        }

        default Cmp<T> thenComparing(Cmp<? super T> other) {
            return new Then<T>(this, other);
        }

        default <U extends Comparable<? super U>> Cmp<T> thenComparing(Fn<? super T, ? extends U> key) {
            return thenComparing(comparing(key));
        }
    }

    static final class ByKey<T, U extends Comparable<? super U>> implements Cmp<T> {
        private final Fn<? super T, ? extends U> key;

        ByKey(Fn<? super T, ? extends U> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return key.apply(a).compareTo(key.apply(b));
        }
    }

    static final class Reversed<T> implements Cmp<T> {
        private final Cmp<T> c;

        Reversed(Cmp<T> c) {
            this.c = c;
        }

        public int compare(T a, T b) {
            return c.compare(b, a);
        }
    }

    static final class Then<T> implements Cmp<T> {
        private final Cmp<T> first;
        private final Cmp<? super T> second;

        Then(Cmp<T> first, Cmp<? super T> second) {
            this.first = first;
            this.second = second;
        }

        public int compare(T a, T b) {
            int r = first.compare(a, b);
            return r != 0 ? r : second.compare(a, b);
        }
    }

    static final class Person {
        final String name;
        final String city;

        Person(String name, String city) {
            this.name = name;
            this.city = city;
        }

        public String toString() {
            return name + "@" + city;
        }
    }

    static final class Name implements Fn<Person, String> {
        public String apply(Person p) {
            return p.name;
        }
    }

    static final class City implements Fn<Object, String> {
        public String apply(Object o) {
            return ((Person) o).city;
        }
    }

    static final class Length implements Fn<CharSequence, String> {
        public String apply(CharSequence s) {
            return String.valueOf(s.length());
        }
    }

    static final class Identity implements Fn<String, String> {
        public String apply(String s) {
            return s;
        }
    }

    /* a sorted view whose comparator is a Cmp<? super K>, reversed when descending */
    static final class View<K> {
        private final Cmp<? super K> cmp;
        private final boolean descending;

        View(Cmp<? super K> cmp, boolean descending) {
            this.cmp = cmp;
            this.descending = descending;
        }

        Cmp<? super K> comparator() {
            if (!descending) return cmp;
            return Cmp.reverse(cmp);
        }
    }

    interface Coll<E> {
        int size();

        E at(int i);
    }

    static final class ArrayColl<E> implements Coll<E> {
        private final E[] items;

        ArrayColl(E[] items) {
            this.items = items;
        }

        public int size() {
            return items.length;
        }

        public E at(int i) {
            return items[i];
        }
    }

    static <T extends Object & Comparable<? super T>> T min(Coll<? extends T> c) {
        T best = c.at(0);
        for (int i = 1; i < c.size(); i++) {
            T x = c.at(i);
            if (x.compareTo(best) < 0) best = x;
        }
        return best;
    }

    static <T> T min(Coll<? extends T> c, Cmp<? super T> cmp) {
        if (cmp == null) return (T) min((Coll) c);
        T best = c.at(0);
        for (int i = 1; i < c.size(); i++)
            if (cmp.compare(c.at(i), best) < 0) best = c.at(i);
        return best;
    }

    static <T> void sort(T[] a, Cmp<? super T> c) {
        for (int i = 1; i < a.length; i++)
            for (int j = i; j > 0 && c.compare(a[j - 1], a[j]) > 0; j--) {
                T t = a[j];
                a[j] = a[j - 1];
                a[j - 1] = t;
            }
    }

    static String show(Object[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i > 0 ? ", " : "").append(a[i]);
        return sb.append("]").toString();
    }

    static <T> String arrayClass(T[] a) {
        Class<? extends T[]> c = (Class<? extends T[]>) a.getClass();
        return c.getName();
    }

    public static void main(String[] args) {
        Person[] people = {new Person("Bob", "Oslo"), new Person("Ann", "Rome"), new Person("Cid", "Oslo"),
                           new Person("Abe", "Rome")};
        Cmp<Person> byName = Cmp.comparing(new Name());
        sort(people, byName);
        System.out.println(show(people));
        Cmp<Person> byCity = Cmp.<Person, String>comparing(new City()).thenComparing(new Name());
        sort(people, byCity);
        System.out.println(show(people));
        Cmp<Person> cityThenName = Cmp.comparing(new City());
        sort(people, cityThenName.thenComparing(Cmp.reverse(byName)));
        System.out.println(show(people));

        View<Person> asc = new View<Person>(byName, false), desc = new View<Person>(byName, true);
        Cmp<? super Person> c1 = asc.comparator(), c2 = desc.comparator();
        System.out.println(c1.compare(people[0], people[1]) + " " + c2.compare(people[0], people[1]));

        Coll<String> words = new ArrayColl<String>(new String[] {"pear", "apple", "fig"});
        Cmp<String> byLength = Cmp.comparing(new Length());
        System.out.println(min(words) + " " + min(words, null) + " " + min(words, Cmp.reverse(byLength)) + " " +
                           min(words, byLength.thenComparing(new Identity())));
        System.out.println(arrayClass(people) + " " + arrayClass(args) + " " + "s".getClass().getName());
        Class<? extends String> k = "s".getClass();
        Class<? extends Person> kp = people[0].getClass();
        System.out.println(k.getName() + " " + kp.getName());
    }
}

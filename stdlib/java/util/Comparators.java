package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The comparators that Comparator's and Collections' factory methods return. */
final class Comparators {
    private Comparators() {
    }

    /** Comparable order; null elements are a NullPointerException. */
    static final class NaturalOrder implements Comparator<Comparable<Object>> {
        static final NaturalOrder INSTANCE = new NaturalOrder();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable<Object>> reversed() {
            return Collections.reverseOrder();
        }
    }

    /** The reverse of Comparable order (Collections.reverseOrder()). */
    static final class ReverseOrder implements Comparator<Comparable<Object>> {
        static final ReverseOrder INSTANCE = new ReverseOrder();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }

        public Comparator<Comparable<Object>> reversed() {
            return NaturalOrder.INSTANCE;
        }
    }

    /** The reverse of another comparator (Collections.reverseOrder(cmp)). */
    static final class Reversed<T> implements Comparator<T> {
        final Comparator<T> cmp;

        Reversed(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T t1, T t2) {
            return cmp.compare(t2, t1);
        }

        public boolean equals(Object o) {
            return o == this || (o instanceof Reversed && cmp.equals(((Reversed) o).cmp));
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }

        public Comparator<T> reversed() {
            return cmp;
        }
    }

    static final class Then<T> implements Comparator<T> {
        private final Comparator<? super T> first, second;

        Then(Comparator<? super T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        public int compare(T a, T b) {
            int r = first.compare(a, b);
            return r != 0 ? r : second.compare(a, b);
        }
    }

    static final class Nulls<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        Nulls(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) return b == null ? 0 : (nullFirst ? -1 : 1);
            if (b == null) return nullFirst ? 1 : -1;
            return real == null ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new Nulls<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : Collections.reverseOrder(real));
        }
    }

    /** Compares keyExtractor's results, with keyComparator or by their Comparable order. */
    static final class ByKey<T> implements Comparator<T> {
        private final Function<? super T, ?> key;
        private final Comparator<Object> cmp;

        ByKey(Function<? super T, ?> key, Comparator<?> cmp) {
            this.key = key;
            this.cmp = (Comparator<Object>) cmp;
        }

        public int compare(T a, T b) {
            Object ka = key.apply(a), kb = key.apply(b);
            if (cmp != null) return cmp.compare(ka, kb);
            return ((Comparable<Object>) ka).compareTo(kb);
        }
    }

    static final class ByInt<T> implements Comparator<T> {
        private final ToIntFunction<? super T> key;

        ByInt(ToIntFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        }
    }

    static final class ByLong<T> implements Comparator<T> {
        private final ToLongFunction<? super T> key;

        ByLong(ToLongFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return Long.compare(key.applyAsLong(a), key.applyAsLong(b));
        }
    }

    static final class ByDouble<T> implements Comparator<T> {
        private final ToDoubleFunction<? super T> key;

        ByDouble(ToDoubleFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
        }
    }

    /** Map.Entry.comparingByKey / comparingByValue, with or without a comparator. */
    static final class EntryComparator<K, V> implements Comparator<Map.Entry<K, V>> {
        private final Comparator<Object> cmp;
        private final boolean byKey;

        EntryComparator(Comparator<?> cmp, boolean byKey) {
            this.cmp = (Comparator<Object>) cmp;
            this.byKey = byKey;
        }

        public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
            Object x = byKey ? a.getKey() : a.getValue();
            Object y = byKey ? b.getKey() : b.getValue();
            if (cmp != null) return cmp.compare(x, y);
            return ((Comparable<Object>) x).compareTo(y);
        }
    }
}

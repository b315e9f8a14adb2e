// Bounded type parameters: <T extends Comparable<T>> with String and a user class,
// generic max/min/sort, bounds that are classes (<T extends Number>), calls through the
// bound, recursive bounds.
// expect: pear
// expect: 1.10
// expect: 10.1
// expect: false
// expect: 1.5;1.12;2.0;10.1; true
// expect: alpha;bravo;charlie;delta;
// expect: 18
// expect: 350
// expect: 200.0
class Version implements Comparable<Version> {
    final int major, minor;
    Version(int major, int minor) { this.major = major; this.minor = minor; }
    public int compareTo(Version o) { return major != o.major ? major - o.major : minor - o.minor; }
    public String toString() { return major + "." + minor; }
}
abstract class Measure extends Number {
    public long longValue() { return intValue(); }
    public double doubleValue() { return intValue(); }
    public float floatValue() { return intValue(); }
}
class Meters extends Measure {
    final int m;
    Meters(int m) { this.m = m; }
    public int intValue() { return m; }
}
public class BoundedGenerics {
    static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }
    static <T extends Comparable<T>> T maxOf(T[] arr) {
        T best = arr[0];
        for (T t : arr) if (t.compareTo(best) > 0) best = t;
        return best;
    }
    static <T extends Comparable<T>> void sort(T[] arr) {
        for (int i = 1; i < arr.length; i++) {
            T key = arr[i];
            int j = i - 1;
            while (j >= 0 && arr[j].compareTo(key) > 0) { arr[j + 1] = arr[j]; j--; }
            arr[j + 1] = key;
        }
    }
    static <T extends Number> long total(T[] xs) {
        long t = 0;
        for (T x : xs) t += x.intValue();
        return t;
    }
    static <T extends Comparable<? super T>> boolean sorted(T[] arr) {
        for (int i = 1; i < arr.length; i++) if (arr[i - 1].compareTo(arr[i]) > 0) return false;
        return true;
    }
    static String show(Object[] arr) {
        StringBuilder sb = new StringBuilder();
        for (Object o : arr) sb.append(o).append(';');
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(max("apple", "pear"));
        System.out.println(max(new Version(1, 10), new Version(1, 9)));
        Version[] vs = {new Version(2, 0), new Version(1, 5), new Version(10, 1), new Version(1, 12)};
        System.out.println(maxOf(vs));
        System.out.println(sorted(vs));
        sort(vs);
        System.out.println(show(vs) + " " + sorted(vs));
        String[] ws = {"delta", "alpha", "charlie", "bravo"};
        sort(ws);
        System.out.println(show(ws));
        Integer[] is = {5, 6, 7};
        System.out.println(total(is));
        Meters[] ms = {new Meters(100), new Meters(250)};
        System.out.println(total(ms));
        Number n = ms[0];
        System.out.println(n.longValue() + n.doubleValue());
    }
}

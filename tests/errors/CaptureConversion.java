// Capture conversion (JLS 5.1.10) as javac applies it: a variable, a call's result and
// a cast have captured types (CAP#1 in messages), x.getClass() is a
// Class<? extends |X|>, and a call that needs unchecked conversion has an erased result.
interface Box<T> {
    T get();
}

interface Coll<E> {
    E at(int i);
}

interface Cmp<T> {
    int compare(T a, T b);
}

public class CaptureConversion {
    static void take(Box<Integer> b) {
    }

    static <T extends Object & Comparable<? super T>> T min(Coll<? extends T> c) {
        return c.at(0);
    }

    static <T extends Object & Comparable<? super T>> void bounds(T a) {
        a.compareTo(a);
        a.length(); // expect error: cannot find symbol
    }

    static <T> Box<T> same(Box<T> b) {
        return b;
    }

    public static void main(String[] args) {
        Box<? extends Number> n = null;
        Box<Integer> i = n; // expect error: incompatible types: Box<CAP#1> cannot be converted to Box<Integer>
        take(n); // expect error: incompatible types: Box<CAP#1> cannot be converted to Box<Integer>
        Box<? extends Number> n2 = same(n);
        String s = (Box<?>) null; // expect error: incompatible types: Box<CAP#1> cannot be converted to String
        Number x = n.get();
        Integer y = n.get(); // expect error: incompatible types: CAP#1 cannot be converted to Integer
        Cmp<? super Integer> c = null;
        c.compare(1, 2);
        c.compare("a", "b"); // expect error: incompatible types: String cannot be converted to CAP#1
        Class<? extends String> k1 = "s".getClass();
        Class<?> k2 = args.getClass();
        Class<? extends Object[]> k3 = args.getClass();
        Class<Integer> k4 = "s".getClass(); // expect error: incompatible types: Class<CAP#1> cannot be converted to Class<Integer>
        Class<String[]> k5 = args.getClass(); // expect error: incompatible types: Class<CAP#1> cannot be converted to Class<String[]>
        Coll<String> strs = null;
        String m1 = min(strs);
        Object m2 = min((Coll) strs);
        Comparable m3 = min((Coll) strs);
        String m4 = min((Coll) strs); // expect error: incompatible types: Comparable cannot be converted to String
    }
}

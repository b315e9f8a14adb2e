// Exceptions thrown by the library, caught, with the JDK's classes and messages:
// collections (index, empty, unsupported, concurrent modification), Objects, numbers,
// Integer parsing, Iterator.remove misuse, ClassCastException from a raw list, Scanner.
// expect: ArrayList.get: java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0
// expect: ArrayList.set: java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2
// expect: ArrayList.add(index): java.lang.IndexOutOfBoundsException: Index: 3, Size: 0
// expect: LinkedList.get: java.lang.IndexOutOfBoundsException: Index: 1, Size: 0
// expect: LinkedList.getFirst: java.util.NoSuchElementException
// expect: ArrayDeque.pop: java.util.NoSuchElementException
// expect: TreeMap.firstKey: java.util.NoSuchElementException
// expect: PriorityQueue.remove: java.util.NoSuchElementException
// expect: Arrays.asList add: java.lang.UnsupportedOperationException
// expect: unmodifiableList add: java.lang.UnsupportedOperationException
// expect: List.of remove: java.lang.UnsupportedOperationException
// expect: remove in for-each: java.util.ConcurrentModificationException
// expect: put in keySet loop: java.util.ConcurrentModificationException
// expect: Iterator.remove twice: java.lang.IllegalStateException
// expect: Iterator.next past the end: java.util.NoSuchElementException
// expect: Objects.requireNonNull: java.lang.NullPointerException: config must not be null
// expect: Integer.parseInt: java.lang.NumberFormatException: For input string: "12x"
// expect: Double.parseDouble: java.lang.NumberFormatException: multiple points
// expect: raw list cast: java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: Scanner.nextInt: java.util.InputMismatchException
// expect: Scanner.nextLine: java.util.NoSuchElementException: No line found
// expect: subList: java.lang.IndexOutOfBoundsException: toIndex = 2
// expect: HashMap(-1): java.lang.IllegalArgumentException: Illegal initial capacity: -1
// expect: Random.nextInt(0): java.lang.IllegalArgumentException: bound must be positive
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Scanner;
import java.util.TreeMap;

public class LibraryExceptions {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    static class Get implements Action {
        public void run() { new ArrayList<String>().get(0); }
    }

    static class Set2 implements Action {
        public void run() {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2));
            l.set(2, 5);
        }
    }

    static class AddAt implements Action {
        public void run() { new ArrayList<Integer>().add(3, 1); }
    }

    static class LinkedGet implements Action {
        public void run() { new LinkedList<Integer>().get(1); }
    }

    static class FirstOfEmpty implements Action {
        public void run() { new LinkedList<Integer>().getFirst(); }
    }

    static class Pop implements Action {
        public void run() { new ArrayDeque<Integer>().pop(); }
    }

    static class TreeFirst implements Action {
        public void run() { new TreeMap<String, Integer>().firstKey(); }
    }

    static class PqRemove implements Action {
        public void run() { new PriorityQueue<Integer>().remove(); }
    }

    static class FixedSize implements Action {
        public void run() { Arrays.asList(1, 2).add(3); }
    }

    static class Unmodifiable implements Action {
        public void run() { Collections.unmodifiableList(new ArrayList<Integer>()).add(1); }
    }

    static class ListOf implements Action {
        public void run() { List.of(1, 2).remove(0); }
    }

    static class Cme implements Action {
        public void run() {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            for (Integer x : l) if (x == 2) l.remove(x);
        }
    }

    static class MapCme implements Action {
        public void run() {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            for (String k : m.keySet()) m.put(k + k, 0);
        }
    }

    static class RemoveTwice implements Action {
        public void run() {
            Iterator<Integer> it = new ArrayList<>(Arrays.asList(1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
        }
    }

    static class NextPastEnd implements Action {
        public void run() {
            Iterator<Integer> it = new ArrayList<Integer>().iterator();
            it.next();
        }
    }

    static class RequireNonNull implements Action {
        public void run() { Objects.requireNonNull(null, "config must not be null"); }
    }

    static class ParseInt implements Action {
        public void run() { Integer.parseInt("12x"); }
    }

    static class ParseDouble implements Action {
        public void run() { Double.parseDouble("1..2"); }
    }

    static class RawCast implements Action {
        @SuppressWarnings("unchecked")
        public void run() {
            List raw = new ArrayList();
            raw.add("text");
            List<Integer> ints = raw;
            Integer i = ints.get(0);
        }
    }

    static class ScannerMismatch implements Action {
        public void run() { new Scanner("abc").nextInt(); }
    }

    static class ScannerEmpty implements Action {
        public void run() { new Scanner("").nextLine(); }
    }

    static class SubList implements Action {
        public void run() { new ArrayList<Integer>().subList(0, 2); }
    }

    static class NegativeCapacity implements Action {
        public void run() { new HashMap<String, String>(-1); }
    }

    static class BadBound implements Action {
        public void run() { new java.util.Random(1).nextInt(0); }
    }

    public static void main(String[] args) {
        attempt("ArrayList.get", new Get());
        attempt("ArrayList.set", new Set2());
        attempt("ArrayList.add(index)", new AddAt());
        attempt("LinkedList.get", new LinkedGet());
        attempt("LinkedList.getFirst", new FirstOfEmpty());
        attempt("ArrayDeque.pop", new Pop());
        attempt("TreeMap.firstKey", new TreeFirst());
        attempt("PriorityQueue.remove", new PqRemove());
        attempt("Arrays.asList add", new FixedSize());
        attempt("unmodifiableList add", new Unmodifiable());
        attempt("List.of remove", new ListOf());
        attempt("remove in for-each", new Cme());
        attempt("put in keySet loop", new MapCme());
        attempt("Iterator.remove twice", new RemoveTwice());
        attempt("Iterator.next past the end", new NextPastEnd());
        attempt("Objects.requireNonNull", new RequireNonNull());
        attempt("Integer.parseInt", new ParseInt());
        attempt("Double.parseDouble", new ParseDouble());
        attempt("raw list cast", new RawCast());
        attempt("Scanner.nextInt", new ScannerMismatch());
        attempt("Scanner.nextLine", new ScannerEmpty());
        attempt("subList", new SubList());
        attempt("HashMap(-1)", new NegativeCapacity());
        attempt("Random.nextInt(0)", new BadBound());
    }
}

// The core interfaces implemented by user classes: Comparable (sorting, TreeSet order,
// Collections.max), Iterable (for-each over a user collection, String.join), CharSequence
// (passed to StringBuilder.append and String.join), Runnable, AutoCloseable.
// expect: [0.9, 1.2, 1.10, 2.0] max 2.0 min 0.9
// expect: 0.9 2.0 1.10
// expect: sum 15
// expect: n0+n1+n2
// expect: [*****] 5 ** false *****|x|*****
// expect: ran 3
// expect: open file
// expect: using file
// expect: close file
// expect: 1 -1
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

public class CoreInterfaces {
    static class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            return Integer.compare(minor, o.minor);
        }

        public String toString() {
            return major + "." + minor;
        }
    }

    static class Range implements Iterable<Integer> {
        final int from, to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public Iterator<Integer> iterator() {
            return new RangeIterator(from, to);
        }
    }

    static class RangeIterator implements Iterator<Integer> {
        int next;
        final int to;

        RangeIterator(int from, int to) {
            this.next = from;
            this.to = to;
        }

        public boolean hasNext() {
            return next < to;
        }

        public Integer next() {
            if (next >= to) throw new NoSuchElementException();
            return next++;
        }
    }

    static class Repeated implements CharSequence {
        final char c;
        final int n;

        Repeated(char c, int n) {
            this.c = c;
            this.n = n;
        }

        public int length() {
            return n;
        }

        public char charAt(int i) {
            return c;
        }

        public CharSequence subSequence(int start, int end) {
            return new Repeated(c, end - start);
        }

        public String toString() {
            return new StringBuilder().append(this, 0, n).toString();
        }
    }

    static class Counter implements Runnable {
        int count;

        public void run() {
            count++;
        }
    }

    static class Resource implements AutoCloseable {
        final String name;

        Resource(String name) {
            this.name = name;
            System.out.println("open " + name);
        }

        public void close() {
            System.out.println("close " + name);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Version> vs = new ArrayList<>();
        vs.add(new Version(1, 10));
        vs.add(new Version(1, 2));
        vs.add(new Version(0, 9));
        vs.add(new Version(2, 0));
        Collections.sort(vs);
        System.out.println(vs + " max " + Collections.max(vs) + " min " + Collections.min(vs));
        TreeSet<Version> tree = new TreeSet<>(vs);
        System.out.println(tree.first() + " " + tree.last() + " " + tree.ceiling(new Version(1, 5)));
        int sum = 0;
        for (int i : new Range(1, 6)) sum += i;
        System.out.println("sum " + sum);
        List<String> names = new ArrayList<>();
        for (Integer i : new Range(0, 3)) names.add("n" + i);
        System.out.println(String.join("+", names));
        CharSequence cs = new Repeated('*', 5);
        StringBuilder sb = new StringBuilder("[").append(cs).append("]");
        System.out.println(sb + " " + cs.length() + " " + cs.subSequence(0, 2) + " " + cs.isEmpty() + " " + String.join("|", cs, "x", cs));
        Counter counter = new Counter();
        Runnable r = counter;
        for (int i = 0; i < 3; i++) r.run();
        System.out.println("ran " + counter.count);
        Resource res = new Resource("file");
        try {
            System.out.println("using " + res.name);
        } finally {
            res.close();
        }
        Comparable<String> cmp = "b";
        System.out.println(cmp.compareTo("a") + " " + ((Comparable<Integer>) 5).compareTo(7));
    }
}

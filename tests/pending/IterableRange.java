// Enhanced for over a user-defined Iterable<Integer> (a range with a step): the loop
// calls iterator(), hasNext() and next(); unboxing into an int loop variable.
// expect: 45
// expect: 10,7,4,1,
// expect: 1<2
// expect: 1<3
// expect: 2<3
// expect: iterators created: 7
import java.util.Iterator;

class Range implements Iterable<Integer> {
    final int from, to, step;
    Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
    public Iterator<Integer> iterator() { return new RangeIterator(this); }
}
class RangeIterator implements Iterator<Integer> {
    private final Range r;
    private int next;
    static int created;
    RangeIterator(Range r) { this.r = r; next = r.from; created++; }
    public boolean hasNext() { return r.step > 0 ? next < r.to : next > r.to; }
    public Integer next() { int v = next; next += r.step; return v; }
}
public class IterableRange {
    public static void main(String[] args) {
        int sum = 0;
        for (int i : new Range(0, 10, 1)) sum += i;
        System.out.println(sum);
        StringBuilder sb = new StringBuilder();
        for (Integer i : new Range(10, 0, -3)) sb.append(i).append(',');
        System.out.println(sb);
        Range r = new Range(1, 4, 1);
        for (int a : r) for (int b : r) if (a < b) System.out.println(a + "<" + b);
        for (int x : new Range(5, 5, 1)) System.out.println("never " + x);
        System.out.println("iterators created: " + RangeIterator.created);
    }
}

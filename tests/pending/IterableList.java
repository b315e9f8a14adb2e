// A generic list that is Iterable<T>: enhanced for with String and Integer elements,
// break/continue inside, an iterator whose remove() is unsupported, explicit use of the
// Iterator.
// expect: alpha 5
// expect: gamma 5
// expect: delta 5
// expect: 91
// expect: 5
// expect: remove unsupported
// expect: 26
import java.util.Iterator;

class Bag<T> implements Iterable<T> {
    private Object[] items = new Object[2];
    private int n;
    void add(T t) {
        if (n == items.length) { Object[] b = new Object[n * 2]; System.arraycopy(items, 0, b, 0, n); items = b; }
        items[n++] = t;
    }
    public Iterator<T> iterator() { return new BagIterator<>(items, n); }
}
class BagIterator<T> implements Iterator<T> {
    private final Object[] items;
    private final int n;
    private int i;
    BagIterator(Object[] items, int n) { this.items = items; this.n = n; }
    public boolean hasNext() { return i < n; }
    @SuppressWarnings("unchecked") public T next() { return (T) items[i++]; }
    public void remove() { throw new UnsupportedOperationException("remove"); }
}
public class IterableList {
    public static void main(String[] args) {
        Bag<String> words = new Bag<>();
        for (String w : new String[]{"alpha", "beta", "gamma", "delta", "epsilon"}) words.add(w);
        for (String w : words) {
            if (w.length() == 4) continue;
            if (w.charAt(0) == 'e') break;
            System.out.println(w + " " + w.length());
        }
        Bag<Integer> nums = new Bag<>();
        for (int i = 1; i <= 6; i++) nums.add(i * i);
        int total = 0;
        for (int v : nums) total += v;
        System.out.println(total);
        Iterator<Integer> it = nums.iterator();
        System.out.println(it.next() + it.next());
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove unsupported");
        }
        Iterable<String> asIterable = words;
        int count = 0;
        for (String s : asIterable) count += s.length();
        System.out.println(count);
    }
}

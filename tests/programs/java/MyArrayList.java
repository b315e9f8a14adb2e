// A generic growable array list written in the test (java.util is not available): add,
// insert, get, set, remove, indexOf, contains, with Integer and String elements.
// expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81] size 10
// expect: [-1, 0, 1, 4, 9, 555, 16, 25, 36, 49, 64, 81]
// expect: -1 81
// expect: 4 -> 4000
// expect: 4 -1 true
// expect: sum 4755
// expect: [the, quick, brown, fox] true false
// expect: Index 10 out of bounds for length 4
// expect: [[0], [0, 1], [0, 2, 4]]
class ArrayList<E> {
    private Object[] data;
    private int size;
    ArrayList() { this(4); }
    ArrayList(int capacity) { data = new Object[capacity]; }
    int size() { return size; }
    boolean isEmpty() { return size == 0; }
    private void grow() {
        Object[] bigger = new Object[data.length * 2 + 1];
        System.arraycopy(data, 0, bigger, 0, size);
        data = bigger;
    }
    void add(E e) { if (size == data.length) grow(); data[size++] = e; }
    void add(int index, E e) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        if (size == data.length) grow();
        System.arraycopy(data, index, data, index + 1, size - index);
        data[index] = e;
        size++;
    }
    @SuppressWarnings("unchecked")
    E get(int i) { check(i); return (E) data[i]; }
    E set(int i, E e) { E old = get(i); data[i] = e; return old; }
    E remove(int i) {
        E old = get(i);
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        data[--size] = null;
        return old;
    }
    int indexOf(Object o) {
        for (int i = 0; i < size; i++) if (o == null ? data[i] == null : o.equals(data[i])) return i;
        return -1;
    }
    boolean contains(Object o) { return indexOf(o) >= 0; }
    private void check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
    }
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) { if (i > 0) sb.append(", "); sb.append(data[i]); }
        return sb.append(']').toString();
    }
}
public class MyArrayList {
    public static void main(String[] args) {
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        System.out.println(list + " size " + list.size());
        list.add(0, -1);
        list.add(5, 555);
        System.out.println(list);
        System.out.println(list.remove(0) + " " + list.remove(list.size() - 1));
        System.out.println(list.set(2, 4000) + " -> " + list.get(2));
        System.out.println(list.indexOf(555) + " " + list.indexOf(12345) + " " + list.contains(49));
        int sum = 0;
        for (int i = 0; i < list.size(); i++) sum += list.get(i);
        System.out.println("sum " + sum);
        ArrayList<String> words = new ArrayList<>(1);
        String text = "the quick brown fox";
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') { words.add(cur.toString()); cur = new StringBuilder(); }
            else cur.append(text.charAt(i));
        }
        System.out.println(words + " " + words.contains("fox") + " " + words.isEmpty());
        try {
            words.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        ArrayList<ArrayList<Integer>> nested = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            ArrayList<Integer> row = new ArrayList<>();
            for (int c = 0; c <= r; c++) row.add(r * c);
            nested.add(row);
        }
        System.out.println(nested);
    }
}

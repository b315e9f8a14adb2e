// Huffman coding: frequency counting, a priority queue of tree nodes (hand-written heap
// with a Comparable node class and deterministic tie-breaking), code table by traversal,
// encoding and decoding back.
// expect: ' ' 7 111
// expect: 'a' 4 000
// expect: 'e' 4 001
// expect: 'f' 3 1101
// expect: 'h' 2 0100
// expect: 'i' 2 0101
// expect: 'l' 1 10100
// expect: 'm' 2 0110
// expect: 'n' 2 0111
// expect: 'o' 1 10101
// expect: 'p' 1 10110
// expect: 'r' 1 10111
// expect: 's' 2 1000
// expect: 't' 2 1001
// expect: 'u' 1 11000
// expect: 'x' 1 11001
// expect: 135 bits vs 288
// expect: true this is an example of a huffman tree
class HNode implements Comparable<HNode> {
    final char ch;
    final int freq, order;
    final HNode left, right;
    HNode(char ch, int freq, int order, HNode l, HNode r) { this.ch = ch; this.freq = freq; this.order = order; left = l; right = r; }
    boolean leaf() { return left == null; }
    public int compareTo(HNode o) { return freq != o.freq ? freq - o.freq : order - o.order; }
}
class MinHeap<T extends Comparable<T>> {
    private Object[] a = new Object[8];
    private int n;
    void add(T t) {
        if (n == a.length) { Object[] b = new Object[n * 2]; System.arraycopy(a, 0, b, 0, n); a = b; }
        a[n] = t;
        int i = n++;
        while (i > 0 && at(i).compareTo(at((i - 1) / 2)) < 0) { swap(i, (i - 1) / 2); i = (i - 1) / 2; }
    }
    T poll() {
        T top = at(0);
        a[0] = a[--n];
        a[n] = null;
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && at(l).compareTo(at(m)) < 0) m = l;
            if (r < n && at(r).compareTo(at(m)) < 0) m = r;
            if (m == i) return top;
            swap(i, m);
            i = m;
        }
    }
    int size() { return n; }
    @SuppressWarnings("unchecked") private T at(int i) { return (T) a[i]; }
    private void swap(int i, int j) { Object t = a[i]; a[i] = a[j]; a[j] = t; }
}
public class Huffman {
    static String[] codes = new String[128];
    static void walk(HNode n, String prefix) {
        if (n.leaf()) { codes[n.ch] = prefix.isEmpty() ? "0" : prefix; return; }
        walk(n.left, prefix + "0");
        walk(n.right, prefix + "1");
    }
    public static void main(String[] args) {
        String text = "this is an example of a huffman tree";
        int[] freq = new int[128];
        for (int i = 0; i < text.length(); i++) freq[text.charAt(i)]++;
        MinHeap<HNode> heap = new MinHeap<>();
        int order = 0;
        for (char c = 0; c < 128; c++) if (freq[c] > 0) heap.add(new HNode(c, freq[c], order++, null, null));
        while (heap.size() > 1) {
            HNode a = heap.poll(), b = heap.poll();
            heap.add(new HNode('\0', a.freq + b.freq, order++, a, b));
        }
        HNode root = heap.poll();
        walk(root, "");
        for (char c = 0; c < 128; c++) if (codes[c] != null) System.out.println("'" + c + "' " + freq[c] + " " + codes[c]);
        StringBuilder bits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) bits.append(codes[text.charAt(i)]);
        System.out.println(bits.length() + " bits vs " + text.length() * 8);
        StringBuilder decoded = new StringBuilder();
        HNode n = root;
        for (int i = 0; i < bits.length(); i++) {
            n = bits.charAt(i) == '0' ? n.left : n.right;
            if (n.leaf()) { decoded.append(n.ch); n = root; }
        }
        System.out.println(decoded.toString().equals(text) + " " + decoded);
    }
}

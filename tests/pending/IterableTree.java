// In-order iteration over a binary search tree with an explicit stack inside the
// iterator; next() past the end throws NoSuchElementException; nested loops over the
// same tree use independent iterators.
// expect: 20 30 35 40 50 60 70 80 |
// expect: pairs summing to 100: 7
// expect: tree exhausted
import java.util.Iterator;
import java.util.NoSuchElementException;

class Tree implements Iterable<Integer> {
    static class Node { int v; Node l, r; Node(int v) { this.v = v; } }
    Node root;
    void insert(int v) {
        if (root == null) { root = new Node(v); return; }
        Node n = root;
        while (true) {
            if (v < n.v) { if (n.l == null) { n.l = new Node(v); return; } n = n.l; }
            else { if (n.r == null) { n.r = new Node(v); return; } n = n.r; }
        }
    }
    public Iterator<Integer> iterator() {
        return new InOrder(root);
    }
    static class InOrder implements Iterator<Integer> {
        private final Node[] stack = new Node[64];
        private int sp;
        InOrder(Node root) { pushLeft(root); }
        private void pushLeft(Node n) { while (n != null) { stack[sp++] = n; n = n.l; } }
        public boolean hasNext() { return sp > 0; }
        public Integer next() {
            if (sp == 0) throw new NoSuchElementException("tree exhausted");
            Node n = stack[--sp];
            pushLeft(n.r);
            return n.v;
        }
    }
}
public class IterableTree {
    public static void main(String[] args) {
        Tree t = new Tree();
        for (int v : new int[]{50, 30, 70, 20, 40, 60, 80, 35}) t.insert(v);
        StringBuilder sb = new StringBuilder();
        for (int v : t) sb.append(v).append(' ');
        System.out.println(sb.append('|'));
        int pairs = 0;
        for (int a : t) for (int b : t) if (a + b == 100) pairs++;
        System.out.println("pairs summing to 100: " + pairs);
        Iterator<Integer> it = new Tree().iterator();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
    }
}

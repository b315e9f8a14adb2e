// A binary search tree of generic comparable keys: insert, contains, delete (all three
// cases), in/pre/post-order and level-order traversals, height, min/max, size.
// expect: size 9 height 6
// expect: in:    fig date kiwi lime plum apple mango banana cherry |
// expect: pre:   mango fig apple kiwi date plum lime banana cherry |
// expect: post:  date lime plum kiwi apple fig cherry banana mango |
// expect: level: mango fig banana apple cherry kiwi date plum lime |
// expect: fig cherry true false
// expect: after delete: date kiwi lime plum apple banana cherry | size 7 level banana apple cherry kiwi date plum lime |
// expect: 20 9 k0 k9
class BST<K extends Comparable<K>> {
    static class Node<K> {
        K key;
        Node<K> left, right;
        Node(K k) { key = k; }
    }
    private Node<K> root;
    private int size;
    void insert(K k) { root = insert(root, k); }
    private Node<K> insert(Node<K> n, K k) {
        if (n == null) { size++; return new Node<>(k); }
        int c = k.compareTo(n.key);
        if (c < 0) n.left = insert(n.left, k);
        else if (c > 0) n.right = insert(n.right, k);
        return n;
    }
    boolean contains(K k) {
        Node<K> n = root;
        while (n != null) {
            int c = k.compareTo(n.key);
            if (c == 0) return true;
            n = c < 0 ? n.left : n.right;
        }
        return false;
    }
    void delete(K k) { root = delete(root, k); }
    private Node<K> delete(Node<K> n, K k) {
        if (n == null) return null;
        int c = k.compareTo(n.key);
        if (c < 0) n.left = delete(n.left, k);
        else if (c > 0) n.right = delete(n.right, k);
        else {
            if (n.left == null) { size--; return n.right; }
            if (n.right == null) { size--; return n.left; }
            Node<K> m = n.right;
            while (m.left != null) m = m.left;
            n.key = m.key;
            n.right = delete(n.right, m.key);
        }
        return n;
    }
    int height() { return height(root); }
    private int height(Node<K> n) {
        if (n == null) return 0;
        int l = height(n.left), r = height(n.right);
        return 1 + (l > r ? l : r);
    }
    String inOrder() { StringBuilder sb = new StringBuilder(); in(root, sb); return sb.toString(); }
    private void in(Node<K> n, StringBuilder sb) { if (n == null) return; in(n.left, sb); sb.append(n.key).append(' '); in(n.right, sb); }
    String preOrder() { StringBuilder sb = new StringBuilder(); pre(root, sb); return sb.toString(); }
    private void pre(Node<K> n, StringBuilder sb) { if (n == null) return; sb.append(n.key).append(' '); pre(n.left, sb); pre(n.right, sb); }
    String postOrder() { StringBuilder sb = new StringBuilder(); post(root, sb); return sb.toString(); }
    private void post(Node<K> n, StringBuilder sb) { if (n == null) return; post(n.left, sb); post(n.right, sb); sb.append(n.key).append(' '); }
    @SuppressWarnings("unchecked")
    String levelOrder() {
        StringBuilder sb = new StringBuilder();
        Node<K>[] queue = (Node<K>[]) new Node[size + 1];
        int h = 0, t = 0;
        if (root != null) queue[t++] = root;
        while (h < t) {
            Node<K> n = queue[h++];
            sb.append(n.key).append(' ');
            if (n.left != null) queue[t++] = n.left;
            if (n.right != null) queue[t++] = n.right;
        }
        return sb.toString();
    }
    K min() { Node<K> n = root; while (n.left != null) n = n.left; return n.key; }
    K max() { Node<K> n = root; while (n.right != null) n = n.right; return n.key; }
    int size() { return size; }
}
class Word implements Comparable<Word> {
    final String s;
    Word(String s) { this.s = s; }
    public int compareTo(Word o) { return s.length() != o.s.length() ? s.length() - o.s.length() : s.compareTo(o.s); }
    public String toString() { return s; }
}
public class BinaryTree {
    public static void main(String[] args) {
        BST<Word> t = new BST<>();
        String[] ws = {"mango", "fig", "apple", "kiwi", "banana", "date", "cherry", "plum", "fig", "lime"};
        for (String w : ws) t.insert(new Word(w));
        System.out.println("size " + t.size() + " height " + t.height());
        System.out.println("in:    " + t.inOrder() + "|");
        System.out.println("pre:   " + t.preOrder() + "|");
        System.out.println("post:  " + t.postOrder() + "|");
        System.out.println("level: " + t.levelOrder() + "|");
        System.out.println(t.min() + " " + t.max() + " " + t.contains(new Word("kiwi")) + " " + t.contains(new Word("pear")));
        t.delete(new Word("fig"));
        t.delete(new Word("mango"));
        t.delete(new Word("nothing"));
        System.out.println("after delete: " + t.inOrder() + "| size " + t.size() + " level " + t.levelOrder() + "|");
        BST<String> nums = new BST<>();
        for (int i = 0; i < 20; i++) nums.insert("k" + (i * 7 % 20));
        System.out.println(nums.size() + " " + nums.height() + " " + nums.min() + " " + nums.max());
    }
}

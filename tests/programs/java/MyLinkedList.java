// A generic doubly-linked list with a private static nested node class: add/remove at
// both ends, reverse, its own iterator-like cursor, as a deque and a queue.
// expect: [a <-> b <-> c <-> d] 4
// expect: dcba
// expect: [d <-> c <-> b <-> a]
// expect: da [c <-> b]
// expect: cursor c
// expect: cursor b
// expect: total 45
// expect: empty list
class LinkedList<T> {
    private static class Node<T> {
        T value;
        Node<T> prev, next;
        Node(T v) { value = v; }
    }
    private Node<T> head, tail;
    private int size;
    void addFirst(T v) {
        Node<T> n = new Node<>(v);
        n.next = head;
        if (head != null) head.prev = n; else tail = n;
        head = n;
        size++;
    }
    void addLast(T v) {
        Node<T> n = new Node<>(v);
        n.prev = tail;
        if (tail != null) tail.next = n; else head = n;
        tail = n;
        size++;
    }
    T removeFirst() {
        if (head == null) throw new IllegalStateException("empty list");
        T v = head.value;
        head = head.next;
        if (head == null) tail = null; else head.prev = null;
        size--;
        return v;
    }
    T removeLast() {
        if (tail == null) throw new IllegalStateException("empty list");
        T v = tail.value;
        tail = tail.prev;
        if (tail == null) head = null; else tail.next = null;
        size--;
        return v;
    }
    void reverse() {
        Node<T> cur = head;
        while (cur != null) {
            Node<T> nx = cur.next;
            cur.next = cur.prev;
            cur.prev = nx;
            cur = nx;
        }
        Node<T> t = head; head = tail; tail = t;
    }
    int size() { return size; }
    Cursor<T> cursor() { return new Cursor<>(head); }
    static class Cursor<T> {
        private Node<T> at;
        Cursor(Node<T> start) { at = start; }
        boolean hasNext() { return at != null; }
        T next() { T v = at.value; at = at.next; return v; }
    }
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node<T> n = head; n != null; n = n.next) sb.append(n.value).append(n.next == null ? "" : " <-> ");
        return sb.append("]").toString();
    }
    String backwards() {
        StringBuilder sb = new StringBuilder();
        for (Node<T> n = tail; n != null; n = n.prev) sb.append(n.value);
        return sb.toString();
    }
}
public class MyLinkedList {
    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<>();
        list.addLast("b");
        list.addLast("c");
        list.addFirst("a");
        list.addLast("d");
        System.out.println(list + " " + list.size());
        System.out.println(list.backwards());
        list.reverse();
        System.out.println(list);
        System.out.println(list.removeFirst() + list.removeLast() + " " + list);
        LinkedList.Cursor<String> c = list.cursor();
        while (c.hasNext()) System.out.println("cursor " + c.next());
        LinkedList<Integer> queue = new LinkedList<>();
        for (int i = 1; i <= 5; i++) queue.addLast(i);
        int total = 0;
        while (queue.size() > 0) {
            int v = queue.removeFirst();
            total += v;
            if (v < 3) queue.addLast(v * 10);
        }
        System.out.println("total " + total);
        try {
            queue.removeLast();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }
}

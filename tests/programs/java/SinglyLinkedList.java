// A singly linked list of ints: push, append, reverse in place, merge sort on the list,
// remove by value, middle element, cycle detection, all with node manipulation.
// expect: [10 5 3 9 1 7 3 8] size 8
// expect: [8 3 7 1 9 3 5 10] size 8
// expect: middle 9
// expect: [1 3 3 5 7 8 9 10] size 8
// expect: true false true [3 5 7 8 9 10] size 6
// expect: false
// expect: true
public class SinglyLinkedList {
    static class Node {
        int val;
        Node next;
        Node(int v, Node n) { val = v; next = n; }
    }
    Node head;
    int size;
    void push(int v) { head = new Node(v, head); size++; }
    void append(int v) {
        Node n = new Node(v, null);
        if (head == null) head = n;
        else { Node t = head; while (t.next != null) t = t.next; t.next = n; }
        size++;
    }
    void reverse() {
        Node prev = null, cur = head;
        while (cur != null) { Node nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
        head = prev;
    }
    boolean remove(int v) {
        Node dummy = new Node(0, head);
        for (Node p = dummy; p.next != null; p = p.next) {
            if (p.next.val == v) { p.next = p.next.next; head = dummy.next; size--; return true; }
        }
        return false;
    }
    static Node merge(Node a, Node b) {
        Node dummy = new Node(0, null), t = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) { t.next = a; a = a.next; } else { t.next = b; b = b.next; }
            t = t.next;
        }
        t.next = a != null ? a : b;
        return dummy.next;
    }
    static Node sort(Node h) {
        if (h == null || h.next == null) return h;
        Node slow = h, fast = h.next;
        while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
        Node second = slow.next;
        slow.next = null;
        return merge(sort(h), sort(second));
    }
    int middle() {
        Node slow = head, fast = head;
        while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
        return slow.val;
    }
    static boolean hasCycle(Node h) {
        Node slow = h, fast = h;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) return true;
        }
        return false;
    }
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Node n = head; n != null; n = n.next) sb.append(n.val).append(n.next != null ? " " : "");
        return "[" + sb + "] size " + size;
    }
    public static void main(String[] args) {
        SinglyLinkedList l = new SinglyLinkedList();
        int[] vals = {5, 3, 9, 1, 7, 3, 8};
        for (int v : vals) l.append(v);
        l.push(10);
        System.out.println(l);
        l.reverse();
        System.out.println(l);
        System.out.println("middle " + l.middle());
        l.head = sort(l.head);
        System.out.println(l);
        System.out.println(l.remove(3) + " " + l.remove(42) + " " + l.remove(1) + " " + l);
        System.out.println(hasCycle(l.head));
        Node last = l.head;
        while (last.next != null) last = last.next;
        last.next = l.head.next;
        System.out.println(hasCycle(l.head));
    }
}

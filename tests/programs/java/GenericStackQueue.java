// A generic array stack and ring-buffer queue; balanced brackets and a breadth-first
// walk use them.
// expect: '()' true
// expect: '([]{})' true
// expect: '(]' false
// expect: '((' false
// expect: '{[()()]}x' true
// expect: '' true
// expect: 9876543210
// expect: null
// expect: stack underflow
// expect: 0 1 2 3 4 5 6 |
// expect: null
class Stack<T> {
    private T[] items;
    private int top;
    @SuppressWarnings("unchecked")
    Stack() { items = (T[]) new Object[2]; }
    void push(T t) {
        if (top == items.length) {
            @SuppressWarnings("unchecked") T[] n = (T[]) new Object[top * 2];
            System.arraycopy(items, 0, n, 0, top);
            items = n;
        }
        items[top++] = t;
    }
    T pop() {
        if (top == 0) throw new RuntimeException("stack underflow");
        T t = items[--top];
        items[top] = null;
        return t;
    }
    T peek() { return top == 0 ? null : items[top - 1]; }
    boolean isEmpty() { return top == 0; }
}
class Queue<T> {
    private Object[] ring = new Object[3];
    private int head, count;
    void offer(T t) {
        if (count == ring.length) {
            Object[] n = new Object[ring.length * 2];
            for (int i = 0; i < count; i++) n[i] = ring[(head + i) % ring.length];
            ring = n;
            head = 0;
        }
        ring[(head + count++) % ring.length] = t;
    }
    @SuppressWarnings("unchecked")
    T poll() {
        if (count == 0) return null;
        T t = (T) ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        count--;
        return t;
    }
    int size() { return count; }
}
public class GenericStackQueue {
    static boolean balanced(String s) {
        Stack<Character0> st = new Stack<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') st.push(new Character0(c));
            else if (c == ')' || c == ']' || c == '}') {
                if (st.isEmpty()) return false;
                char open = st.pop().c;
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
            }
        }
        return st.isEmpty();
    }
    public static void main(String[] args) {
        String[] tests = {"()", "([]{})", "(]", "((", "{[()()]}x", ""};
        for (String t : tests) System.out.println("'" + t + "' " + balanced(t));
        Stack<Integer> s = new Stack<>();
        for (int i = 0; i < 10; i++) s.push(i);
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop());
        System.out.println(sb);
        System.out.println(s.peek());
        try {
            s.pop();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        int[][] children = {{1, 2}, {3, 4}, {5}, {}, {6}, {}, {}};
        Queue<Integer> q = new Queue<>();
        q.offer(0);
        StringBuilder order = new StringBuilder();
        while (q.size() > 0) {
            int n = q.poll();
            order.append(n).append(' ');
            for (int c : children[n]) q.offer(c);
        }
        System.out.println(order.append('|'));
        System.out.println(q.poll());
    }
}
class Character0 {
    final char c;
    Character0(char c) { this.c = c; }
}

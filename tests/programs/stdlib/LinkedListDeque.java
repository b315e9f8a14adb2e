// LinkedList as a List and as a Deque (addFirst/addLast, offer/poll/peek at both ends,
// push/pop, removeFirstOccurrence), its descendingIterator, and ArrayDeque used as a
// stack and as a queue (breadth-first search over a small grid).
// expect: [a, x, b, c] a c b 3
// expect: 0 9 0 9 [a, x, b, c]
// expect: top a c [x, b]
// expect: [b, x, y, z]
// expect: zyxb 4
// expect: null null null
// expect: [4, 3, 2, 1, 0] peek=4
// expect: 43210
// expect: first first [second, third] 2 second
// expect: [18, 15, 12, 9, 6, 3, 0, 1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19] 18 19 true
// expect: [18, 12, 6, 0, 2, 4, 8, 10, 14, 16]
// expect: shortest path: 14
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Queue;

public class LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "x");
        System.out.println(ll + " " + ll.getFirst() + " " + ll.getLast() + " " + ll.get(2) + " " + ll.indexOf("c"));
        ll.offerFirst("0");
        ll.offerLast("9");
        System.out.println(ll.peekFirst() + " " + ll.peekLast() + " " + ll.pollFirst() + " " + ll.pollLast() + " " + ll);
        ll.push("top");
        System.out.println(ll.pop() + " " + ll.remove() + " " + ll.removeLast() + " " + ll);
        ll.addAll(java.util.List.of("x", "y", "x", "z"));
        ll.removeFirstOccurrence("x");
        ll.removeLastOccurrence("x");
        System.out.println(ll);
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println(sb + " " + ll.size());
        LinkedList<Integer> empty = new LinkedList<>();
        System.out.println(empty.poll() + " " + empty.peek() + " " + empty.pollLast());
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) stack.push(i);
        System.out.println(stack + " peek=" + stack.peek());
        StringBuilder popped = new StringBuilder();
        while (!stack.isEmpty()) popped.append(stack.pop());
        System.out.println(popped);
        Queue<String> queue = new ArrayDeque<>();
        queue.offer("first");
        queue.offer("second");
        queue.add("third");
        System.out.println(queue.peek() + " " + queue.poll() + " " + queue + " " + queue.size() + " " + queue.element());
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) dq.addFirst(i);
            else dq.addLast(i);
        }
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.contains(7));
        dq.removeIf(new IsOdd());
        System.out.println(dq);
        String[] maze = {
            "S.#.....",
            ".##.###.",
            "....#...",
            "##.##.#E"};
        int rows = maze.length, cols = maze[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) java.util.Arrays.fill(row, -1);
        Deque<int[]> frontier = new ArrayDeque<>();
        frontier.add(new int[] {0, 0});
        dist[0][0] = 0;
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int answer = -1;
        while (!frontier.isEmpty()) {
            int[] cell = frontier.poll();
            if (maze[cell[0]].charAt(cell[1]) == 'E') {
                answer = dist[cell[0]][cell[1]];
                break;
            }
            for (int[] m : moves) {
                int r = cell[0] + m[0], c = cell[1] + m[1];
                if (r < 0 || c < 0 || r >= rows || c >= cols || maze[r].charAt(c) == '#' || dist[r][c] >= 0) continue;
                dist[r][c] = dist[cell[0]][cell[1]] + 1;
                frontier.add(new int[] {r, c});
            }
        }
        System.out.println("shortest path: " + answer);
    }

    static class IsOdd implements java.util.function.Predicate<Integer> {
        public boolean test(Integer x) {
            return x % 2 != 0;
        }
    }
}

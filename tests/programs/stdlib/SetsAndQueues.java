// HashSet, LinkedHashSet and TreeSet set algebra (addAll, retainAll, removeAll,
// containsAll), equals across set kinds, PriorityQueue with natural order and with a
// Comparator (toString shows the heap array, poll gives sorted order), a task scheduler.
// expect: [1, 2, 3, 4, 5, 6, 7, 8] [4, 5, 6] [1, 2, 3] true false
// expect: true 21 15
// expect: false true true false [1, 3, 4, 100, 5, 6]
// expect: [1, 7, 3, 7, 88, 19, 56, 42, 23] peek=1 size=9
// expect: [1, 3, 7, 7, 23, 42, 56, 88] null
// expect: [88, 42, 56, 23, 7, 1, 19, 3, 7] 88 56 [42, 23, 19, 3, 7, 1, 7]
// expect: [review:5, test:5, deploy:1, write:2, plan:3]
// expect: review:5 test:5 plan:3 write:2 deploy:1
// expect: [apple, banana, fig, kiwi, pear] true
// expect: [0, 3, 1, 4]
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

public class SetsAndQueues {
    static class Task {
        final String name;
        final int priority;

        Task(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        public String toString() {
            return name + ":" + priority;
        }
    }

    static class ByPriority implements Comparator<Task> {
        public int compare(Task a, Task b) {
            if (a.priority != b.priority) return Integer.compare(b.priority, a.priority);
            return a.name.compareTo(b.name);
        }
    }

    public static void main(String[] args) {
        Set<Integer> a = new HashSet<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        Set<Integer> b = new TreeSet<>(Arrays.asList(4, 5, 6, 7, 8));
        Set<Integer> union = new TreeSet<>(a);
        union.addAll(b);
        Set<Integer> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<Integer> diff = new LinkedHashSet<>(a);
        diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff + " " + a.containsAll(inter) + " " + b.containsAll(a));
        System.out.println(new HashSet<>(Arrays.asList(3, 1, 2)).equals(new TreeSet<>(Arrays.asList(1, 2, 3))) + " " + a.hashCode() + " " + inter.hashCode());
        System.out.println(a.add(1) + " " + a.add(100) + " " + a.remove(2) + " " + a.remove(2) + " " + a);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 1, 56, 23, 7};
        for (int v : vals) pq.add(v);
        System.out.println(pq + " peek=" + pq.peek() + " size=" + pq.size());
        pq.remove(19);
        List<Integer> order = new ArrayList<>();
        while (!pq.isEmpty()) order.add(pq.poll());
        System.out.println(order + " " + pq.poll());
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Comparator.reverseOrder());
        for (int v : vals) maxHeap.offer(v);
        System.out.println(maxHeap + " " + maxHeap.poll() + " " + maxHeap.poll() + " " + maxHeap);
        PriorityQueue<Task> tasks = new PriorityQueue<>(new ByPriority());
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 5));
        tasks.add(new Task("deploy", 1));
        tasks.add(new Task("review", 5));
        tasks.add(new Task("plan", 3));
        System.out.println(tasks);
        StringBuilder sb = new StringBuilder();
        while (!tasks.isEmpty()) sb.append(tasks.poll()).append(' ');
        System.out.println(sb.toString().trim());
        PriorityQueue<String> fromList = new PriorityQueue<>(Arrays.asList("pear", "apple", "fig", "kiwi", "banana"));
        System.out.println(fromList + " " + fromList.contains("fig"));
        PriorityQueue<int[]> dijkstra = new PriorityQueue<>(new ByFirst());
        int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}};
        int[] dist = {0, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        dijkstra.add(new int[] {0, 0});
        while (!dijkstra.isEmpty()) {
            int[] cur = dijkstra.poll();
            if (cur[0] > dist[cur[1]]) continue;
            for (int[] e : edges) {
                if (e[0] == cur[1] && cur[0] + e[2] < dist[e[1]]) {
                    dist[e[1]] = cur[0] + e[2];
                    dijkstra.add(new int[] {dist[e[1]], e[1]});
                }
            }
        }
        System.out.println(Arrays.toString(dist));
    }

    static class ByFirst implements Comparator<int[]> {
        public int compare(int[] x, int[] y) {
            return Integer.compare(x[0], y[0]);
        }
    }
}

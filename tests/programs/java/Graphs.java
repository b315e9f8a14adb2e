// Graph algorithms on adjacency lists built from arrays: BFS distances, DFS order,
// topological sort with cycle detection, Dijkstra with a hand-written binary heap,
// connected components with union-find.
// expect: 0,1,1,2,3,-1,-1,
// expect: 01324|56|
// expect: 452031
// expect: cycle
// expect: 0 7 9 20 20 11 |
// expect: components 4 true false
public class Graphs {
    static int[][] adjacency(int n, int[][] edges, boolean directed) {
        int[] deg = new int[n];
        for (int[] e : edges) { deg[e[0]]++; if (!directed) deg[e[1]]++; }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) adj[i] = new int[deg[i]];
        int[] fill = new int[n];
        for (int[] e : edges) {
            adj[e[0]][fill[e[0]]++] = e[1];
            if (!directed) adj[e[1]][fill[e[1]]++] = e[0];
        }
        return adj;
    }
    static String bfs(int[][] adj, int s) {
        int[] dist = new int[adj.length];
        for (int i = 0; i < dist.length; i++) dist[i] = -1;
        int[] q = new int[adj.length];
        int h = 0, t = 0;
        q[t++] = s;
        dist[s] = 0;
        while (h < t) {
            int u = q[h++];
            for (int v : adj[u]) if (dist[v] < 0) { dist[v] = dist[u] + 1; q[t++] = v; }
        }
        StringBuilder sb = new StringBuilder();
        for (int d : dist) sb.append(d).append(',');
        return sb.toString();
    }
    static void dfs(int[][] adj, int u, boolean[] seen, StringBuilder out) {
        seen[u] = true;
        out.append(u);
        for (int v : adj[u]) if (!seen[v]) dfs(adj, v, seen, out);
    }
    static String topo(int[][] adj) {
        int n = adj.length;
        int[] indeg = new int[n];
        for (int[] a : adj) for (int v : a) indeg[v]++;
        int[] q = new int[n];
        int h = 0, t = 0;
        for (int i = 0; i < n; i++) if (indeg[i] == 0) q[t++] = i;
        while (h < t) { int u = q[h++]; for (int v : adj[u]) if (--indeg[v] == 0) q[t++] = v; }
        if (t < n) return "cycle";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(q[i]);
        return sb.toString();
    }
    static long[] heapD;
    static int[] heapV;
    static int heapN;
    static void heapPush(long d, int v) {
        int i = heapN++;
        heapD[i] = d; heapV[i] = v;
        while (i > 0 && heapD[(i - 1) / 2] > heapD[i]) {
            int p = (i - 1) / 2;
            long td = heapD[p]; heapD[p] = heapD[i]; heapD[i] = td;
            int tv = heapV[p]; heapV[p] = heapV[i]; heapV[i] = tv;
            i = p;
        }
    }
    static int heapPop() {
        int top = heapV[0];
        heapN--;
        heapD[0] = heapD[heapN]; heapV[0] = heapV[heapN];
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < heapN && heapD[l] < heapD[m]) m = l;
            if (r < heapN && heapD[r] < heapD[m]) m = r;
            if (m == i) break;
            long td = heapD[m]; heapD[m] = heapD[i]; heapD[i] = td;
            int tv = heapV[m]; heapV[m] = heapV[i]; heapV[i] = tv;
            i = m;
        }
        return top;
    }
    static long[] dijkstra(int n, int[][] wedges, int src) {
        long[] dist = new long[n];
        for (int i = 0; i < n; i++) dist[i] = Long0.MAX;
        heapD = new long[wedges.length * 2 + 2];
        heapV = new int[wedges.length * 2 + 2];
        heapN = 0;
        dist[src] = 0;
        heapPush(0, src);
        boolean[] done = new boolean[n];
        while (heapN > 0) {
            int u = heapPop();
            if (done[u]) continue;
            done[u] = true;
            for (int[] e : wedges) {
                if (e[0] != u) continue;
                long nd = dist[u] + e[2];
                if (nd < dist[e[1]]) { dist[e[1]] = nd; heapPush(nd, e[1]); }
            }
        }
        return dist;
    }
    static int find(int[] parent, int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }
    public static void main(String[] args) {
        int[][] edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}};
        int[][] g = adjacency(7, edges, false);
        System.out.println(bfs(g, 0));
        StringBuilder order = new StringBuilder();
        boolean[] seen = new boolean[7];
        for (int i = 0; i < 7; i++) if (!seen[i]) { dfs(g, i, seen, order); order.append('|'); }
        System.out.println(order);
        System.out.println(topo(adjacency(6, new int[][]{{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}}, true)));
        System.out.println(topo(adjacency(3, new int[][]{{0, 1}, {1, 2}, {2, 0}}, true)));
        long[] d = dijkstra(6, new int[][]{{0, 1, 7}, {0, 2, 9}, {0, 5, 14}, {1, 2, 10}, {1, 3, 15}, {2, 3, 11}, {2, 5, 2}, {3, 4, 6}, {5, 4, 9}}, 0);
        StringBuilder sb = new StringBuilder();
        for (long x : d) sb.append(x).append(' ');
        System.out.println(sb.append('|'));
        int[] parent = new int[10];
        for (int i = 0; i < 10; i++) parent[i] = i;
        int[][] unions = {{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 7}};
        for (int[] u : unions) parent[find(parent, u[0])] = find(parent, u[1]);
        int comps = 0;
        for (int i = 0; i < 10; i++) if (find(parent, i) == i) comps++;
        System.out.println("components " + comps + " " + (find(parent, 0) == find(parent, 2)) + " " + (find(parent, 4) == find(parent, 5)));
    }
}
class Long0 { static final long MAX = 9223372036854775807L; }

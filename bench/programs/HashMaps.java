import java.util.HashMap;
import java.util.Map;

// hashmaps: java.util.HashMap under load, in three maps: Integer -> Integer key counts
// (boxing, Integer.hashCode/equals), String -> Integer word counts (String.hashCode/equals,
// string concatenation for the keys) and Point -> Cell for a random walk on a grid (a key
// class of the program's own, with hashCode/equals, and mutable values). Puts, gets,
// getOrDefault, containsKey, removes, iteration over entrySet, keySet and values, and the
// resizing of growing maps. Every map is checked against plain arrays. Needs the Java
// standard library (java.util). Size: operations (default 600000).
public class HashMaps {
    static final class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public int hashCode() { return x * 31 + y; }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return p.x == x && p.y == y;
        }
    }

    static final class Cell {
        int visits;
        long weight;
    }

    static int seed = 12345;

    // xorshift32: unlike a power-of-two LCG, its low bits do not repeat soon
    static int next(int bound) {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return (seed >>> 1) % bound;
    }

    static boolean good = true;

    static void fail(String what) {
        System.out.println("FAIL: " + what);
        good = false;
    }

    // Integer -> Integer: how often each key was drawn; then every third key removed
    static long integerCounts(int n) {
        int range = n / 4 + 1;
        int[] counts = new int[range];
        HashMap<Integer, Integer> map = new HashMap<Integer, Integer>();
        for (int i = 0; i < n; i++) {
            int key = next(range);
            counts[key]++;
            map.put(key, map.getOrDefault(key, 0) + 1);
        }
        int removed = 0;
        for (int key = 0; key < range; key += 3) {
            if (map.remove(key) != null) removed++;
        }
        int present = 0;
        for (int key = 0; key < range; key++) {
            boolean want = key % 3 != 0 && counts[key] > 0;
            if (map.containsKey(key) != want) fail("containsKey(" + key + ")");
            if (want) {
                present++;
                if (map.get(key).intValue() != counts[key]) fail("count of " + key);
            }
        }
        if (map.size() != present) fail("size of the integer map");
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) sum += (long) e.getKey() * e.getValue();
        long want = 0;
        for (int key = 0; key < range; key++) {
            if (key % 3 != 0) want += (long) key * counts[key];
        }
        if (sum != want) fail("entrySet sum of the integer map");
        System.out.println("integer map: " + map.size() + " keys, " + removed + " removed, checksum " + sum);
        return sum;
    }

    // String -> Integer: word frequencies; then the odd words removed
    static long wordCounts(int n) {
        int words = n / 20 + 1;
        int[] counts = new int[words];
        HashMap<String, Integer> map = new HashMap<String, Integer>();
        for (int i = 0; i < n / 2; i++) {
            int w = next(words);
            counts[w]++;
            String word = "w" + w;
            Integer c = map.get(word);
            map.put(word, c == null ? 1 : c + 1);
        }
        int removed = 0;
        for (int w = 1; w < words; w += 2) {
            if (map.remove("w" + w) != null) removed++;
        }
        long sum = 0;
        for (int w = 0; w < words; w++) {
            Integer c = map.get("w" + w);
            int want = w % 2 == 1 || counts[w] == 0 ? -1 : counts[w];
            int got = c == null ? -1 : c.intValue();
            if (got != want) fail("count of w" + w);
            if (got > 0) sum += (long) w * got;
        }
        long keyChars = 0;
        for (String k : map.keySet()) keyChars += k.length();
        long total = 0;
        for (Integer c : map.values()) total += c;
        long wantChars = 0, wantTotal = 0;
        for (int w = 0; w < words; w += 2) {
            if (counts[w] > 0) {
                wantChars += String.valueOf(w).length() + 1;
                wantTotal += counts[w];
            }
        }
        if (keyChars != wantChars || total != wantTotal) fail("keySet/values of the word map");
        System.out.println("word map: " + map.size() + " keys, " + removed + " removed, checksum " + sum);
        return sum;
    }

    // Point -> Cell: a random walk on a torus, visits and weights per cell
    static long walk(int n) {
        int side = 256;
        int[][] visits = new int[side][side];
        HashMap<Point, Cell> map = new HashMap<Point, Cell>();
        int x = 0, y = 0;
        for (int i = 0; i < n / 2; i++) {
            int d = next(4);
            if (d == 0) x = (x + 1) % side;
            else if (d == 1) x = (x + side - 1) % side;
            else if (d == 2) y = (y + 1) % side;
            else y = (y + side - 1) % side;
            Point p = new Point(x, y);
            Cell c = map.get(p);
            if (c == null) {
                c = new Cell();
                map.put(p, c);
            }
            c.visits++;
            c.weight += i & 1023;
            visits[x][y]++;
        }
        int cells = 0;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                if (visits[i][j] > 0) {
                    cells++;
                    Cell c = map.get(new Point(i, j));
                    if (c == null || c.visits != visits[i][j]) fail("visits of (" + i + ", " + j + ")");
                }
            }
        }
        if (map.size() != cells) fail("size of the grid map");
        long steps = 0, weight = 0;
        for (Cell c : map.values()) {
            steps += c.visits;
            weight += c.weight;
        }
        if (steps != n / 2) fail("steps of the walk");
        System.out.println("grid map: " + map.size() + " cells, weight " + weight);
        return weight;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 600000;
        long checksum = integerCounts(n) ^ wordCounts(n) ^ walk(n);
        System.out.println("checksum " + checksum);
        if (!good) System.exit(1);
        System.out.println("ok");
    }
}

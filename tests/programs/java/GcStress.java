// Allocation-heavy code: millions of short-lived objects and arrays, long linked lists
// built and dropped, strings built in loops; the results must survive collections.
// expect: round 0 length 50000
// expect: round 5 length 50000
// expect: round 10 length 50000
// expect: round 15 length 50000
// expect: total 25003000000
// expect: kept 499500
// expect: 2000 9
// expect: 7
// expect: 4999950000
public class GcStress {
    static class Cell {
        final int value;
        final Cell next;
        final int[] payload;
        Cell(int v, Cell n) { value = v; next = n; payload = new int[v % 8]; }
    }
    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 20; round++) {
            Cell list = null;
            for (int i = 0; i < 50000; i++) list = new Cell(i, list);
            int len = 0;
            for (Cell c = list; c != null; c = c.next) { len++; total += c.value + c.payload.length; }
            if (round % 5 == 0) System.out.println("round " + round + " length " + len);
        }
        System.out.println("total " + total);
        Cell keep = null;
        for (int i = 0; i < 1000; i++) {
            Object garbage = new long[100];
            keep = new Cell(i, keep);
            if (garbage == null) System.out.println("impossible");
        }
        int sum = 0;
        for (Cell c = keep; c != null; c = c.next) sum += c.value;
        System.out.println("kept " + sum);
        String s = "";
        for (int i = 0; i < 2000; i++) s = s + (i % 10);
        System.out.println(s.length() + " " + s.charAt(1999));
        int[][] grids = null;
        for (int i = 0; i < 200; i++) grids = new int[100][100];
        grids[99][99] = 7;
        System.out.println(grids[99][99]);
        Integer[] boxes = new Integer[100000];
        for (int i = 0; i < boxes.length; i++) boxes[i] = i;
        long bs = 0;
        for (Integer b : boxes) bs += b;
        System.out.println(bs);
    }
}

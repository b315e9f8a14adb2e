// String concatenation calls toString() on objects, String.valueOf semantics for null.
// expect: p = (1,2)
// expect: (1,2) and (3,4)
// expect: obj (1,2)
// expect: anoisy#1noisy#2
// expect: 2
// expect: ns=null
// expect: (0,0)/null
// expect: (1,2)
// expect: null
// expect: (1,2)
// expect: null
// expect: ex: java.lang.RuntimeException: boom
// expect: java.lang.IllegalStateException
// expect: (1,2)|null|null
public class StringConcatObjects {
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }
    static class Noisy {
        static int count;
        public String toString() { count++; return "noisy#" + count; }
    }
    static class NullString {
        public String toString() { return null; }
    }
    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println("p = " + p);
        System.out.println(p + " and " + new Point(3, 4));
        Object op = p;
        System.out.println("obj " + op);
        Noisy nz = new Noisy();
        String s = "a" + nz + nz;
        System.out.println(s);
        System.out.println(Noisy.count);
        System.out.println("ns=" + new NullString());
        Point[] ps = {new Point(0, 0), null};
        System.out.println(ps[0] + "/" + ps[1]);
        System.out.println(String.valueOf(p));
        System.out.println(String.valueOf((Object) null));
        System.out.println(p);
        System.out.println((Object) null);
        Exception ex = new RuntimeException("boom");
        System.out.println("ex: " + ex);
        System.out.println(new IllegalStateException());
        StringBuilder sb = new StringBuilder();
        sb.append(p).append('|').append((Object) null).append('|').append((String) null);
        System.out.println(sb);
    }
}

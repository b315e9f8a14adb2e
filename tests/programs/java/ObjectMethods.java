// Object's methods overridden: equals/hashCode/toString used by user code and by the
// library (String.valueOf, println, concatenation); getClass().getName().
// expect: true false false false false
// expect: 33 33 63
// expect: Point(1, 2)
// expect: red Point(3, 4)
// expect: blue Point(0, 0)
// expect: true
// expect: 1
// expect: Point ColorPoint
// expect: true
// expect: false
// expect: true false
// expect: java.lang.Object
// expect: java.lang.String
// expect: [I
// expect: [Ljava.lang.String;
// expect: java.lang.Integer
// expect: true 96354
// expect: true
// expect: true
class Point {
    final int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Point)) return false;
        Point p = (Point) o;
        return x == p.x && y == p.y;
    }
    @Override public int hashCode() { return 31 * x + y; }
    @Override public String toString() { return "Point(" + x + ", " + y + ")"; }
}
class ColorPoint extends Point {
    final String color;
    ColorPoint(int x, int y, String c) { super(x, y); color = c; }
    @Override public String toString() { return color + " " + super.toString(); }
}
public class ObjectMethods {
    static int indexOf(Object[] arr, Object key) {
        for (int i = 0; i < arr.length; i++) if (arr[i].equals(key)) return i;
        return -1;
    }
    public static void main(String[] args) {
        Point p = new Point(1, 2), q = new Point(1, 2), r = new Point(2, 1);
        System.out.println(p.equals(q) + " " + (p == q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println(p.hashCode() + " " + q.hashCode() + " " + r.hashCode());
        System.out.println(p);
        System.out.println(new ColorPoint(3, 4, "red"));
        Object o = new ColorPoint(0, 0, "blue");
        System.out.println(o.toString());
        System.out.println(o.equals(new Point(0, 0)));
        Object[] pts = {r, q, new ColorPoint(1, 2, "g")};
        System.out.println(indexOf(pts, p));
        System.out.println(p.getClass().getName() + " " + o.getClass().getName());
        System.out.println(p.getClass() == q.getClass());
        System.out.println(p.getClass() == o.getClass());
        Object plain = new Object();
        System.out.println(plain.equals(plain) + " " + plain.equals(new Object()));
        System.out.println(plain.getClass().getName());
        System.out.println("str".getClass().getName());
        System.out.println(new int[0].getClass().getName());
        System.out.println(new String[0].getClass().getName());
        System.out.println(Integer.valueOf(3).getClass().getName());
        System.out.println("abc".equals("abc") + " " + "abc".hashCode());
        System.out.println(plain.hashCode() == plain.hashCode());
        System.out.println(plain.hashCode() == System.identityHashCode(plain));
    }
}

// java.lang.Object: default equals (identity), hashCode consistent with
// System.identityHashCode, toString as ClassName@hex(hashCode()) (checked by shape),
// overriding equals/hashCode/toString, getClass().getName() and getSimpleName() for
// classes, nested classes and arrays, Class.toString and isInterface.
// expect: true false false true
// expect: true true
// expect: true false true 33 Point(1, 2)
// expect: 2 true
// expect: ObjectMethods$Point Point true true
// expect: java.lang.String java.lang.Integer [I [[Ljava.lang.String;
// expect: int[] String[] Point[][]
// expect: class java.lang.String interface ObjectMethods$Shape true false java.lang.Runnable
// expect: false java.lang.Object
// expect: Integer String Double Character Boolean null int[] Point 
import java.util.HashSet;
import java.util.Set;

public class ObjectMethods {
    static class Plain {
    }

    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        public int hashCode() {
            return 31 * x + y;
        }

        public String toString() {
            return "Point(" + x + ", " + y + ")";
        }
    }

    interface Shape {
    }

    public static void main(String[] args) {
        Plain a = new Plain(), b = new Plain();
        System.out.println(a.equals(a) + " " + a.equals(b) + " " + a.equals(null) + " " + (a.hashCode() == System.identityHashCode(a)));
        String s = a.toString();
        String expected = a.getClass().getName() + "@" + Integer.toHexString(a.hashCode());
        System.out.println(s.equals(expected) + " " + s.startsWith("ObjectMethods$Plain@"));
        Point p = new Point(1, 2), q = new Point(1, 2), r = new Point(2, 1);
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode() + " " + p);
        Set<Point> set = new HashSet<>();
        set.add(p);
        set.add(q);
        set.add(r);
        System.out.println(set.size() + " " + set.contains(new Point(2, 1)));
        Object o = p;
        System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + (o.getClass() == Point.class) + " " + (o.getClass() == q.getClass()));
        System.out.println("str".getClass().getName() + " " + Integer.valueOf(1).getClass().getName() + " " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getName());
        System.out.println(new int[0].getClass().getSimpleName() + " " + new String[0].getClass().getSimpleName() + " " + new Point[2][3].getClass().getSimpleName());
        System.out.println(String.class + " " + Shape.class + " " + Shape.class.isInterface() + " " + String.class.isInterface() + " " + Runnable.class.getName());
        System.out.println(new Object().equals(new Object()) + " " + new Object().getClass().getName());
        Object[] things = {1, "two", 3.0, 'c', true, null, new int[] {1}, p};
        for (Object t : things) System.out.print((t == null ? "null" : t.getClass().getSimpleName()) + " ");
        System.out.println();
    }
}

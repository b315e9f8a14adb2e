// Object's methods called through interface-typed references (toString, equals,
// hashCode, getClass) dispatch to the object's class; interfaces can redeclare them
// abstractly; an interface-typed null still throws NPE.
// expect: Sq(2) Sq(2) 4.0
// expect: true false false
// expect: 34 51
// expect: Sq
// expect: Plain true Plain
// expect: text true true
// expect: sb2
// expect: NPE through interface
interface Shape {
    double area();
    String toString();
    boolean equals(Object o);
}
class Sq implements Shape {
    final int s;
    Sq(int s) { this.s = s; }
    public double area() { return s * s; }
    @Override public String toString() { return "Sq(" + s + ")"; }
    @Override public boolean equals(Object o) { return o instanceof Sq && ((Sq) o).s == s; }
    @Override public int hashCode() { return s * 17; }
}
interface Marker { }
class Plain implements Marker {
    @Override public String toString() { return "Plain"; }
}
public class InterfaceObjectMethods {
    public static void main(String[] args) {
        Shape a = new Sq(2), b = new Sq(2), c = new Sq(3);
        System.out.println(a.toString() + " " + a + " " + a.area());
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a == b));
        System.out.println(a.hashCode() + " " + c.hashCode());
        System.out.println(a.getClass().getName());
        Marker m = new Plain();
        System.out.println(m.toString() + " " + m.equals(m) + " " + m.getClass().getName());
        Comparable<String> cmp = "text";
        System.out.println(cmp.toString() + " " + cmp.equals("text") + " " + (cmp.hashCode() == "text".hashCode()));
        CharSequence cs = new StringBuilder("sb");
        System.out.println(cs.toString() + cs.length());
        Shape none = null;
        try {
            none.toString();
        } catch (NullPointerException e) {
            System.out.println("NPE through interface");
        }
    }
}

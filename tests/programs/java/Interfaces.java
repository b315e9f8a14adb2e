// Interfaces: constants (implicitly public static final), several interfaces per
// class, interface inheritance, interface-typed variables and arrays, static methods.
// expect: ball 12cm red
// expect: box 50cm brown
// expect: box 500cm huge-brown
// expect: 50 100 10 cm
// expect: red
// expect: true
// expect: true
// expect: huge-brown
// expect: 2
// expect: 562
interface Sized {
    int SMALL = 10;
    int LARGE = SMALL * 10;
    String UNIT = "cm";
    int size();
}
interface Colored {
    String color();
}
interface Item extends Sized, Colored {
    String label();
    static String describe(Item i) { return i.label() + " " + i.size() + Sized.UNIT + " " + i.color(); }
}
class Ball implements Item {
    public int size() { return SMALL + 2; }
    public String color() { return "red"; }
    public String label() { return "ball"; }
}
class Box implements Item, Comparable<Box> {
    int s;
    Box(int s) { this.s = s; }
    public int size() { return s; }
    public String color() { return size() > LARGE ? "huge-brown" : "brown"; }
    public String label() { return "box"; }
    public int compareTo(Box o) { return s - o.s; }
}
public class Interfaces {
    public static void main(String[] args) {
        Item[] items = {new Ball(), new Box(50), new Box(500)};
        for (Item i : items) System.out.println(Item.describe(i));
        Sized sz = items[1];
        System.out.println(sz.size() + " " + Sized.LARGE + " " + Box.SMALL + " " + Item.UNIT);
        Colored col = new Ball();
        System.out.println(col.color());
        System.out.println(col instanceof Sized);
        System.out.println(sz instanceof Comparable);
        Object o = items[2];
        if (o instanceof Colored) System.out.println(((Colored) o).color());
        Comparable<Box> cb = new Box(3);
        System.out.println(cb.compareTo(new Box(1)));
        int total = 0;
        for (Sized s : items) total += s.size();
        System.out.println(total);
    }
}

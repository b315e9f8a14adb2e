// Recursive generic bounds: an abstract class parameterized by its own subclass
// (Node<T extends Node<T>>) returning the subclass type from inherited methods, and a
// generic max over user Comparables with <T extends Comparable<? super T>> where the
// comparison is inherited from a superclass.
// expect: circle r=5 at 3,4
// expect: label 'hi' at 1,1
// expect: circle r=5 at 3,4
// expect: label 'hi' at 1,1
// expect: felix 6
abstract class Shape<T extends Shape<T>> {
    int x, y;
    @SuppressWarnings("unchecked") T self() { return (T) this; }
    T at(int x, int y) { this.x = x; this.y = y; return self(); }
    abstract String draw();
}
class Circle extends Shape<Circle> {
    int r;
    Circle radius(int r) { this.r = r; return this; }
    String draw() { return "circle r=" + r + " at " + x + "," + y; }
}
class Label extends Shape<Label> {
    String text = "";
    Label text(String t) { text = t; return this; }
    String draw() { return "label '" + text + "' at " + x + "," + y; }
}
class Animal implements Comparable<Animal> {
    final int weight;
    Animal(int w) { weight = w; }
    public int compareTo(Animal o) { return weight - o.weight; }
}
class Cat extends Animal {
    final String name;
    Cat(String n, int w) { super(w); name = n; }
}
public class SelfTypedGenerics {
    static <T extends Comparable<? super T>> T max(T[] xs) {
        T best = xs[0];
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }
    public static void main(String[] args) {
        Circle c = new Circle().at(3, 4).radius(5);
        Label l = new Label().at(1, 1).text("hi");
        System.out.println(c.draw());
        System.out.println(l.draw());
        Shape<?>[] shapes = {c, l};
        for (Shape<?> s : shapes) System.out.println(s.self().draw());
        Cat[] cats = {new Cat("tom", 4), new Cat("felix", 6), new Cat("kitty", 3)};
        Cat heaviest = max(cats);
        System.out.println(heaviest.name + " " + heaviest.weight);
    }
}

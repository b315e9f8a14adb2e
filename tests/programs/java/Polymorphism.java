// Virtual dispatch through base-class and interface references, overriding with
// covariant returns, dispatch from inherited methods, arrays of mixed objects.
// expect: circle with area 3.141592653589793
// expect: rectangle with area 6.0
// expect: square with area 16.0
// expect: total 25.141592653589793
// expect: square 9.0 true
// expect: Dog says woof
// expect: Puppy says yip
// expect: Cat says meow
interface Shape {
    double area();
    String name();
    default String describe() { return name() + " with area " + area(); }
}
class Circle implements Shape {
    final double r;
    Circle(double r) { this.r = r; }
    public double area() { return Math.PI * r * r; }
    public String name() { return "circle"; }
}
class Rectangle implements Shape {
    final double w, h;
    Rectangle(double w, double h) { this.w = w; this.h = h; }
    public double area() { return w * h; }
    public String name() { return "rectangle"; }
    Rectangle scaled(double k) { return new Rectangle(w * k, h * k); }
}
class Square extends Rectangle {
    Square(double s) { super(s, s); }
    @Override public String name() { return "square"; }
    @Override Square scaled(double k) { return new Square(w * k); }
}
abstract class Animal {
    abstract String sound();
    String speak() { return getClass().getName() + " says " + sound(); }
}
class Dog extends Animal { String sound() { return "woof"; } }
class Puppy extends Dog { String sound() { return "yip"; } }
class Cat extends Animal { String sound() { return "meow"; } }
public class Polymorphism {
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rectangle(2, 3), new Square(4)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total " + total);
        Rectangle r = new Square(2);
        Rectangle scaled = r.scaled(1.5);
        System.out.println(scaled.name() + " " + scaled.area() + " " + (scaled instanceof Square));
        Animal[] zoo = {new Dog(), new Puppy(), new Cat()};
        for (Animal a : zoo) System.out.println(a.speak());
    }
}

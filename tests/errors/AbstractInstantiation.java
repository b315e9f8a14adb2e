// Abstract classes and interfaces cannot be instantiated.
abstract class Shape {
    abstract double area();
}
interface Drawable {
    void draw();
}
public class AbstractInstantiation {
    public static void main(String[] args) {
        Shape s = new Shape(); // expect error: Shape is abstract; cannot be instantiated
        Drawable d = new Drawable(); // expect error: Drawable is abstract; cannot be instantiated
        Number n = new Number(); // expect error: Number is abstract; cannot be instantiated
    }
}

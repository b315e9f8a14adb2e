// Constructors: this(...) and super(...) chains, implicit super(), the order of
// constructor bodies along the hierarchy, overloaded constructors.
// expect: Shape(rect)
// expect: Rect(1,1)
// expect: Rect()
// expect: rect 1x1
// expect: --
// expect: Shape(shape)
// expect: Shape()
// expect: Rect(4) after implicit super
// expect: shape 4x4
// expect: --
// expect: Shape(rect)
// expect: Rect(3,3)
// expect: Square(3)
// expect: square 3x3
// expect: --
// expect: Shape(shape)
// expect: Shape()
// expect: shape
class Shape {
    String name;
    Shape() { this("shape"); System.out.println("Shape()"); }
    Shape(String name) { this.name = name; System.out.println("Shape(" + name + ")"); }
}
class Rect extends Shape {
    int w, h;
    Rect() { this(1, 1); System.out.println("Rect()"); }
    Rect(int w, int h) { super("rect"); this.w = w; this.h = h; System.out.println("Rect(" + w + "," + h + ")"); }
    Rect(int side) { System.out.println("Rect(" + side + ") after implicit super"); w = h = side; }
}
class Square extends Rect {
    Square(int s) { super(s, s); name = "square"; System.out.println("Square(" + s + ")"); }
}
public class ConstructorChaining {
    public static void main(String[] args) {
        Rect r = new Rect();
        System.out.println(r.name + " " + r.w + "x" + r.h);
        System.out.println("--");
        Rect r2 = new Rect(4);
        System.out.println(r2.name + " " + r2.w + "x" + r2.h);
        System.out.println("--");
        Square s = new Square(3);
        System.out.println(s.name + " " + s.w + "x" + s.h);
        System.out.println("--");
        Shape plain = new Shape();
        System.out.println(plain.name);
    }
}

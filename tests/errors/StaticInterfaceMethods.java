// Static methods of interfaces are not inherited (JLS 8.4.8, 9.4.1): they are called
// through their own interface, or unqualified inside it; in an implementing class an
// unqualified name finds an enclosing class's method instead.
interface Shape {
    static String describe() {
        return "shape";
    }

    default String name() {
        return describe();
    }

    class Helper {
        String help() {
            return describe();
        }
    }
}

interface Polygon extends Shape {
    static String corners() {
        return Shape.describe();
    }
}

class Square implements Polygon {
    String f() {
        return describe(); // expect error: cannot find symbol
    }

    String g() {
        return Shape.describe() + Polygon.corners();
    }
}

public class StaticInterfaceMethods {
    static String describe(int n) {
        return "outer " + n;
    }

    static class Inner implements Shape {
        String h() {
            return describe(1);
        }

        String i() {
            return describe(); // expect error: method describe in class StaticInterfaceMethods cannot be applied to given types;
        }
    }

    public static void main(String[] args) {
        Square s = new Square();
        s.describe(); // expect error: cannot find symbol
        Square.describe(); // expect error: cannot find symbol
        Polygon.describe(); // expect error: cannot find symbol
        Shape.describe();
    }
}

// Interface methods without default or static have no body; default methods need one.
interface Shape {
    double area() { return 0; } // expect error: interface abstract methods cannot have body
    default double perimeter(); // expect error: missing method body, or declare abstract
    static int count(); // expect error: missing method body, or declare abstract
}
public class InterfaceBody {
    public static void main(String[] args) {
    }
}

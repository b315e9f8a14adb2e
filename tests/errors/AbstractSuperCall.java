// super.m() cannot call an abstract method, and interfaces' abstract methods cannot be
// reached through I.super.
abstract class Base {
    abstract void run();
    void concrete() { }
}
interface Walker {
    void walk();
    default void stroll() { }
}
class Impl extends Base implements Walker {
    void run() {
        super.run(); // expect error: abstract method run() in Base cannot be accessed directly
        super.concrete();
    }
    public void walk() {
        Walker.super.walk(); // expect error: abstract method walk() in Walker cannot be accessed directly
        Walker.super.stroll();
    }
}
public class AbstractSuperCall {
    public static void main(String[] args) {
    }
}

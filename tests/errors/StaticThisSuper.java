// this and super cannot be used in static code; instance methods need a receiver.
class Parent {
    String name() { return "p"; }
}
public class StaticThisSuper extends Parent {
    int x;
    static void s() {
        System.out.println(super.name()); // expect error: non-static variable super cannot be referenced from a static context
        System.out.println(this); // expect error: non-static variable this cannot be referenced from a static context
        System.out.println(name()); // expect error: non-static method name() cannot be referenced from a static context
        System.out.println(StaticThisSuper.x); // expect error: non-static variable x cannot be referenced from a static context
    }
    public static void main(String[] args) {
    }
}

// Instance initialization order: superclass constructor first, then field initializers
// and instance initializer blocks in textual order, then the constructor body; a virtual
// call from the superclass constructor sees default values.
// expect: Parent.p initializer
// expect: Parent instance block
// expect: Parent() body
// expect: Child.describe sees a=0 s=null c=0
// expect: Child.a initializer
// expect: Child block 1, a=10
// expect: Child.b initializer (after block)
// expect: Child block 2, b=20
// expect: Child() body a=10 b=20 c=30
// expect: Child(int) body x=7
// expect: --
// expect: Parent.p initializer
// expect: Parent instance block
// expect: Parent() body
// expect: Child.describe sees a=0 s=null c=0
// expect: Child.a initializer
// expect: Child block 1, a=10
// expect: Child.b initializer (after block)
// expect: Child block 2, b=20
// expect: Child() body a=10 b=20 c=30
// expect: Child.describe sees a=10 s=set c=30
class Parent {
    int p = trace("Parent.p initializer", 1);
    { trace("Parent instance block", 0); }
    Parent() {
        trace("Parent() body", 0);
        describe();
    }
    void describe() { System.out.println("Parent.describe"); }
    static int trace(String s, int v) { System.out.println(s); return v; }
}
class Child extends Parent {
    int a = trace("Child.a initializer", 10);
    String s = "set";
    { trace("Child block 1, a=" + a, 0); b = 5; }
    int b = trace("Child.b initializer (after block)", 20);
    { trace("Child block 2, b=" + b, 0); }
    final int c;
    Child() {
        super();
        c = 30;
        trace("Child() body a=" + a + " b=" + b + " c=" + c, 0);
    }
    Child(int x) {
        this();
        trace("Child(int) body x=" + x, 0);
    }
    @Override
    void describe() { System.out.println("Child.describe sees a=" + a + " s=" + s + " c=" + c); }
}
public class InitOrder {
    public static void main(String[] args) {
        new Child(7);
        System.out.println("--");
        Child ch = new Child();
        ch.describe();
    }
}

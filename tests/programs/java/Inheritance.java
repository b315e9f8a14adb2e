// Single inheritance: overriding, super.m(), inherited fields, field hiding (static
// type decides), static method hiding, protected members, multi-level chains.
// expect: A B C(B)
// expect: A.call->A
// expect: A.call->B
// expect: C.call->A.call->C(B)
// expect: A.name B.name
// expect: A/A.name/B.name
// expect: A.kind B.kind
// expect: 11
// expect: C(B)
// expect: true
// expect: false
// expect: C
class A {
    String name = "A.name";
    static String kind() { return "A.kind"; }
    String who() { return "A"; }
    String call() { return "A.call->" + who(); }
    protected int prot = 1;
}
class B extends A {
    String name = "B.name";
    static String kind() { return "B.kind"; }
    @Override String who() { return "B"; }
    String sup() { return super.who() + "/" + super.name + "/" + name; }
}
class C extends B {
    @Override String who() { return "C(" + super.who() + ")"; }
    @Override String call() { return "C.call->" + super.call(); }
    int prot() { return prot + 10; }
}
public class Inheritance {
    public static void main(String[] args) {
        A a = new A(), b = new B(), c = new C();
        System.out.println(a.who() + " " + b.who() + " " + c.who());
        System.out.println(a.call());
        System.out.println(b.call());
        System.out.println(c.call());
        System.out.println(b.name + " " + ((B) b).name);
        System.out.println(((B) c).sup());
        System.out.println(A.kind() + " " + B.kind());
        System.out.println(((C) c).prot());
        B asB = (B) c;
        System.out.println(asB.who());
        System.out.println(c instanceof A);
        System.out.println(a instanceof B);
        Object o = c;
        System.out.println(o.getClass().getName());
    }
}

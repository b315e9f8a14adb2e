// Static members through instance expressions: the expression is evaluated (side
// effects happen) but its value is ignored, so even null works; static fields shared by
// all instances; static methods are not virtual.
// expect: Base.kind
// expect: Sub.kind
// expect: Base.kind
// expect: 5 5
// expect: Base.kind 1
// expect: 6 2
// expect: 100
class Base {
    static int counter;
    static String kind() { return "Base.kind"; }
}
class Sub extends Base {
    static String kind() { return "Sub.kind"; }
}
public class StaticViaInstance {
    static int evaluated;
    static Base make() { evaluated++; return new Sub(); }
    @SuppressWarnings("static-access")
    public static void main(String[] args) {
        Base b = new Sub();
        System.out.println(b.kind());
        System.out.println(((Sub) b).kind());
        Base nothing = null;
        System.out.println(nothing.kind());
        nothing.counter = 5;
        System.out.println(Base.counter + " " + Sub.counter);
        System.out.println(make().kind() + " " + evaluated);
        make().counter++;
        System.out.println(Base.counter + " " + evaluated);
        Sub s1 = new Sub(), s2 = new Sub();
        s1.counter = 100;
        System.out.println(s2.counter);
    }
}

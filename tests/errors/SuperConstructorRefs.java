// Before super() or this() returns, the object's instance members cannot be used in the
// arguments.
class Base {
    Base(int x) { }
}
public class SuperConstructorRefs extends Base {
    int field = 3;
    int compute() { return 4; }
    SuperConstructorRefs() {
        super(field); // expect error: cannot reference field before supertype constructor has been called
    }
    SuperConstructorRefs(int a) {
        super(compute()); // expect error: cannot reference this before supertype constructor has been called
    }
    SuperConstructorRefs(String s) {
        this(s.length() + field); // expect error: cannot reference field before supertype constructor has been called
    }
    SuperConstructorRefs(long l) {
        super(helper());
    }
    static int helper() { return 5; }
    public static void main(String[] args) {
    }
}

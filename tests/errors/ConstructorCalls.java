// this(...) and super(...) must come first; a superclass without a no-argument
// constructor must be called explicitly.
class Base {
    Base(int x) { }
}
class NoCall extends Base { // expect error: constructor Base in class Base cannot be applied to given types;
}
class Late extends Base {
    Late() {
        int y = 1;
        super(y); // expect error: call to super must be first statement in constructor
    }
}
class Implicit extends Base {
    Implicit() { // expect error: constructor Base in class Base cannot be applied to given types;
        System.out.println();
    }
}
class Chain {
    Chain() { this(1); }
    Chain(int x) {
        System.out.println(x);
        this(); // expect error: call to this must be first statement in constructor
    }
}
public class ConstructorCalls {
    public static void main(String[] args) {
    }
}

// Invalid overrides: weaker access, final methods, incompatible return types, static
// vs instance, final classes.
class A {
    public void pub() { }
    final void fixed() { }
    int num() { return 1; }
    void inst() { }
    static void stat() { }
}
final class Sealed { }
class B extends A {
    void pub() { } // expect error: pub() in B cannot override pub() in A
    void fixed() { } // expect error: fixed() in B cannot override fixed() in A
    long num() { return 2; } // expect error: num() in B cannot override num() in A
    static void inst() { } // expect error: inst() in B cannot override inst() in A
    void stat() { } // expect error: stat() in B cannot override stat() in A
}
class C extends Sealed { } // expect error: cannot inherit from final Sealed
interface I { void m(); }
class D implements I {
    void m() { } // expect error: m() in D cannot implement m() in I
}
public class OverrideRules {
    public static void main(String[] args) {
    }
}

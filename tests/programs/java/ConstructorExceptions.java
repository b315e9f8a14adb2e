// Exceptions during construction: thrown from a constructor body, from a field
// initializer, from an instance initializer (declared by every constructor), from a
// superclass constructor; objects escaping before the failure keep partial state.
// expect: cannot open disk; escaped: disk size 10
// expect: net size 20 true
// expect: field init failed
// expect: CheckedInit(1) done
// expect: initializer failed
// expect: super failed: cannot open derived, last is Derived: true
class Registry {
    static Resource last;
}
class Resource {
    final String name;
    int size = 10;
    Resource(String name, boolean fail) {
        this.name = name;
        Registry.last = this;
        if (fail) throw new IllegalArgumentException("cannot open " + name);
        size = 20;
    }
}
class BadField {
    int ok = 1;
    int bad = compute();
    static int compute() { throw new IllegalStateException("field init failed"); }
}
class CheckedInit {
    {
        if (CheckedInit.fail) throw new Exception("initializer failed");
    }
    static boolean fail;
    CheckedInit() throws Exception {}
    CheckedInit(int x) throws Exception { this(); System.out.println("CheckedInit(" + x + ") done"); }
}
class Derived extends Resource {
    Derived() {
        super("derived", true);
        System.out.println("not reached");
    }
}
public class ConstructorExceptions {
    public static void main(String[] args) {
        try {
            new Resource("disk", true);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + "; escaped: " + Registry.last.name + " size " + Registry.last.size);
        }
        Resource ok = new Resource("net", false);
        System.out.println(ok.name + " size " + ok.size + " " + (Registry.last == ok));
        try {
            new BadField();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            new CheckedInit(1);
            CheckedInit.fail = true;
            new CheckedInit(2);
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
        try {
            new Derived();
        } catch (RuntimeException e) {
            System.out.println("super failed: " + e.getMessage() + ", last is Derived: " + (Registry.last instanceof Derived));
        }
    }
}

// Subtle class initialization: a static field reached through a subclass name
// initializes only the declaring class; interfaces are not initialized by their
// implementing classes; circular static initialization sees default values; a
// constant variable is inlined and triggers nothing.
// expect: init Parent
// expect: read Child.shared: 1
// expect: init Child
// expect: now Child.own: 1
// expect: init Impl
// expect: Iface.CONSTANT 5
// expect: init Iface
// expect: Iface.NOT_CONSTANT 1
// expect: CycleB done b=10
// expect: CycleA done a=11
// expect: CycleA.a 11 CycleB.b 10
// expect: inlined
// expect: init Holder
// expect: object
class Log {
    static void say(String s) { System.out.println(s); }
}
class Parent {
    static int shared = init("Parent");
    static int init(String who) { Log.say("init " + who); return 1; }
}
class Child extends Parent {
    static int own = init("Child");
}
interface Iface {
    int NOT_CONSTANT = Parent.init("Iface");
    int CONSTANT = 5;
}
class Impl implements Iface {
    static { Log.say("init Impl"); }
}
class CycleA {
    static int a = CycleB.b + 1;
    static { Log.say("CycleA done a=" + a); }
}
class CycleB {
    static int b = CycleA.a + 10;
    static { Log.say("CycleB done b=" + b); }
}
class Holder {
    static final String TEXT = "inlined";
    static final Object NOT_INLINED = "object";
    static { Log.say("init Holder"); }
}
public class StaticInitSubtle {
    public static void main(String[] args) {
        Log.say("read Child.shared: " + Child.shared);
        Log.say("now Child.own: " + Child.own);
        new Impl();
        Log.say("Iface.CONSTANT " + Iface.CONSTANT);
        Log.say("Iface.NOT_CONSTANT " + Iface.NOT_CONSTANT);
        Log.say("CycleA.a " + CycleA.a + " CycleB.b " + CycleB.b);
        Log.say(Holder.TEXT);
        Log.say("" + Holder.NOT_INLINED);
    }
}

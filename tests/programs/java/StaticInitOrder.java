// Static initialization: classes are initialized lazily on first active use, in textual
// order of static fields and blocks, superclasses first; constants do not trigger it.
// expect: init: StaticInitOrder.mainField
// expect: main class static block
// expect: main starts
// expect: CONST 99
// expect: K 7
// expect: array of NeverUsed: 3
// expect: init: Super.s1
// expect: init: Super static block
// expect: init: Sub.x
// expect: init: Sub static block x=2 y=0
// expect: init: Sub.y
// expect: Sub.z = 5
// expect: Lazy before
// expect: init: Lazy
// expect: 5
// expect: 5
// expect: StaticInitOrder.mainField Super.s1 Super static block Sub.x Sub static block x=2 y=0 Sub.y Lazy |
class Log {
    static StringBuilder sb = new StringBuilder();
    static int add(String s, int v) { sb.append(s).append(' '); System.out.println("init: " + s); return v; }
}
class Super {
    static int s1 = Log.add("Super.s1", 1);
    static { Log.add("Super static block", 0); }
    static final int CONST = 99;
    static void touch() {}
}
class Sub extends Super {
    static int x = Log.add("Sub.x", 2);
    static { Log.add("Sub static block x=" + x + " y=" + Sub.y, 0); }
    static int y = Log.add("Sub.y", 3);
    static int z;
    static { z = x + y; }
}
class Lazy {
    static { Log.add("Lazy", 0); }
    static int value = 5;
}
class NeverUsed {
    static { Log.add("NeverUsed", 0); }
}
interface WithConst {
    int K = 7;
}
public class StaticInitOrder {
    static int mainField = Log.add("StaticInitOrder.mainField", 4);
    static { System.out.println("main class static block"); }
    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("CONST " + Super.CONST);
        System.out.println("K " + WithConst.K);
        NeverUsed[] arr = new NeverUsed[3];
        System.out.println("array of NeverUsed: " + arr.length);
        System.out.println("Sub.z = " + Sub.z);
        Super.touch();
        System.out.println("Lazy before");
        System.out.println(Lazy.value);
        System.out.println(Lazy.value);
        System.out.println(Log.sb + "|");
    }
}

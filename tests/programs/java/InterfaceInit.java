// Interface initialization (JLS 12.4.1, JVMS 5.5): initializing a class initializes the
// superinterfaces that declare default methods, but not the others; reading an
// interface's non-constant field initializes that interface only.
// expect: start
// expect: init WithDefault
// expect: init Impl
// expect: hello from default
// expect: init Plain
// expect: Plain.P = 5
// expect: init Sub
// expect: Sub.S = 3
class Trace {
    static int log(String s) { System.out.println("init " + s); return s.length(); }
}
interface Plain {
    int P = Trace.log("Plain");
    void m();
}
interface WithDefault {
    int W = Trace.log("WithDefault");
    default String hello() { return "hello from default"; }
}
interface Sub extends WithDefault {
    int S = Trace.log("Sub");
}
class Impl implements Plain, Sub {
    static { Trace.log("Impl"); }
    public void m() { }
}
public class InterfaceInit {
    public static void main(String[] args) {
        System.out.println("start");
        Impl i = new Impl();
        System.out.println(i.hello());
        System.out.println("Plain.P = " + Plain.P);
        System.out.println("Sub.S = " + Sub.S);
    }
}

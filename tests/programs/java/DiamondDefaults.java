// Default method resolution: a class method beats interface defaults, a more specific
// interface's default beats its superinterface's, a re-abstracted method must be
// implemented, and an abstract class can supply the implementation for an interface.
// expect: Both: Left
// expect: Override: Override+Left
// expect: FromClass: Provider
// expect: Concrete: Concrete
// expect: Left
// expect: 1006
interface Base { default String who() { return "Base"; } }
interface Left extends Base { default String who() { return "Left"; } }
interface Right extends Base { }
class Both implements Left, Right { }
class Override implements Left, Right { public String who() { return "Override+" + Left.super.who(); } }
abstract class Provider { public String who() { return "Provider"; } }
class FromClass extends Provider implements Left { }
interface Reabstract extends Base { String who(); }
class Concrete implements Reabstract { public String who() { return "Concrete"; } }
interface Counter { int count(); default int twice() { return 2 * count(); } }
abstract class AbstractCounter implements Counter { public int twice() { return 1000 + Counter.super.twice(); } }
class Three extends AbstractCounter { public int count() { return 3; } }
public class DiamondDefaults {
    public static void main(String[] args) {
        Base[] all = {new Both(), new Override(), new FromClass(), new Concrete()};
        for (Base b : all) System.out.println(b.getClass().getName() + ": " + b.who());
        Right r = new Both();
        System.out.println(r.who());
        Counter c = new Three();
        System.out.println(c.twice());
    }
}

// Default methods: inherited, overridden, calling abstract methods, I.super.m() to pick
// among conflicting defaults, class methods win over defaults, private interface methods.
// expect: Hello, plain!
// expect: LOUD: Hello, loud!
// expect: Hello, both! / Good day
// expect: from class
// expect: 10
// expect: 16
// expect: 3
interface Greeting {
    String name();
    default String greet() { return "Hello, " + name() + suffix(); }
    private String suffix() { return "!"; }
}
interface Polite {
    default String greet() { return "Good day"; }
}
class Plain implements Greeting {
    public String name() { return "plain"; }
}
class Loud implements Greeting {
    public String name() { return "loud"; }
    public String greet() { return "LOUD: " + Greeting.super.greet(); }
}
class Both implements Greeting, Polite {
    public String name() { return "both"; }
    public String greet() { return Greeting.super.greet() + " / " + Polite.super.greet(); }
}
class BaseGreeter {
    public String greet() { return "from class"; }
    public String name() { return "base"; }
}
class ClassWins extends BaseGreeter implements Greeting {}
interface Counter {
    int step();
    default int advance(int from, int times) {
        for (int i = 0; i < times; i++) from += step();
        return from;
    }
}
interface Doubler extends Counter {
    default int step() { return 2; }
}
class ByTwo implements Doubler {}
class ByThree implements Doubler { public int step() { return 3; } }
public class DefaultMethods {
    public static void main(String[] args) {
        Greeting[] gs = {new Plain(), new Loud(), new Both(), new ClassWins()};
        for (Greeting g : gs) System.out.println(g.greet());
        System.out.println(new ByTwo().advance(0, 5));
        System.out.println(new ByThree().advance(1, 5));
        Counter c = new ByThree();
        System.out.println(c.step());
    }
}

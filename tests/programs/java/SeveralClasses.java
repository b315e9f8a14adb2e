// Several top-level classes in one file, each with its own static state and even its own
// main method; only the public class's main runs; classes refer to each other in both
// directions.
// expect: First says hi to Second#1
// expect: true
// expect: 2 third!
// expect: Second#2
class First {
    static int created;
    final Second partner;
    First() { created++; partner = new Second(this); }
    public static void main(String[] args) { System.out.println("First.main must not run"); }
    String hello() { return "First says hi to " + partner.name(); }
}
class Second {
    final First owner;
    Second(First f) { owner = f; }
    String name() { return "Second#" + First.created; }
    static String shout(String s) { return s + "!"; }
}
interface Third {
    String THIRD = Second.shout("third");
}
public class SeveralClasses {
    public static void main(String[] args) {
        First f = new First();
        System.out.println(f.hello());
        new First();
        System.out.println(f.partner.owner == f);
        System.out.println(First.created + " " + Third.THIRD);
        System.out.println(new Second(null).name());
    }
}

// Abstract classes: abstract methods implemented in subclasses, template methods,
// constructors of abstract classes, abstract classes implementing interfaces partially.
// expect: month 1
// expect: Checking#1 fee 25 -> 475
// expect: Checking#2 fee 0 -> 5000
// expect: Savings#3 fee -100 -> 10100
// expect: month 2
// expect: Checking#1 fee 25 -> 450
// expect: Checking#2 fee 0 -> 5000
// expect: Savings#3 fee -101 -> 10201
// expect: Hello, world
// expect: 5
abstract class Account {
    private static int nextId = 1;
    protected final int id;
    protected long balance;
    Account(long opening) { id = nextId++; balance = opening; }
    abstract long monthlyFee();
    abstract String type();
    final void endOfMonth() {
        long fee = monthlyFee();
        balance -= fee;
        System.out.println(type() + "#" + id + " fee " + fee + " -> " + balance);
    }
}
class Checking extends Account {
    Checking(long b) { super(b); }
    long monthlyFee() { return balance < 1000 ? 25 : 0; }
    String type() { return "Checking"; }
}
class Savings extends Account {
    Savings(long b) { super(b); }
    long monthlyFee() { return -balance / 100; }
    String type() { return "Savings"; }
}
interface Named { String name(); String greet(); }
abstract class Greeter implements Named {
    public String greet() { return "Hello, " + name(); }
}
class World extends Greeter {
    public String name() { return "world"; }
}
public class AbstractClasses {
    public static void main(String[] args) {
        Account[] accounts = {new Checking(500), new Checking(5000), new Savings(10000)};
        for (int month = 1; month <= 2; month++) {
            System.out.println("month " + month);
            for (Account a : accounts) a.endOfMonth();
        }
        Named n = new World();
        System.out.println(n.greet());
        Greeter g = new World();
        System.out.println(g.name().length());
    }
}

// A vending machine state machine: states as classes implementing an interface,
// transitions returning the next state, illegal events reported with checked and
// unchecked exceptions, finally blocks for auditing, and a recovery path.
// expect: Idle rejects select: insert coins first
// expect: Idle --coin(50)--> HasCredit(0)
// expect: HasCredit(0) --coin(-5)--> HasCredit(0)
// expect: HasCredit(0) --coin(50)--> HasCredit(0)
// expect: HasCredit(0) --select--> HasCredit(0)
// expect: HasCredit(0) rejects select: need 55 more
// expect: HasCredit(0) --coin(25)--> HasCredit(0)
// expect: HasCredit(0) rejects select: need 30 more
// expect: HasCredit(0) --coin(100)--> HasCredit(0)
// expect: HasCredit(0) --coin--> HasCredit(0)
// expect: HasCredit(0) --select--> HasCredit(0)
// expect: HasCredit(0) --coin--> HasCredit(0)
// expect: HasCredit(0) --refund--> Idle
// expect: bug: unknown event dance
// expect: Idle --coin(100)--> HasCredit(0)
// expect: refund 100: out of stock: soda
// expect: Broken --repair(5)--> Idle
// expect: Idle --coin(50)--> HasCredit(0)
// expect: HasCredit(0) --coin(25)--> HasCredit(0)
// expect: HasCredit(0) --select--> Idle
// expect: sales 3, stock 4, credit 0, audits 20
interface State {
    State on(Machine m, String event, int arg) throws VendingException;
    String name();
}
class VendingException extends Exception {
    VendingException(String m) { super(m); }
}
class OutOfStock extends VendingException {
    OutOfStock(String item) { super("out of stock: " + item); }
}
class Machine {
    int credit, stock = 2, sales, audits;
    State state = new Idle();
    StringBuilder log = new StringBuilder();
    void fire(String event, int arg) {
        String before = state.name();
        try {
            state = state.on(this, event, arg);
            System.out.println(before + " --" + event + (arg != 0 ? "(" + arg + ")" : "") + "--> " + state.name());
        } catch (OutOfStock e) {
            System.out.println("refund " + credit + ": " + e.getMessage());
            credit = 0;
            state = new Broken();
        } catch (VendingException e) {
            System.out.println(before + " rejects " + event + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            System.out.println("bug: " + e.getMessage());
            state = new Idle();
        } finally {
            audits++;
        }
    }
}
class Idle implements State {
    public String name() { return "Idle"; }
    public State on(Machine m, String e, int arg) throws VendingException {
        switch (e) {
            case "coin":
                if (arg <= 0) throw new VendingException("bad coin " + arg);
                m.credit += arg;
                return new HasCredit();
            case "select": throw new VendingException("insert coins first");
            default: throw new IllegalStateException("unknown event " + e);
        }
    }
}
class HasCredit implements State {
    static final int PRICE = 75;
    public String name() { return "HasCredit(" + 0 + ")"; }
    public State on(Machine m, String e, int arg) throws VendingException {
        switch (e) {
            case "coin": m.credit += arg; return this;
            case "refund": m.credit = 0; return new Idle();
            case "select":
                if (m.credit < PRICE) throw new VendingException("need " + (PRICE - m.credit) + " more");
                if (m.stock == 0) throw new OutOfStock("soda");
                m.stock--;
                m.sales++;
                m.credit -= PRICE;
                return m.credit > 0 ? this : new Idle();
            default: throw new IllegalStateException("unknown event " + e);
        }
    }
}
class Broken implements State {
    public String name() { return "Broken"; }
    public State on(Machine m, String e, int arg) throws VendingException {
        if (e.equals("repair")) { m.stock = arg; return new Idle(); }
        throw new VendingException("machine is broken");
    }
}
public class StateMachine {
    public static void main(String[] args) {
        Machine m = new Machine();
        String[] events = {"select", "coin", "coin", "coin", "select", "select", "coin", "select", "coin", "coin",
            "select", "coin", "refund", "dance", "coin", "select", "repair", "coin", "coin", "select"};
        int[] argsFor = {0, 50, -5, 50, 0, 0, 25, 0, 100, 0, 0, 0, 0, 0, 100, 0, 5, 50, 25, 0};
        for (int i = 0; i < events.length; i++) m.fire(events[i], argsFor[i]);
        System.out.println("sales " + m.sales + ", stock " + m.stock + ", credit " + m.credit + ", audits " + m.audits);
    }
}

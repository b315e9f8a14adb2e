// A bank simulation: an interface for accounts, an abstract base class, two account
// kinds, checked exceptions for business errors, a ledger of transactions, interest in
// long cents, and a report.
// expect: error: no account dave
// expect: error: invalid amount -5
// expect: declined: alice lacks $765.44 (missing 76544)
// expect: alice->carol $250.75
// expect: alice->carol $300.00
// expect: alice->carol $49.25
// expect: bob->alice $1234.56
// expect: carol->bob $700.00
// expect: alice $1134.56 ops=5
// expect: bob $9522.33 ops=3
// expect: carol -$145.00 ops=4
// expect: total $10511.89, failures 3
interface Account {
    String id();
    long balance();
    void deposit(long cents) throws BankException;
    void withdraw(long cents) throws BankException;
}
class BankException extends Exception {
    BankException(String m) { super(m); }
}
class InsufficientFunds extends BankException {
    final long missing;
    InsufficientFunds(String id, long missing) { super(id + " lacks " + Money.fmt(missing)); this.missing = missing; }
}
class Money {
    static String fmt(long cents) {
        String sign = cents < 0 ? "-" : "";
        long a = cents < 0 ? -cents : cents;
        long frac = a % 100;
        return sign + "$" + a / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }
}
abstract class BaseAccount implements Account {
    private final String id;
    protected long balance;
    private int ops;
    BaseAccount(String id) { this.id = id; }
    public String id() { return id; }
    public long balance() { return balance; }
    public void deposit(long cents) throws BankException {
        if (cents <= 0) throw new BankException("invalid amount " + cents);
        balance += cents;
        ops++;
    }
    public void withdraw(long cents) throws BankException {
        if (cents <= 0) throw new BankException("invalid amount " + cents);
        long limit = balance + overdraft();
        if (cents > limit) throw new InsufficientFunds(id, cents - limit);
        balance -= cents;
        ops++;
    }
    int ops() { return ops; }
    abstract long overdraft();
    abstract void monthEnd();
    public String toString() { return id + " " + Money.fmt(balance); }
}
class Checking extends BaseAccount {
    Checking(String id) { super(id); }
    long overdraft() { return 100_00; }
    void monthEnd() { if (balance < 0) balance -= 15_00; }
}
class Savings extends BaseAccount {
    final int basisPoints;
    Savings(String id, int bp) { super(id); basisPoints = bp; }
    long overdraft() { return 0; }
    void monthEnd() { balance += balance * basisPoints / 10000 / 12; }
}
class Bank {
    private final BaseAccount[] accounts = new BaseAccount[10];
    private int n;
    private final StringBuilder ledger = new StringBuilder();
    private int failures;
    BaseAccount open(BaseAccount a) { accounts[n++] = a; return a; }
    Account find(String id) throws BankException {
        for (int i = 0; i < n; i++) if (accounts[i].id().equals(id)) return accounts[i];
        throw new BankException("no account " + id);
    }
    void transfer(String from, String to, long cents) {
        try {
            Account src = find(from), dst = find(to);
            src.withdraw(cents);
            try {
                dst.deposit(cents);
            } catch (BankException e) {
                src.deposit(cents);
                throw e;
            }
            ledger.append(from).append("->").append(to).append(' ').append(Money.fmt(cents)).append('\n');
        } catch (InsufficientFunds e) {
            failures++;
            System.out.println("declined: " + e.getMessage() + " (missing " + e.missing + ")");
        } catch (BankException e) {
            failures++;
            System.out.println("error: " + e.getMessage());
        }
    }
    void monthEnd() { for (int i = 0; i < n; i++) accounts[i].monthEnd(); }
    void report() {
        System.out.print(ledger);
        long total = 0;
        for (int i = 0; i < n; i++) {
            System.out.println(accounts[i] + " ops=" + accounts[i].ops());
            total += accounts[i].balance();
        }
        System.out.println("total " + Money.fmt(total) + ", failures " + failures);
    }
}
public class BankSimulation {
    public static void main(String[] args) throws BankException {
        Bank bank = new Bank();
        bank.open(new Checking("alice")).deposit(500_00);
        bank.open(new Savings("bob", 240)).deposit(10_000_00);
        bank.open(new Checking("carol"));
        bank.transfer("alice", "carol", 250_75);
        bank.transfer("alice", "carol", 300_00);
        bank.transfer("alice", "carol", 49_25);
        bank.transfer("bob", "alice", 1_234_56);
        bank.transfer("carol", "dave", 1_00);
        bank.transfer("carol", "bob", -5);
        bank.transfer("carol", "bob", 700_00);
        bank.transfer("alice", "bob", 2_000_00);
        for (int m = 0; m < 3; m++) bank.monthEnd();
        bank.report();
    }
}

// Checked exceptions must be caught or declared.
class MyChecked extends Exception {
    MyChecked(String m) { super(m); }
}
public class UnreportedException {
    static void risky() throws MyChecked {
        throw new MyChecked("x");
    }
    static void declared() throws Exception {
        risky();
    }
    static void unchecked() {
        throw new IllegalStateException("fine");
    }
    public static void main(String[] args) {
        risky(); // expect error: unreported exception MyChecked; must be caught or declared to be thrown
        throw new Exception("checked"); // expect error: unreported exception Exception; must be caught or declared to be thrown
    }
    static void partial() {
        try {
            declared(); // expect error: unreported exception Exception; must be caught or declared to be thrown
        } catch (MyChecked e) {
        }
    }
    UnreportedException() throws MyChecked {
        risky();
    }
    static UnreportedException make() {
        return new UnreportedException(); // expect error: unreported exception MyChecked; must be caught or declared to be thrown
    }
}

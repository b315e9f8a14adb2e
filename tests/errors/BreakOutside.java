// break and continue need an enclosing loop, switch or label.
public class BreakOutside {
    public static void main(String[] args) {
        if (args.length == 0) {
            break; // expect error: break outside switch or loop
        }
        continue; // expect error: continue outside of loop
    }
    static void m(int x) {
        switch (x) {
            case 1:
                continue; // expect error: continue outside of loop
            default:
                break;
        }
        lbl: {
            break lbl;
        }
        while (true) {
            break nowhere; // expect error: undefined label: nowhere
        }
    }
}

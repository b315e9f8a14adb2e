// More flow errors: a do-while(true) without break ends reachability, a missing return
// after a try whose catch falls through, a switch without default, a variable assigned
// only in a loop body, and code after a labeled infinite loop without a break to it.
public class FlowMore {
    static int a(int x) {
        do {
            x++;
        } while (true);
        return x; // expect error: unreachable statement
    }
    static int b(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.out.println("bad");
        }
    } // expect error: missing return statement
    static int c(int x) {
        switch (x) {
            case 1: return 1;
            case 2: return 2;
        }
    } // expect error: missing return statement
    static int d(int n) {
        int v;
        for (int i = 0; i < n; i++) v = i;
        return v; // expect error: variable v might not have been initialized
    }
    static void e() {
        outer:
        while (true) {
            while (true) {
                break;
            }
        }
        System.out.println(); // expect error: unreachable statement
    }
    static void f() {
        outer:
        while (true) {
            while (true) {
                break outer;
            }
        }
        System.out.println("reachable");
    }
    public static void main(String[] args) {
    }
}

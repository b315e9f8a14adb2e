// System.exit ends the program with its status after what was printed so far; code after
// it does not run.
// expect: 012
// expect: exiting with 3
// expect exit: 3
public class SystemExit {
    static void finish(int code) {
        System.out.println("exiting with " + code);
        System.exit(code);
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(i);
        System.out.println(sb);
        try {
            finish(3);
        } finally {
            System.out.println("finally does not run");
        }
        System.out.println("not reached");
    }
}

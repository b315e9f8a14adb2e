// System.exit with a status: output before it is flushed, nothing after it runs, a
// finally block does not run either.
// expect: before exit
// expect exit: 3
public class ExitCode {
    public static void main(String[] args) {
        System.out.println("before exit");
        try {
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
    }
}

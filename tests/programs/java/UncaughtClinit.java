// An exception in the main class's own static initializer: the JDK reports
// ExceptionInInitializerError before main runs.
// expect: building table
// expect runtime error: java.lang.ExceptionInInitializerError
// expect stderr: Caused by: java.lang.ArithmeticException: / by zero
// expect stderr: at UncaughtClinit.build(UncaughtClinit.java:13)
// expect stderr: at UncaughtClinit.<clinit>(UncaughtClinit.java:9)
public class UncaughtClinit {
    static int[] table = build();
    static int[] build() {
        System.out.println("building table");
        int[] t = new int[3];
        for (int i = 0; i <= 3; i++) t[i] = 10 / (2 - i);
        return t;
    }
    public static void main(String[] args) {
        System.out.println("main never runs " + table.length);
    }
}

// An uncaught exception from java.util with no message (Scanner.nextInt on a word):
// the report line is just the class name, and the exit status is 1.
// expect: read 12
// expect runtime error: java.util.InputMismatchException
// expect stderr: at UncaughtInputMismatch.main(UncaughtInputMismatch.java:13)
import java.util.Scanner;

public class UncaughtInputMismatch {
    public static void main(String[] args) {
        Scanner in = new Scanner("12 apples");
        int n = in.nextInt();
        System.out.println("read " + n);
        int m = in.nextInt();
        System.out.println("read " + m);
    }
}

// An uncaught checked exception declared by main.
// expect: work 0
// expect: work 1
// expect: work 2
// expect runtime error: java.lang.Exception: too many: 3
// expect stderr: at UncaughtChecked.work(UncaughtChecked.java:10)
// expect stderr: at UncaughtChecked.main(UncaughtChecked.java:14)
public class UncaughtChecked {
    static void work(int n) throws Exception {
        if (n > 2) throw new Exception("too many: " + n);
        System.out.println("work " + n);
    }
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 5; i++) work(i);
    }
}

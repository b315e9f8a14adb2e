// An exception thrown inside the library and not caught: the uncaught-exception report
// names it with the JDK's message and the program's own frames, and the exit status is 1.
// expect: size 2
// expect runtime error: java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2
// expect stderr: at UncaughtFromLibrary.third(UncaughtFromLibrary.java:12)
// expect stderr: at UncaughtFromLibrary.main(UncaughtFromLibrary.java:20)
import java.util.ArrayList;
import java.util.List;

public class UncaughtFromLibrary {
    static int third(List<Integer> values) {
        return values.get(2);
    }

    public static void main(String[] args) {
        List<Integer> values = new ArrayList<>();
        values.add(10);
        values.add(20);
        System.out.println("size " + values.size());
        System.out.println(third(values));
    }
}

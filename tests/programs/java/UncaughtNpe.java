// An uncaught NullPointerException with JDK 17's helpful message about a static field.
// expect: start
// expect: caught the first
// expect runtime error: java.lang.NullPointerException: Cannot invoke "String.length()" because "UncaughtNpe.name" is null
// expect stderr: at UncaughtNpe.main(UncaughtNpe.java:17)
public class UncaughtNpe {
    static String name;
    int[] values;
    public static void main(String[] args) {
        System.out.println("start");
        UncaughtNpe u = new UncaughtNpe();
        try {
            System.out.println(u.values.length);
        } catch (NullPointerException e) {
            System.out.println("caught the first");
        }
        System.out.println(name.length());
    }
}

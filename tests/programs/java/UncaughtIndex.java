// An uncaught ArrayIndexOutOfBoundsException after partial output.
// expect: 0
// expect: 1
// expect: 4
// expect: 9
// expect: 16
// expect runtime error: java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5
// expect stderr: at UncaughtIndex.main(UncaughtIndex.java:13)
public class UncaughtIndex {
    public static void main(String[] args) {
        int[] squares = new int[5];
        for (int i = 0; i <= squares.length; i++) {
            squares[i] = i * i;
            System.out.println(squares[i]);
        }
    }
}

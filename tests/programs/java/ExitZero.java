// System.exit(0) in the middle of a loop.
// expect: 0
// expect: 1
// expect: 2
public class ExitZero {
    public static void main(String[] args) {
        for (int i = 0; ; i++) {
            System.out.println(i);
            if (i == 2) System.exit(0);
        }
    }
}

// An exception unwinding through several frames runs every finally block on the way,
// innermost first, and catch blocks of callers see it after their callees' finally.
// expect: enter3 enter2 enter1 enter0 finally0 finally1 finally2 finally3 caught bottom reached
// expect: 22: enter1 enter0 finally0 finally1 caught@2 finally@2 outer2 outer1 outer0 |
public class FinallyUnwinding {
    static StringBuilder trail = new StringBuilder();
    static void level(int n) {
        try {
            trail.append("enter").append(n).append(' ');
            if (n == 0) throw new IllegalStateException("bottom reached");
            level(n - 1);
            trail.append("never").append(n);
        } finally {
            trail.append("finally").append(n).append(' ');
        }
    }
    static int catchInMiddle(int n) {
        try {
            if (n == 2) {
                try {
                    level(1);
                } catch (IllegalStateException e) {
                    trail.append("caught@2 ");
                    return 2;
                } finally {
                    trail.append("finally@2 ");
                }
            }
            return catchInMiddle(n + 1) + 10;
        } finally {
            trail.append("outer").append(n).append(' ');
        }
    }
    public static void main(String[] args) {
        try {
            level(3);
        } catch (IllegalStateException e) {
            trail.append("caught ").append(e.getMessage());
        }
        System.out.println(trail);
        trail = new StringBuilder();
        System.out.println(catchInMiddle(0) + ": " + trail.append('|'));
    }
}

// The alternatives of a multi-catch must not be subclasses of each other.
public class MultiCatchRelated {
    public static void main(String[] args) {
        try {
            System.out.println();
        } catch (IllegalArgumentException | RuntimeException e) { // expect error: Alternatives in a multi-catch statement cannot be related by subclassing
        }
    }
}

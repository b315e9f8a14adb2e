// A block comment that never ends is reported at its start.
// allow extra errors
public class UnclosedComment {
    public static void main(String[] args) {
    }
}
/* this comment runs to the end of the file // expect error: unclosed comment

// A modifier given twice.
public class RepeatedModifier {
    public public static void main(String[] args) { // expect error: repeated modifier
    }
    static final static int X = 1; // expect error: repeated modifier
}

// Labels: undefined labels, labels that are not on loops for continue, duplicate
// nested labels.
public class LabelErrors {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 3; i++) {
            continue inner; // expect error: undefined label: inner
        }
        block: {
            for (int i = 0; i < 3; i++) {
                continue block; // expect error: not a loop label: block
            }
        }
        dup:
        while (true) {
            dup: // expect error: label dup already in use
            for (;;) { break dup; }
        }
    }
}

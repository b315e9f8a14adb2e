// A Brainfuck interpreter with precomputed bracket jumps; runs a hello-world program and
// a program that adds digits, with byte cells that wrap.
// expect: Hello World! (902 steps)
// expect: 7 (314 steps)
// expect: 11
// expect: unmatched [ at 0
// expect: unmatched ] at 1
public class Brainfuck {
    static String run(String code, String input) {
        int[] jump = new int[code.length()];
        int[] stack = new int[code.length()];
        int sp = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '[') stack[sp++] = i;
            else if (c == ']') {
                if (sp == 0) throw new IllegalArgumentException("unmatched ] at " + i);
                int j = stack[--sp];
                jump[i] = j;
                jump[j] = i;
            }
        }
        if (sp != 0) throw new IllegalArgumentException("unmatched [ at " + stack[sp - 1]);
        byte[] tape = new byte[300];
        int ptr = 0, in = 0;
        long steps = 0;
        StringBuilder out = new StringBuilder();
        for (int pc = 0; pc < code.length(); pc++) {
            steps++;
            switch (code.charAt(pc)) {
                case '>': ptr++; break;
                case '<': ptr--; break;
                case '+': tape[ptr]++; break;
                case '-': tape[ptr]--; break;
                case '.': out.append((char) (tape[ptr] & 0xff)); break;
                case ',': tape[ptr] = in < input.length() ? (byte) input.charAt(in++) : 0; break;
                case '[': if (tape[ptr] == 0) pc = jump[pc]; break;
                case ']': if (tape[ptr] != 0) pc = jump[pc]; break;
                default: steps--;
            }
        }
        return out + " (" + steps + " steps)";
    }
    public static void main(String[] args) {
        String hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
        String h = run(hello, "");
        StringBuilder vis = new StringBuilder();
        for (int i = 0; i < h.length(); i++) vis.append(h.charAt(i) == '\n' ? "\\n" : "" + h.charAt(i));
        System.out.println(vis);
        System.out.println(run(",>,[<+>-]<------------------------------------------------.", "34"));
        System.out.println(run("-.", "").length());
        try {
            run("[[]", "");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            run("+]", "");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}

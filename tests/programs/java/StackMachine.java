// A tiny stack-based virtual machine: an assembler from text to int code with labels,
// and an interpreter with a call stack; computes factorials and Fibonacci numbers.
// expect: 1 2 6 24 120 720 5040 40320 362880 3628800 39916800 479001600 6227020800 87178291200 1307674368000 20922789888000 355687428096000 6402373705728000 121645100408832000 2432902008176640000 | 309 steps
// expect: 0 1 2 4 8 16 32 64 128 256 512 1024 2048 4096 8192 | 232 steps
// expect: unknown instruction frobnicate
public class StackMachine {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, JZ = 4, JMP = 5, DUP = 6, SWAP = 7, PRINT = 8, HALT = 9,
        CALL = 10, RET = 11, LOAD = 12, STORE = 13, LT = 14, DROP = 15, OVER = 16;
    static final String[] NAMES = {"push", "add", "sub", "mul", "jz", "jmp", "dup", "swap", "print", "halt",
        "call", "ret", "load", "store", "lt", "drop", "over"};
    static int opcode(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        throw new IllegalArgumentException("unknown instruction " + name);
    }
    static String[] split(String s, char sep) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == sep) n++;
        String[] out = new String[n];
        StringBuilder cur = new StringBuilder();
        int k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) { out[k++] = cur.toString(); cur = new StringBuilder(); }
            else cur.append(s.charAt(i));
        }
        return out;
    }
    static int[] assemble(String src) {
        String[] lines = split(src, ';');
        String[] labels = new String[lines.length];
        int[] labelPc = new int[lines.length];
        int nl = 0, pc = 0;
        for (String l : lines) {
            String[] parts = split(l, ' ');
            if (parts[0].isEmpty()) continue;
            if (parts[0].charAt(parts[0].length() - 1) == ':') {
                StringBuilder nm = new StringBuilder();
                for (int i = 0; i < parts[0].length() - 1; i++) nm.append(parts[0].charAt(i));
                labels[nl] = nm.toString();
                labelPc[nl++] = pc;
            } else pc += parts.length;
        }
        int[] code = new int[pc];
        pc = 0;
        for (String l : lines) {
            String[] parts = split(l, ' ');
            if (parts[0].isEmpty() || parts[0].charAt(parts[0].length() - 1) == ':') continue;
            code[pc++] = opcode(parts[0]);
            if (parts.length > 1) {
                String a = parts[1];
                int v = -1;
                for (int i = 0; i < nl; i++) if (labels[i].equals(a)) v = labelPc[i];
                code[pc++] = v >= 0 ? v : Integer.parseInt(a);
            }
        }
        return code;
    }
    static String exec(int[] code) {
        long[] stack = new long[64];
        int[] calls = new int[64];
        long[] mem = new long[8];
        int sp = 0, cp = 0, pc = 0, steps = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case JZ: { int t = code[pc++]; if (stack[--sp] == 0) pc = t; break; }
                case JMP: pc = code[pc]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                case DROP: sp--; break;
                case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case CALL: calls[cp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = calls[--cp]; break;
                case LOAD: stack[sp++] = mem[code[pc++]]; break;
                case STORE: mem[code[pc++]] = stack[--sp]; break;
                case HALT: return out.append("| ").append(steps).append(" steps").toString();
                default: throw new IllegalStateException("bad opcode " + op);
            }
        }
    }
    public static void main(String[] args) {
        String fact = "push 1;store 0;push 1;store 1;"
            + "loop:;load 1;push 21;lt;jz end;load 0;load 1;mul;store 0;load 0;print;load 1;push 1;add;store 1;jmp loop;"
            + "end:;halt";
        System.out.println(exec(assemble(fact)));
        String fib = "push 0;push 1;push 15;store 2;"
            + "top:;load 2;jz done;over;print;dup;call addtop;load 2;push 1;sub;store 2;jmp top;"
            + "done:;halt;"
            + "addtop:;swap;over;add;ret";
        System.out.println(exec(assemble(fib)));
        try {
            assemble("push 1;frobnicate");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}

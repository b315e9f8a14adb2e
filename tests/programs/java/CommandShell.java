// A command interpreter driven by the program arguments: a switch on strings, integer
// parsing with error handling, a small register file, and the exit status from a command.
// args: set a 10 set b 32 add a b print a mul a a print a div a zero print b bogus exit 7
// expect: a = 42
// expect: a = 1764
// expect: error: unknown register zero
// expect: b = 32
// expect: unknown command bogus
// expect: exit 7
// expect exit: 7
public class CommandShell {
    static String[] names = new String[8];
    static int[] values = new int[8];
    static int used;
    static int slot(String name) {
        for (int i = 0; i < used; i++) if (names[i].equals(name)) return i;
        names[used] = name;
        return used++;
    }
    static int value(String tok) {
        try {
            return Integer.parseInt(tok);
        } catch (NumberFormatException e) {
            for (int i = 0; i < used; i++) if (names[i].equals(tok)) return values[i];
            throw new IllegalArgumentException("unknown register " + tok);
        }
    }
    public static void main(String[] args) {
        int i = 0;
        while (i < args.length) {
            String cmd = args[i++];
            try {
                switch (cmd) {
                    case "set": { int s = slot(args[i++]); values[s] = value(args[i++]); break; }
                    case "add": { int s = slot(args[i++]); values[s] += value(args[i++]); break; }
                    case "mul": { int s = slot(args[i++]); values[s] *= value(args[i++]); break; }
                    case "div": { int s = slot(args[i++]); values[s] /= value(args[i++]); break; }
                    case "print": { String r = args[i++]; System.out.println(r + " = " + value(r)); break; }
                    case "exit": { int code = value(args[i++]); System.out.println("exit " + code); System.exit(code); }
                    default: System.out.println("unknown command " + cmd);
                }
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            } catch (ArithmeticException e) {
                System.out.println("arithmetic: " + e.getMessage());
            }
        }
        System.out.println("end of input");
    }
}

// PrintStream: print and println of every type (char[] as text, null references),
// printf/format returning the stream, append, write of bytes, println of objects with
// their toString (println of one whose toString() is null prints "null", print throws, as
// in the JDK), and UTF-8 output of non-ASCII text.
// expect: true c 12 34 1.5 2.5 hi str (1, 2)
// expect: null
// expect: null
// expect: false
// expect: x
// expect: -7
// expect: 9223372036854775807
// expect: 0.3
// expect: 0.30000000000000004
// expect: ok
// expect: (-3, 4)
// expect: printf and 5
// expect: chained 2.3
// expect: format beef
// expect: appended !y
// expect: A
// expect: bytes
// expect: über € 日本 😀
// expect: tab	here, quote" and backslash\
// expect: null
// expect: concatenated null
// expect: print of a null toString(): NullPointerException
// expect: false
public class PrintStreamMethods {
    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    static class NullText {
        public String toString() {
            return null;
        }
    }

    public static void main(String[] args) {
        System.out.print(true);
        System.out.print(' ');
        System.out.print('c');
        System.out.print(' ');
        System.out.print(12);
        System.out.print(' ');
        System.out.print(34L);
        System.out.print(' ');
        System.out.print(1.5f);
        System.out.print(' ');
        System.out.print(2.5);
        System.out.print(' ');
        System.out.print(new char[] {'h', 'i'});
        System.out.print(' ');
        System.out.print("str");
        System.out.print(' ');
        System.out.print(new Point(1, 2));
        System.out.println();
        String nothing = null;
        Object none = null;
        System.out.println(nothing);
        System.out.println(none);
        System.out.println(false);
        System.out.println('x');
        System.out.println(-7);
        System.out.println(Long.MAX_VALUE);
        System.out.println(0.1f + 0.2f);
        System.out.println(0.1 + 0.2);
        System.out.println(new char[] {'o', 'k'});
        System.out.println(new Point(-3, 4));
        System.out.printf("%s and %d%n", "printf", 5).printf("chained %.1f%n", 2.25);
        System.out.format("format %x%n", 48879);
        System.out.append("appended ").append('!').append("xyz", 1, 2).println();
        System.out.write('A');
        System.out.write('\n');
        byte[] bytes = "bytes\n".getBytes();
        System.out.write(bytes, 0, bytes.length);
        System.out.println("\u00fcber \u20ac \u65e5\u672c \uD83D\uDE00");
        System.out.println("tab\there, quote\" and backslash\\");
        System.out.println(new NullText());
        System.out.println("concatenated " + new NullText());
        try {
            System.out.print(new NullText());
        } catch (NullPointerException e) {
            System.out.println("print of a null toString(): NullPointerException");
        }
        System.out.println(System.out.checkError());
    }
}

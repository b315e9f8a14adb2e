// Char literals and escapes (\b \t \n \f \r \s \" \' \\, octal, unicode), shown as codes.
// expect: a = 97
// expect: b = 8
// expect: t = 9
// expect: n = 10
// expect: f = 12
// expect: r = 13
// expect: s = 32
// expect: dq = 34
// expect: sq = 39
// expect: bs = 92
// expect: oct0 = 0
// expect: oct7 = 7
// expect: oct12 = 10
// expect: oct101 = 65
// expect: oct377 = 255
// expect: u0041 = 65
// expect: uuu0042 = 66
// expect: u00e9 = 233
// expect: uffff = 65535
// expect: dq plain = 34
// expect: space = 32
// expect: A
// expect: C
// expect: B
// expect: true
// expect: [ABC]
// expect: tab[	]quote["]apos[']back[\]
// expect: s[ ]
// expect: Hi
// expect: 2
// expect: 83
// expect: 2
// expect: 2
public class CharLiterals {
    static void show(String name, char c) {
        System.out.println(name + " = " + (int) c);
    }
    public static void main(String[] args) {
        show("a", 'a');
        show("b", '\b');
        show("t", '\t');
        show("n", '\n');
        show("f", '\f');
        show("r", '\r');
        show("s", '\s');
        show("dq", '\"');
        show("sq", '\'');
        show("bs", '\\');
        show("oct0", '\0');
        show("oct7", '\7');
        show("oct12", '\12');
        show("oct101", '\101');
        show("oct377", '\377');
        show("u0041", '\u0041');
        show("uuu0042", '\uuu0042');
        show("u00e9", '\u00e9');
        show("uffff", '\uffff');
        show("dq plain", '"');
        show("space", ' ');
        char c = 'A';
        System.out.println(c);
        System.out.println('\u0043');
        System.out.println((char) 66);
        System.out.println('\101' == 'A');
        System.out.println("[\101\102\103]");
        System.out.println("tab[\t]quote[\"]apos[\']back[\\]");
        System.out.println("s[\s]");
        System.out.println("\u0048\u0069");
        System.out.println("\1234".length());
        System.out.println((int) "\1234".charAt(0));
        System.out.println("\0123".length());
        System.out.println("\400".length());
    }
}

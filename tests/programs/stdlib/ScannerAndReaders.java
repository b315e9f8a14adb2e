// Reading text: Scanner over a String (tokens, ints, longs, doubles, booleans, lines,
// hasNext* checks, a delimiter), BufferedReader over a StringReader (readLine with \n,
// \r\n and \r, read), InputStreamReader decoding UTF-8 from bytes, ByteArrayOutputStream
// and PrintStream/PrintWriter writing into memory.
// expect: 3 numbers, sum 60
// expect: 2.5 true word []
// expect: [the rest of a line] [] true [last line] false false
// expect: int:12 word:abc int:-7 double:3.0 long:9999999999 int:5 int:1234
// expect: <a><b><c><><d>
// expect: 1: [line one]
// expect: 2: [line two]
// expect: 3: [line three]
// expect: 4: []
// expect: 5: [end]
// expect: xyz -1
// expect: 29 bytes, 16 chars: héllo wörld € 😀 | second | null
// expect: captured 7-x
// expect: 13
// expect: 1.5 written
// expect: 00042
// expect: through a PrintWriter
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Scanner;

public class ScannerAndReaders {
    public static void main(String[] args) throws IOException {
        Scanner sc = new Scanner("3\n10 20 30\n2.5 true word\nthe rest of a line\n\nlast line");
        int n = sc.nextInt();
        int sum = 0;
        for (int i = 0; i < n; i++) sum += sc.nextInt();
        System.out.println(n + " numbers, sum " + sum);
        System.out.println(sc.nextDouble() + " " + sc.nextBoolean() + " " + sc.next() + " [" + sc.nextLine() + "]");
        System.out.println("[" + sc.nextLine() + "] [" + sc.nextLine() + "] " + sc.hasNextLine() + " [" + sc.nextLine() + "] " + sc.hasNextLine() + " " + sc.hasNext());
        Scanner mixed = new Scanner("12 abc -7 3.0 9999999999 +5 1,234");
        StringBuilder sb = new StringBuilder();
        while (mixed.hasNext()) {
            if (mixed.hasNextInt()) sb.append("int:").append(mixed.nextInt());
            else if (mixed.hasNextLong()) sb.append("long:").append(mixed.nextLong());
            else if (mixed.hasNextDouble()) sb.append("double:").append(mixed.nextDouble());
            else sb.append("word:").append(mixed.next());
            sb.append(' ');
        }
        System.out.println(sb.toString().trim());
        Scanner csv = new Scanner("a,b;c,,d");
        csv.useDelimiter("[,;]");
        sb.setLength(0);
        while (csv.hasNext()) sb.append('<').append(csv.next()).append('>');
        System.out.println(sb);
        BufferedReader br = new BufferedReader(new StringReader("line one\r\nline two\rline three\n\nend"));
        String line;
        int count = 0;
        while ((line = br.readLine()) != null) System.out.println(++count + ": [" + line + "]");
        br.close();
        BufferedReader chars = new BufferedReader(new StringReader("xyz"));
        System.out.println((char) chars.read() + "" + (char) chars.read() + chars.readLine() + " " + chars.read());
        byte[] utf8 = "h\u00e9llo w\u00f6rld \u20ac \uD83D\uDE00\nsecond".getBytes();
        BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(utf8)));
        String first = in.readLine();
        System.out.println(utf8.length + " bytes, " + first.length() + " chars: " + first + " | " + in.readLine() + " | " + in.readLine());
        ByteArrayOutputStream bout = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bout);
        ps.print("captured ");
        ps.printf("%d-%s", 7, "x");
        ps.println();
        ps.flush();
        System.out.print(bout.toString());
        System.out.println(bout.size());
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(1.5);
        pw.print(' ');
        pw.println("written");
        pw.printf("%05d%n", 42);
        pw.flush();
        System.out.print(sw);
        PrintWriter out = new PrintWriter(System.out);
        out.println("through a PrintWriter");
        out.flush();
    }
}

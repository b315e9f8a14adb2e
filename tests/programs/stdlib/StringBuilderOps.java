// StringBuilder: append of every type, insert, delete, deleteCharAt, replace, reverse
// (with surrogate pairs), setCharAt, setLength, indexOf/lastIndexOf, charAt, substring,
// length and capacity growth, chaining, compareTo, and StringBuffer.
// expect: 1 2 3.5 4.25 true c str null xy sb null -2147483648 -9223372036854775808
// expect: 72 1 20 51 -1
// expect: <true01233.0456789>
// expect: ABC33.0456789> 14
// expect: aBC33 5
// expect: aBC33__ 7
// expect: desserts 4
// expect: 16 34 70 100 19
// expect: world hello ll 7 4
// expect: -1 1
// expect: !reffub gnirts 14
// expect: 1	2	3
// expect: 2	4	6
// expect: 3	6	9
// expect: 0,1,2,3,4
// expect: 4 128512 65
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append(' ').append(2L).append(' ').append(3.5f).append(' ').append(4.25).append(' ')
                .append(true).append(' ').append('c').append(' ').append("str").append(' ').append((Object) null)
                .append(' ').append(new char[] {'x', 'y'}).append(' ').append(new StringBuilder("sb")).append(' ')
                .append((String) null).append(' ').append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE);
        System.out.println(sb);
        System.out.println(sb.length() + " " + sb.charAt(0) + " " + sb.indexOf("str") + " " + sb.lastIndexOf(" ") + " " + sb.indexOf("zz"));
        StringBuilder b = new StringBuilder("0123456789");
        b.insert(0, "<").insert(b.length(), '>').insert(5, 3.0).insert(1, true);
        System.out.println(b);
        b.delete(1, 5).deleteCharAt(0).replace(0, 3, "ABC");
        System.out.println(b + " " + b.length());
        b.setCharAt(0, 'a');
        b.setLength(5);
        System.out.println(b + " " + b.length());
        b.setLength(7);
        System.out.println(b.toString().replace('\0', '_') + " " + b.length());
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("a\uD83D\uDE00b").reverse().length());
        StringBuilder c = new StringBuilder();
        System.out.print(c.capacity() + " ");
        for (int i = 0; i < 40; i++) {
            c.append('x');
            if (i == 16 || i == 34) System.out.print(c.capacity() + " ");
        }
        System.out.println(new StringBuilder(100).capacity() + " " + new StringBuilder("abc").capacity());
        StringBuilder d = new StringBuilder("hello world");
        System.out.println(d.substring(6) + " " + d.substring(0, 5) + " " + d.subSequence(2, 4) + " " + d.indexOf("o", 5) + " " + d.lastIndexOf("o", 5));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("b").compareTo(new StringBuilder("a")));
        StringBuffer sf = new StringBuffer("buffer");
        sf.append('!').insert(0, "string ").reverse();
        System.out.println(sf + " " + sf.length());
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) table.append(i * j).append(j < 3 ? "\t" : "\n");
        }
        System.out.print(table);
        String joined = "";
        for (int i = 0; i < 5; i++) joined += i + ",";
        System.out.println(joined.substring(0, joined.length() - 1));
        StringBuilder e = new StringBuilder();
        e.appendCodePoint(65).appendCodePoint(0x1F600).append(e.length());
        System.out.println(e.length() + " " + e.codePointAt(1) + " " + (int) e.charAt(0));
    }
}

// StringBuilder: append of every type (chained), length, charAt, toString, the
// constructors, building strings in loops.
// expect: s123.54.25ctrueobjxynull
// expect: 24 sl
// expect: 0[]
// expect: init-5
// expect: -5,300,-0.0,1.0E100,-2147483648,-9223372036854775808
// expect: 1000 90
// expect: desserts
// expect: [3, 1, 4, 1, 5, 9]
// expect: 16
// expect: true
// expect: abab
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("s").append(1).append(2L).append(3.5f).append(4.25).append('c').append(true)
          .append((Object) "obj").append(new char[]{'x', 'y'}).append((String) null);
        System.out.println(sb.toString());
        System.out.println(sb.length() + " " + sb.charAt(0) + sb.charAt(sb.length() - 1));
        StringBuilder withCap = new StringBuilder(100);
        System.out.println(withCap.length() + "[" + withCap + "]");
        StringBuilder fromStr = new StringBuilder("init");
        fromStr.append('-').append(fromStr.length());
        System.out.println(fromStr);
        byte b = -5; short sh = 300;
        StringBuilder nums = new StringBuilder();
        nums.append(b).append(',').append(sh).append(',').append(-0.0).append(',').append(1e100).append(',')
            .append(Integer.MIN_VALUE).append(',').append(Long0.MIN);
        System.out.println(nums);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.charAt(999) + big.charAt(500));
        StringBuilder rev = new StringBuilder();
        String word = "stressed";
        for (int i = word.length() - 1; i >= 0; i--) rev.append(word.charAt(i));
        System.out.println(rev);
        StringBuilder csv = new StringBuilder();
        int[] vals = {3, 1, 4, 1, 5, 9};
        for (int i = 0; i < vals.length; i++) {
            if (i > 0) csv.append(", ");
            csv.append(vals[i]);
        }
        System.out.println("[" + csv + "]");
        CharSequence seq = csv;
        System.out.println(seq.length());
        Object o = sb;
        System.out.println(o.toString().length() == sb.length());
        StringBuilder self = new StringBuilder("ab");
        self.append(self);
        System.out.println(self);
    }
}
class Long0 { static final long MIN = -9223372036854775808L; }

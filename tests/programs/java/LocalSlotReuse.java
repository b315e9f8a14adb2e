// Local variables of different types in sibling scopes share slots: int, long, double,
// Object and arrays one after another, in loops, in catch blocks and after them; values
// must never leak between them.
// expect: 6,6000000000;1.0,s3;2,1.5;34qqq|caught77|1.5truez
// expect: 14,14000000000;2.3333333333333335,s7;2,3.5;78qqq|caught77|1.5truez
// expect: 22
public class LocalSlotReuse {
    static String run(int k) {
        StringBuilder sb = new StringBuilder();
        {
            int a = k * 2;
            long b = a * 1000000000L;
            sb.append(a).append(',').append(b).append(';');
        }
        {
            double a = k / 3.0;
            String b = "s" + k;
            sb.append(a).append(',').append(b).append(';');
        }
        {
            Object[] a = {k, "x"};
            float b = k * 0.5f;
            sb.append(a.length).append(',').append(b).append(';');
        }
        for (int i = 0; i < 2; i++) {
            long l = i + k;
            sb.append(l);
        }
        for (String s = "q"; s.length() < 3; s += "q") sb.append(s);
        try {
            int[] arr = new int[k];
            arr[k] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            long c = 77L;
            sb.append("|caught").append(c);
        }
        double after = 1.5;
        boolean flag = after > 1;
        char ch = 'z';
        sb.append('|').append(after).append(flag).append(ch);
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(run(3));
        System.out.println(run(7));
        long total = 0;
        for (int round = 0; round < 3; round++) {
            if (round % 2 == 0) {
                long x = round * 10L;
                total += x;
            } else {
                String x = "r" + round;
                total += x.length();
            }
        }
        System.out.println(total);
    }
}

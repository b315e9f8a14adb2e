// java.util.Objects (equals, deepEquals, hash, hashCode, toString with a default,
// requireNonNull with and without a message, requireNonNullElse, isNull/nonNull, compare,
// checkIndex) and java.util.Random with seeds: the JDK's sequences for nextInt, bounded
// nextInt (power of two and not), nextLong, nextDouble, nextFloat, nextBoolean,
// nextGaussian, nextBytes, setSeed, and the ranged forms.
// expect: true false true true
// expect: 33759 1 0 97 31
// expect: null none 12 true false
// expect: else ok -1 2
// expect: name is required
// expect: Index 3 out of bounds for length 3
// expect: 1553932502 -2090749135 -287790814 -355989640 -716867186 
// expect: 4 5 2 1 9 7 2 0 6 2 7 10 59 49 16 310954351 140842792 241583309 739958421 729158781 
// expect: 8815982370389166190 0.3325863969722369 0.6925313 true true
// expect: -0.110326 0.713989 0.963639
// expect: [-116, 64, -26, -46, -25, 119, -63, -15, 13, -62]
// expect: 30 30 true
// expect: 5 48 383 -2 5.504370051176339 1.597545277797202
// expect: [1023, 1013, 1041, 999, 959, 965]
// expect: true
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Random;

public class ObjectsAndRandom {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.deepEquals(new int[] {1}, new int[] {1}));
        System.out.println(Objects.hash(1, "a", null) + " " + Objects.hash() + " " + Objects.hashCode(null) + " " + Objects.hashCode("a") + " " + Objects.hash((Object) null));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "none") + " " + Objects.toString(12, "none") + " " + Objects.isNull(null) + " " + Objects.nonNull(null));
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNull("ok") + " " + Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.checkIndex(2, 3));
        try {
            Objects.requireNonNull(null, "name is required");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Random r = new Random(12345);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(10)).append(' ');
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(64)).append(' ');
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(1000000007)).append(' ');
        System.out.println(sb);
        System.out.println(r.nextLong() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println(String.format("%.6f %.6f %.6f", r.nextGaussian(), r.nextGaussian(), r.nextGaussian()));
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        r.setSeed(42);
        int a = r.nextInt(100);
        r.setSeed(42);
        int b = r.nextInt(100);
        System.out.println(a + " " + b + " " + (a == b));
        Random s = new Random(0);
        System.out.println(s.nextInt(5, 10) + " " + s.nextInt(-100, 100) + " " + s.nextLong(1000) + " " + s.nextLong(-5, 5) + " " + s.nextDouble(10.0) + " " + s.nextDouble(1, 2));
        int[] counts = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) counts[dice.nextInt(6)]++;
        System.out.println(Arrays.toString(counts));
        Random unseeded = new Random();
        int v = unseeded.nextInt(10);
        System.out.println(v >= 0 && v < 10);
    }
}

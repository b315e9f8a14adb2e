// Values for which JDK 17's Double.toString/Float.toString (FloatingDecimal) print more
// digits than the shortest decimal that reads back to the same value (JDK 19 changed
// to the shortest); the expectations are JDK 17's, and Oak prints the same (vm/number.c).
// Kept apart from FloatPrinting.java, which only has values where both agree.
// expect: 9.999999999999999E22
// expect: 1.9999999999999998E23
// expect: 8.409999999999999E21
// expect: 1.23456789123456784E17
// expect: 1.23456789123456784E17
// expect: 1.23456792E8
// expect: 1.23456792E8
// expect: 9.999999999999999E22 1.23456792E8
public class FloatToStringJdk17 {
    public static void main(String[] args) {
        System.out.println(1e23);
        System.out.println(2e23);
        System.out.println(8.41e21);
        System.out.println(123456789123456789.0);
        System.out.println((double) 123456789123456789L);
        System.out.println(123456789f);
        System.out.println((float) 123456789);
        System.out.println("" + 1e23 + " " + 123456789f);
    }
}

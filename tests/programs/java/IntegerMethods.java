// Integer's static and instance methods in the bootstrap library.
// expect: 123
// expect: -456
// expect: 7
// expect: 0
// expect: 2147483647
// expect: -2147483648
// expect: 99
// expect: -2147483648
// expect: 2
// expect: NumberFormatException: For input string: "abc"
// expect: NumberFormatException: For input string: ""
// expect: NumberFormatException: For input string: "2147483648"
// expect: NumberFormatException: For input string: "12x"
// expect: NumberFormatException: For input string: "-"
// expect: NumberFormatException: For input string: " 1"
// expect: 77
// expect: 77
// expect: 77.0
// expect: true
// expect: 77
// expect: -1
// expect: 5truec2.51.510
public class IntegerMethods {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("123"));
        System.out.println(Integer.parseInt("-456"));
        System.out.println(Integer.parseInt("+7"));
        System.out.println(Integer.parseInt("0"));
        System.out.println(Integer.parseInt("2147483647"));
        System.out.println(Integer.parseInt("-2147483648"));
        System.out.println(Integer.toString(99));
        System.out.println(Integer.toString(-2147483648));
        System.out.println(Integer.valueOf(12).toString().length());
        String[] bad = {"abc", "", "2147483648", "12x", "-", " 1"};
        for (String s : bad) {
            try {
                System.out.println(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }
        Integer i = Integer.valueOf(77);
        System.out.println(i.intValue());
        System.out.println(i.longValue());
        System.out.println(i.doubleValue());
        System.out.println(i.equals(Integer.valueOf(77)));
        System.out.println(i.hashCode());
        System.out.println(Integer.MAX_VALUE + Integer.MIN_VALUE);
        System.out.println(String.valueOf(5) + String.valueOf(true) + String.valueOf('c')
            + String.valueOf(2.5) + String.valueOf(1.5f) + String.valueOf(10L));
    }
}

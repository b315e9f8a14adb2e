// Narrowing conversions need a cast, except for constants that fit in assignments.
public class LossyConversion {
    static int f() { return 1; }
    public static void main(String[] args) {
        byte okByte = 100;
        char okChar = 65;
        short okShort = 'a';
        int i = 1.5; // expect error: incompatible types: possible lossy conversion from double to int
        float f = 1.0; // expect error: incompatible types: possible lossy conversion from double to float
        long l = 1.5f; // expect error: incompatible types: possible lossy conversion from float to long
        int j = 5L; // expect error: incompatible types: possible lossy conversion from long to int
        byte b = 200; // expect error: incompatible types: possible lossy conversion from int to byte
        char c = -1; // expect error: incompatible types: possible lossy conversion from int to char
        short s = f(); // expect error: incompatible types: possible lossy conversion from int to short
        byte sum = okByte + 1; // expect error: incompatible types: possible lossy conversion from int to byte
        char fromShort = okShort; // expect error: incompatible types: possible lossy conversion from short to char
    }
}

// Constant narrowing is allowed in assignment and return contexts, not for method
// arguments; switch labels must fit the selector type; non-constant char arithmetic.
public class LossyContexts {
    static void takeByte(byte b) { }
    static byte give() { return 100; }
    static byte giveTooBig() { return 200; } // expect error: incompatible types: possible lossy conversion from int to byte
    static short giveVar(int x) { return x; } // expect error: incompatible types: possible lossy conversion from int to short
    public static void main(String[] args) {
        takeByte(100); // expect error: incompatible types: possible lossy conversion from int to byte
        takeByte((byte) 100);
        char c = 'a' + 1;
        char d = c + 1; // expect error: incompatible types: possible lossy conversion from int to char
        byte b = 1;
        switch (b) {
            case 100: break;
            case 200: break; // expect error: incompatible types: possible lossy conversion from int to byte
        }
        final int k = 10;
        byte fromFinal = k;
        int notFinal = 10;
        byte fromVar = notFinal; // expect error: incompatible types: possible lossy conversion from int to byte
        float f = 1L;
        long l = 1f; // expect error: incompatible types: possible lossy conversion from float to long
    }
}

// Integer literals: decimal, hex, octal, binary, underscores, the extremes.
// expect: 0
// expect: 42
// expect: 31
// expect: 255
// expect: 2147483647
// expect: -2147483648
// expect: -1
// expect: 15
// expect: 511
// expect: 0
// expect: 10
// expect: 240
// expect: -1
// expect: 1000000
// expect: 12
// expect: 2147483647
// expect: -2147483648
// expect: -2147483648
// expect: -1
// expect: -2147483648
// expect: 36
// expect: -2147483648
// expect: 2147483647
// expect: -2147483648
// expect: -889275714
// expect: -559038737
public class IntLiterals {
    public static void main(String[] args) {
        System.out.println(0);
        System.out.println(42);
        System.out.println(0x1F);
        System.out.println(0XfF);
        System.out.println(0x7fffffff);
        System.out.println(0x80000000);
        System.out.println(0xffffffff);
        System.out.println(017);
        System.out.println(0777);
        System.out.println(00);
        System.out.println(0b1010);
        System.out.println(0B1111_0000);
        System.out.println(0b11111111111111111111111111111111);
        System.out.println(1_000_000);
        System.out.println(1__2);
        System.out.println(2147483647);
        System.out.println(-2147483648);
        System.out.println(-0x80000000);
        System.out.println(037777777777);
        System.out.println(020000000000);
        int a = 0x10 + 010 + 0b10 + 10;
        System.out.println(a);
        System.out.println(-(2147483647) - 1);
        System.out.println(Integer.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE);
        System.out.println(0xCAFE_BABE);
        System.out.println(0xDeadBeef);
    }
}

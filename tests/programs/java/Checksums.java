// Bit-level algorithms: CRC-32 with a table, Adler-32, a linear congruential generator,
// MurmurHash3's 32-bit finalizer, base64 encoding; all depend on unsigned shifts and
// int overflow.
// expect: 00000000 00000001 0 []
// expect: e8b7be43 00620062 -390611389 [YQ==]
// expect: 352441c2 024d0127 891568578 [YWJj]
// expect: 414fa339 5bdc0fda 1095738169 [VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==]
// expect: cbf43926 091e01de -873187034 [MTIzNDU2Nzg5]
// expect: 19081 17033 15269 25461 13856 1093 |
// expect: 1364076727 -2114883783 0de5c6a9
public class Checksums {
    static final int[] CRC_TABLE = new int[256];
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }
    static int crc32(String s) {
        int c = 0xffffffff;
        for (int i = 0; i < s.length(); i++) c = CRC_TABLE[(c ^ s.charAt(i)) & 0xff] ^ (c >>> 8);
        return c ^ 0xffffffff;
    }
    static int adler32(String s) {
        int a = 1, b = 0;
        for (int i = 0; i < s.length(); i++) { a = (a + s.charAt(i)) % 65521; b = (b + a) % 65521; }
        return b << 16 | a;
    }
    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
    static String hex(int v) {
        String digits = "0123456789abcdef";
        StringBuilder sb = new StringBuilder();
        for (int i = 28; i >= 0; i -= 4) sb.append(digits.charAt(v >>> i & 0xf));
        return sb.toString();
    }
    static String base64(String s) {
        String tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += 3) {
            int b0 = s.charAt(i), b1 = i + 1 < s.length() ? s.charAt(i + 1) : 0, b2 = i + 2 < s.length() ? s.charAt(i + 2) : 0;
            int triple = b0 << 16 | b1 << 8 | b2;
            sb.append(tbl.charAt(triple >> 18 & 63)).append(tbl.charAt(triple >> 12 & 63));
            sb.append(i + 1 < s.length() ? tbl.charAt(triple >> 6 & 63) : '=');
            sb.append(i + 2 < s.length() ? tbl.charAt(triple & 63) : '=');
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"};
        for (String s : inputs)
            System.out.println(hex(crc32(s)) + " " + hex(adler32(s)) + " " + crc32(s) + " [" + base64(s) + "]");
        int state = 42;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) { state = state * 1103515245 + 12345; sb.append((state >>> 16) & 0x7fff).append(' '); }
        System.out.println(sb.append('|'));
        System.out.println(fmix(1) + " " + fmix(-1) + " " + hex(fmix(0xdeadbeef)));
    }
}

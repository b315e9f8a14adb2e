// Character's Unicode data over every code point (U+0000..U+10FFFF, Unicode 13 as in JDK
// 17): getType, isLetter, isDigit, isLetterOrDigit, isAlphabetic, isLowerCase,
// isUpperCase, isTitleCase, isWhitespace, isSpaceChar, isDefined, isJavaIdentifierStart/
// Part, toUpperCase, toLowerCase, toTitleCase, digit; each folded into a checksum per
// plane, plus some counts.
// expect: plane 0: -7875581647051708310
// expect: plane 1: -91003455591858671
// expect: plane 2: 404901492465184592
// expect: plane 3: 524422616957215544
// expect: plane 4: 8429804424051752960
// expect: plane 5: 8429804424051752960
// expect: plane 6: 8429804424051752960
// expect: plane 7: 8429804424051752960
// expect: plane 8: 8429804424051752960
// expect: plane 9: 8429804424051752960
// expect: plane 10: 8429804424051752960
// expect: plane 11: 8429804424051752960
// expect: plane 12: 8429804424051752960
// expect: plane 13: 8429804424051752960
// expect: plane 14: 4831751534389688400
// expect: plane 15: -5184210648870707164
// expect: plane 16: -5184210648870707164
// expect: 131241 letters, 650 digits, 1911 upper, 2344 lower, 2799 with a case mapping
public class CharacterTables {
    public static void main(String[] args) {
        long[] sums = new long[17];
        int letters = 0, digits = 0, upper = 0, lower = 0, changed = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int plane = cp >> 16;
            int flags = (Character.isLetter(cp) ? 1 : 0) | (Character.isDigit(cp) ? 2 : 0) | (Character.isLetterOrDigit(cp) ? 4 : 0)
                    | (Character.isAlphabetic(cp) ? 8 : 0) | (Character.isLowerCase(cp) ? 16 : 0) | (Character.isUpperCase(cp) ? 32 : 0)
                    | (Character.isTitleCase(cp) ? 64 : 0) | (Character.isWhitespace(cp) ? 128 : 0) | (Character.isSpaceChar(cp) ? 256 : 0)
                    | (Character.isDefined(cp) ? 512 : 0) | (Character.isJavaIdentifierStart(cp) ? 1024 : 0) | (Character.isJavaIdentifierPart(cp) ? 2048 : 0);
            long h = sums[plane];
            h = h * 31 + Character.getType(cp);
            h = h * 31 + flags;
            h = h * 31 + (Character.toUpperCase(cp) - cp);
            h = h * 31 + (Character.toLowerCase(cp) - cp);
            h = h * 31 + (Character.toTitleCase(cp) - cp);
            h = h * 31 + Character.digit(cp, 36);
            sums[plane] = h;
            if ((flags & 1) != 0) letters++;
            if ((flags & 2) != 0) digits++;
            if ((flags & 32) != 0) upper++;
            if ((flags & 16) != 0) lower++;
            if (Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp) changed++;
        }
        for (int p = 0; p < 17; p++) if (sums[p] != 0) System.out.println("plane " + p + ": " + sums[p]);
        System.out.println(letters + " letters, " + digits + " digits, " + upper + " upper, " + lower + " lower, " + changed + " with a case mapping");
    }
}

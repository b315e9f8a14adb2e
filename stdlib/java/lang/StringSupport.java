package java.lang;

/** Searches over char arrays, shared by String and StringBuilder. */
final class StringSupport {
    private StringSupport() {
    }

    /** First index >= from of target in src[0, n), as the JDK answers (from may be anywhere). */
    static int indexOf(char[] src, int n, char[] target, int from) {
        int tn = target.length;
        if (from >= n) return tn == 0 ? n : -1;
        if (from < 0) from = 0;
        if (tn == 0) return from;
        char first = target[0];
        int max = n - tn;
        for (int i = from; i <= max; i++) {
            if (src[i] != first) continue;
            int j = 1;
            while (j < tn && src[i + j] == target[j]) j++;
            if (j == tn) return i;
        }
        return -1;
    }

    static int lastIndexOf(char[] src, int n, char[] target, int from) {
        int tn = target.length;
        int right = n - tn;
        if (from > right) from = right;
        if (from < 0) return -1;
        if (tn == 0) return from;
        for (int i = from; i >= 0; i--) {
            int j = 0;
            while (j < tn && src[i + j] == target[j]) j++;
            if (j == tn) return i;
        }
        return -1;
    }
}

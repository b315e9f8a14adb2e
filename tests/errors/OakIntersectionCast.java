// oak-only
// Intersection types in casts are rejected by oakc (javac accepts this file).
public class OakIntersectionCast {
    public static void main(String[] args) {
        Object o = "s";
        Object both = (Comparable<String> & CharSequence) o; // expect error: intersection types in casts are not supported yet
        System.out.println(both);
    }
}

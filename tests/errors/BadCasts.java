// Casts between types that cannot be converted.
public class BadCasts {
    public static void main(String[] args) {
        String s = (String) 1; // expect error: incompatible types: int cannot be converted to String
        Integer i = (Integer) "s"; // expect error: incompatible types: String cannot be converted to Integer
        boolean b = (boolean) 1; // expect error: incompatible types: int cannot be converted to boolean
        int n = (int) true; // expect error: incompatible types: boolean cannot be converted to int
        long l = (long) "s"; // expect error: incompatible types: String cannot be converted to long
        Object o = s;
        String ok = (String) o;
        int fromObj = (Integer) o;
        char c = (char) 65.5;
    }
}

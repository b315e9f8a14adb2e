// switch labels must be distinct constants of the selector's type.
public class SwitchErrors {
    public static void main(String[] args) {
        int x = args.length;
        int notConst = 3;
        switch (x) {
            case 1: break;
            case 1: break; // expect error: duplicate case label
            case notConst: break; // expect error: constant expression required
            case "two": break; // expect error: incompatible types: String cannot be converted to int
            default: break;
            default: break; // expect error: duplicate default label
        }
        String s = "a";
        switch (s) {
            case "a": break;
            case "a": break; // expect error: duplicate case label
        }
        char c = 'c';
        switch (c) {
            case 70000: break; // expect error: incompatible types: possible lossy conversion from int to char
        }
    }
}

// A method without a return type whose name is not the class name.
public class ReturnTypeRequired {
    value() { return 1; } // expect error: invalid method declaration; return type required
    public static void main(String[] args) {
    }
}

// Interface fields are constants: they need an initializer.
interface Shape {
    int SIDES; // expect error: = expected
}
public class InterfaceFieldInit {
    public static void main(String[] args) {
    }
}

// Fields and methods cannot be declared outside a class.
public class TopLevelField {
    public static void main(String[] args) {
    }
}
int stray = 1; // expect error: class, interface, enum, or record expected

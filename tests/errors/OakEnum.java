// oak-only
// Enums are rejected by oakc (javac accepts this file).
enum Color { RED, GREEN, BLUE } // expect error: enums are not supported yet
public class OakEnum {
    public static void main(String[] args) {
        System.out.println("no enums yet");
    }
}

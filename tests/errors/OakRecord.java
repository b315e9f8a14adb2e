// oak-only
// Records are rejected by oakc (javac accepts this file).
record Point(int x, int y) { } // expect error: records are not supported yet
public class OakRecord {
    public static void main(String[] args) {
        System.out.println("no records yet");
    }
}

// oak-only
// Annotation interface declarations are rejected by oakc (javac accepts this file);
// using annotations is fine.
@interface Marker { } // expect error: annotation interfaces are not supported yet
public class OakAnnotationDecl {
    @Override
    public String toString() { return "x"; }
    public static void main(String[] args) {
        System.out.println("annotations");
    }
}

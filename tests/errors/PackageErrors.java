// Imports of packages and classes that do not exist.
import no.such.pkg.Thing; // expect error: package no.such.pkg does not exist
import java.lang.Nope; // expect error: cannot find symbol
public class PackageErrors {
    public static void main(String[] args) {
    }
}

// A public class must be declared in a file of its name.
public class WrongFileName {
    public static void main(String[] args) {
    }
}
public class Elsewhere { // expect error: class Elsewhere is public, should be declared in a file named Elsewhere.java
}

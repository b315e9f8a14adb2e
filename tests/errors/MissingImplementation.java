// Concrete classes must implement every inherited abstract method.
interface Speaker {
    String speak();
    int volume(int level);
}
abstract class Base {
    abstract void run();
}
class Dog implements Speaker { // expect error: Dog is not abstract and does not override abstract method volume(int) in Speaker
    public String speak() { return "woof"; }
}
class Runner extends Base { // expect error: Runner is not abstract and does not override abstract method run() in Base
}
class Comp implements Comparable<Comp> { // expect error: Comp is not abstract and does not override abstract method compareTo(Comp) in Comparable
}
public class MissingImplementation {
    public static void main(String[] args) {
    }
}

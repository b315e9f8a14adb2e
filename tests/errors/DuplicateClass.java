// Two top-level classes with the same name in one file.
class Twice {
}
class Twice { // expect error: duplicate class: Twice
}
public class DuplicateClass {
    public static void main(String[] args) {
    }
}

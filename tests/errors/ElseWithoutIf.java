// An else that does not follow an if.
public class ElseWithoutIf {
    public static void main(String[] args) {
        int x = 1;
        x++;
        else x--; // expect error: 'else' without 'if'
    }
}

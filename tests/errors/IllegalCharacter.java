// Characters that cannot start a token.
public class IllegalCharacter {
    public static void main(String[] args) {
        int x = 1 # 2; // expect error: illegal character: '#'
    }
}

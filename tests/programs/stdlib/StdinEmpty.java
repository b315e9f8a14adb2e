// With empty standard input: Scanner has nothing, BufferedReader returns null at once,
// and System.in.read() returns -1.
// expect: -1
// expect: null
// expect: false false false
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Scanner;

public class StdinEmpty {
    public static void main(String[] args) throws IOException {
        System.out.println(System.in.read());
        System.out.println(new BufferedReader(new InputStreamReader(System.in)).readLine());
        Scanner s = new Scanner(System.in);
        System.out.println(s.hasNext() + " " + s.hasNextLine() + " " + s.hasNextInt());
    }
}

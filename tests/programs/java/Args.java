// Program arguments reach main's String[].
// args: alpha 42 -7 last
// expect: 4
// expect: 0: alpha (5)
// expect: 1: 42 (2)
// expect: 2: -7 (2)
// expect: 3: last (4)
// expect: not a number: alpha
// expect: not a number: last
// expect: sum 35
// expect exit: 4
public class Args {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": " + args[i] + " (" + args[i].length() + ")");
        int sum = 0;
        for (String a : args) {
            try {
                sum += Integer.parseInt(a);
            } catch (NumberFormatException e) {
                System.out.println("not a number: " + a);
            }
        }
        System.out.println("sum " + sum);
        System.exit(args.length);
    }
}

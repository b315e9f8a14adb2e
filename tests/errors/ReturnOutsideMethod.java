// return is not allowed in initializers.
public class ReturnOutsideMethod {
    static {
        return; // expect error: return outside method
    }
    {
        return; // expect error: return outside method
    }
    public static void main(String[] args) {
    }
}

// catch, finally and case without their statements, and a try with neither.
// allow extra errors
public class OrphanClauses {
    public static void main(String[] args) {
        try { // expect error: 'try' without 'catch', 'finally' or resource declarations
            System.out.println();
        }
        System.out.println();
    }
    void a() {
        catch (Exception e) { } // expect error: 'catch' without 'try'
    }
}

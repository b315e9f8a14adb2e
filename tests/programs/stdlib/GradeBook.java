// A grade book: students in an ArrayList of a small class, averages and letter grades
// with String.format, a ranking with Collections.sort and a Comparator, statistics with
// Math, grouping in a LinkedHashMap, a histogram with StringBuilder.
// expect: name       t1     t2     t3     avg grade
// expect: Ada        95     88     92   91.67 A
// expect: Brian      72     65     80   72.33 C
// expect: Chen       85     91     78   84.67 B
// expect: Dana       55     62     58   58.33 F
// expect: Eli        88     88     89   88.33 B
// expect: Fay       100     97     99   98.67 A
// expect: 1.Fay 2.Ada 3.Eli 4.Chen 5.Brian 6.Dana
// expect: mean 82.333, sd 13.362, best 98.7, worst 58.3
// expect: {A=[Fay, Ada], B=[Eli, Chen], C=[Brian], D=[], F=[Dana]}
// expect: A | ****
// expect: B | ****
// expect: C | **
// expect: D | 
// expect: F | **
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class GradeBook {
    static class Student {
        final String name;
        final int[] scores;

        Student(String name, int... scores) {
            this.name = name;
            this.scores = scores;
        }

        double average() {
            int sum = 0;
            for (int s : scores) sum += s;
            return (double) sum / scores.length;
        }

        char letter() {
            double a = average();
            if (a >= 90) return 'A';
            if (a >= 80) return 'B';
            if (a >= 70) return 'C';
            if (a >= 60) return 'D';
            return 'F';
        }
    }

    static class ByAverage implements Comparator<Student> {
        public int compare(Student a, Student b) {
            return Double.compare(b.average(), a.average());
        }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        students.add(new Student("Ada", 95, 88, 92));
        students.add(new Student("Brian", 72, 65, 80));
        students.add(new Student("Chen", 85, 91, 78));
        students.add(new Student("Dana", 55, 62, 58));
        students.add(new Student("Eli", 88, 88, 89));
        students.add(new Student("Fay", 100, 97, 99));
        System.out.println(String.format("%-6s %6s %6s %6s %7s %s", "name", "t1", "t2", "t3", "avg", "grade"));
        for (Student s : students)
            System.out.println(String.format("%-6s %6d %6d %6d %7.2f %c", s.name, s.scores[0], s.scores[1], s.scores[2], s.average(), s.letter()));
        Collections.sort(students, new ByAverage());
        StringBuilder rank = new StringBuilder();
        for (int i = 0; i < students.size(); i++) rank.append(i + 1).append('.').append(students.get(i).name).append(' ');
        System.out.println(rank.toString().trim());
        double sum = 0, sumSq = 0, best = Double.NEGATIVE_INFINITY, worst = Double.POSITIVE_INFINITY;
        for (Student s : students) {
            double a = s.average();
            sum += a;
            sumSq += a * a;
            best = Math.max(best, a);
            worst = Math.min(worst, a);
        }
        double mean = sum / students.size();
        double sd = Math.sqrt(sumSq / students.size() - mean * mean);
        System.out.printf("mean %.3f, sd %.3f, best %.1f, worst %.1f%n", mean, sd, best, worst);
        Map<Character, List<String>> byGrade = new LinkedHashMap<>();
        for (char g = 'A'; g <= 'F'; g++) if (g != 'E') byGrade.put(g, new ArrayList<String>());
        for (Student s : students) byGrade.get(s.letter()).add(s.name);
        System.out.println(byGrade);
        for (Map.Entry<Character, List<String>> e : byGrade.entrySet()) {
            StringBuilder bar = new StringBuilder();
            for (int i = 0; i < e.getValue().size(); i++) bar.append("**");
            System.out.println(e.getKey() + " | " + bar);
        }
    }
}

package java.util.regex;

/** Matches a Pattern against a CharSequence: find, matches, lookingAt, groups, and
 *  replacement with $n, ${name} and \ escapes, as the JDK's. */
public final class Matcher implements MatchResult {
    private Pattern parentPattern;
    private CharSequence text;
    int[] groups;   // start, end of each group (0 = the whole match); -1 = did not match
    int[] locals;   // the nodes' scratch slots
    int from, to;   // the region searched
    boolean requireEnd; // matches(): the match must end at `to`
    boolean transparentBounds;
    int last;       // end of the match, set by Accept
    private int first = -1;     // start of the last match, -1 if none
    private int lastEnd;        // end of the last match (where find continues)
    private int appendPos;      // appendReplacement's position
    private boolean matched;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        groups = new int[(parent.groupCount + 1) * 2];
        locals = new int[Math.max(parent.localCount, 1)];
        reset();
    }

    int textLength() {
        return text.length();
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
        parentPattern = newPattern;
        groups = new int[(newPattern.groupCount + 1) * 2];
        locals = new int[Math.max(newPattern.localCount, 1)];
        clearGroups();
        return this;
    }

    public Matcher reset() {
        first = -1;
        lastEnd = 0;
        appendPos = 0;
        matched = false;
        from = 0;
        to = text.length();
        clearGroups();
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    private void clearGroups() {
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > end || end > text.length()) throw new IndexOutOfBoundsException("start");
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    /** Tries a match starting exactly at i. */
    private boolean matchAt(int i, boolean anchoredEnd) {
        clearGroups();
        requireEnd = anchoredEnd;
        boolean r = parentPattern.root.match(this, i, text);
        requireEnd = false;
        if (r) {
            groups[0] = i;
            groups[1] = last;
            first = i;
            lastEnd = last;
        }
        matched = r;
        return r;
    }

    public boolean matches() {
        boolean r = matchAt(from, true);
        if (!r) first = -1;
        return r;
    }

    public boolean lookingAt() {
        boolean r = matchAt(from, false);
        if (!r) first = -1;
        return r;
    }

    /** The next match after the previous one (one char further if that was empty). */
    public boolean find() {
        int next = lastEnd;
        if (first >= 0 && next == first) next++;
        if (next < from) next = from;
        if (next > to) {
            clearGroups();
            matched = false;
            return false;
        }
        return search(next);
    }

    public boolean find(int start) {
        int limit = text.length();
        if (start < 0 || start > limit) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start);
    }

    private boolean search(int start) {
        for (int i = start; i <= to; i++)
            if (matchAt(i, false)) return true;
        clearGroups();
        matched = false;
        first = -1;
        return false;
    }

    private void checkMatch() {
        if (!matched || first < 0) throw new IllegalStateException("No match found");
    }

    public int start() {
        checkMatch();
        return groups[0];
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return start(groupIndex(name));
    }

    public int end() {
        checkMatch();
        return groups[1];
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return end(groupIndex(name));
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
    }

    private int groupIndex(String name) {
        int g = parentPattern.groupNames.indexOf(name) + 1;
        if (g == 0) throw new IllegalArgumentException("No group with name <" + name + ">");
        return g;
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        checkMatch();
        checkGroup(group);
        int s = groups[group * 2], e = groups[group * 2 + 1];
        if (s == -1 || e == -1) return null;
        return text.subSequence(s, e).toString();
    }

    public String group(String name) {
        return group(groupIndex(name));
    }

    public int groupCount() {
        return parentPattern.groupCount;
    }

    public boolean hitEnd() {
        return false;
    }

    /** The replacement text with group references expanded. */
    private String expand(String replacement) {
        StringBuilder result = new StringBuilder();
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("character to be escaped is missing");
                result.append(replacement.charAt(cursor));
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (Character.isLetterOrDigit(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (nextChar != '}') throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String gname = gsb.toString();
                    if (parentPattern.groupNames.indexOf(gname) < 0)
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    refNum = parentPattern.groupNames.indexOf(gname) + 1;
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9) throw new IllegalArgumentException("Illegal group reference");
                    cursor++;
                    boolean done = false;
                    while (!done) {
                        if (cursor >= replacement.length()) break;
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9) break;
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum) {
                            done = true;
                        } else {
                            refNum = newRefNum;
                            cursor++;
                        }
                    }
                }
                if (refNum > groupCount()) throw new IndexOutOfBoundsException("No group " + refNum);
                String g = group(refNum);
                if (g != null) result.append(g);
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
        return result.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        String r = expand(replacement);
        sb.append(text, appendPos, start());
        sb.append(r);
        appendPos = end();
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        String r = expand(replacement);
        sb.append(text, appendPos, start());
        sb.append(r);
        appendPos = end();
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (!result) return text.toString();
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
            result = find();
        } while (result);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) throw new NullPointerException("replacement");
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public static String quoteReplacement(String s) {
        if ((s.indexOf('\\') == -1) && (s.indexOf('$') == -1)) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public MatchResult toMatchResult() {
        Matcher m = new Matcher(parentPattern, text.toString());
        m.groups = groups.clone();
        m.first = first;
        m.matched = matched;
        return m;
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + parentPattern + " region=" + from + "," + to + " lastmatch="
                + (matched && first >= 0 ? group() : "") + "]";
    }
}

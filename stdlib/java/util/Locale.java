package java.util;

/** Locales are accepted and ignored: formatting is always the JDK's en_US/ROOT style. */
public final class Locale implements java.io.Serializable {
    private final String language, country;

    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");

    public Locale(String language, String country) {
        this.language = language;
        this.country = country;
    }

    public Locale(String language) {
        this(language, "");
    }

    public static Locale getDefault() {
        return US;
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String toString() {
        if (country.isEmpty()) return language;
        return language + "_" + country;
    }
}

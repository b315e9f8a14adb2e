// The builder pattern with a static nested Builder class: fluent setters returning
// this, validation in build() with exceptions, an immutable result with private
// constructor, and defaults from static final constants.
// expect: http://example.org:8080
// expect: https://oak.dev:443/docs/index
// expect: https://x:9
// expect: host is required
// expect: bad port 70000
// expect: http://base:8080 http://base:8080/more
public class BuilderPattern {
    static final int DEFAULT_PORT = 8080;
    private final String host;
    private final int port;
    private final boolean secure;
    private final String[] paths;
    private BuilderPattern(Builder b) {
        host = b.host;
        port = b.port;
        secure = b.secure;
        paths = new String[b.count];
        System.arraycopy(b.paths, 0, paths, 0, b.count);
    }
    static Builder builder() { return new Builder(); }
    static class Builder {
        private String host;
        private int port = DEFAULT_PORT;
        private boolean secure;
        private String[] paths = new String[4];
        private int count;
        Builder host(String h) { host = h; return this; }
        Builder port(int p) { port = p; return this; }
        Builder secure() { secure = true; if (port == DEFAULT_PORT) port = 443; return this; }
        Builder path(String p) { paths[count++] = p; return this; }
        BuilderPattern build() {
            if (host == null || host.isEmpty()) throw new IllegalStateException("host is required");
            if (port <= 0 || port > 65535) throw new IllegalArgumentException("bad port " + port);
            return new BuilderPattern(this);
        }
    }
    @Override public String toString() {
        StringBuilder sb = new StringBuilder(secure ? "https://" : "http://").append(host).append(':').append(port);
        for (String p : paths) sb.append('/').append(p);
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(builder().host("example.org").build());
        System.out.println(builder().host("oak.dev").secure().path("docs").path("index").build());
        System.out.println(builder().port(9).secure().host("x").build());
        try {
            builder().path("a").build();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            builder().host("h").port(70000).build();
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Builder shared = builder().host("base");
        BuilderPattern first = shared.build();
        BuilderPattern second = shared.path("more").build();
        System.out.println(first + " " + second);
    }
}

package cn.energydata.systemtest.browser;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The axe-core accessibility engine (Deque, MPL-2.0), fetched once from the npm registry — the package is not on
 * Maven Central — checked against the registry's SHA-512 integrity value, kept in the user's cache directory, and
 * injected into a page to list its WCAG 2.1 A/AA violations.
 */
public final class Axe {

    static final String VERSION = "4.10.2";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    /** The registry's {@code dist.integrity} of that version. */
    private static final String INTEGRITY =
            "RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w==";
    private static String script;

    private Axe() {
    }

    /** A violation of one rule, with the number of elements it concerns. */
    public record Violation(String rule, String impact, String help, int nodes, String firstTarget) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + nodes + "× e.g. " + firstTarget + "): " + help;
        }
    }

    /** Runs axe on the current page (WCAG 2.0/2.1 A and AA rules) and returns its violations. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(script());
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || 'unknown', help: v.help,
                      nodes: v.nodes.length, first: v.nodes.length ? v.nodes[0].target.join(' ') : ''}))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: 0, first: ''}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        ((Number) v.get("nodes")).intValue(), (String) v.get("first")))
                .toList();
    }

    /** The serious and critical ones only. */
    public static List<Violation> serious(Browser browser) {
        return violations(browser).stream()
                .filter(v -> v.impact().equals("serious") || v.impact().equals("critical")).toList();
    }

    private static synchronized String script() {
        if (script == null) {
            script = extract(tarball());
        }
        return script;
    }

    private static Path tarball() {
        Path cached = Path.of(System.getProperty("user.home"), ".cache", "energy-data-classification",
                "axe-core-" + VERSION + ".tgz");
        try {
            if (Files.isRegularFile(cached) && intact(Files.readAllBytes(cached))) {
                return cached;
            }
            HttpResponse<byte[]> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build()
                    .send(HttpRequest.newBuilder(URI.create(TARBALL)).timeout(Duration.ofMinutes(2)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200 || !intact(answer.body())) {
                throw new IllegalStateException("Could not fetch axe-core " + VERSION + " from " + TARBALL
                        + " (HTTP " + answer.statusCode() + " or integrity mismatch); the npm registry must be reachable"
                        + " once, or place the file at " + cached);
            }
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "axe", ".part");
            Files.write(partial, answer.body());
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not fetch axe-core from " + TARBALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean intact(byte[] tarball) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(tarball);
            return Base64.getEncoder().encodeToString(digest).equals(INTEGRITY);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extract(Path tarball) {
        try (InputStream file = Files.newInputStream(tarball);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().equals("package/axe.min.js")) {
                    return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException(tarball + " has no package/axe.min.js");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

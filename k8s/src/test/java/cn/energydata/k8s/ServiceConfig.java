package cn.energydata.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What a service's own configuration says, read from its files: service-common's microprofile-config.properties
 * (ordinal 100, only for a module whose pom.xml depends on service-common: review-console does not) overridden by
 * the service's application.properties; the %prod profile applies in a container. Also which Quarkus extensions
 * the service's pom.xml declares.
 */
final class ServiceConfig {

    final String module;
    final Map<String, String> properties = new LinkedHashMap<>();
    /** Every property name any profile of the service's files mentions, without the %profile. prefix. */
    final Set<String> knownNames = new LinkedHashSet<>();
    final Set<String> extensions = new LinkedHashSet<>();
    final Path applicationProperties;

    /** Whether the module's pom depends on service-common (whose config file then joins the module's). */
    final boolean usesServiceCommon;

    ServiceConfig(Path repo, String module) {
        this.module = module;
        this.applicationProperties = repo.resolve(module).resolve("src/main/resources/application.properties");
        String pom;
        try {
            pom = Files.readString(repo.resolve(module).resolve("pom.xml"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + module + "/pom.xml: " + e.getMessage(), e);
        }
        this.usesServiceCommon = dependsOnServiceCommon(pom);
        Properties common = usesServiceCommon
                ? load(repo.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"))
                : new Properties();
        Properties own = load(applicationProperties);
        for (Properties p : new Properties[] {common, own}) {
            for (String key : p.stringPropertyNames()) {
                knownNames.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
                if (!key.startsWith("%")) {
                    properties.put(key, p.getProperty(key));
                }
            }
        }
        for (Properties p : new Properties[] {common, own}) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%prod.")) {
                    properties.put(key.substring("%prod.".length()), p.getProperty(key));
                }
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>(quarkus-[a-z0-9-]+)</artifactId>").matcher(pom);
        while (m.find()) {
            extensions.add(m.group(1));
        }
    }

    /** A {@code <dependency>} on artifact service-common (not the module's own or its parent's artifactId). */
    static boolean dependsOnServiceCommon(String pom) {
        String withoutComments = pom.replaceAll("(?s)<!--.*?-->", "");
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(withoutComments);
        while (d.find()) {
            if (d.group(1).matches("(?s).*<artifactId>\\s*service-common\\s*</artifactId>.*")) {
                return true;
            }
        }
        return false;
    }

    /** The environment-variable form of a property name (MicroProfile Config rule: non-alphanumerics to _). */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    boolean knowsEnv(String env) {
        return knownNames.stream().anyMatch(name -> envName(name).equals(env));
    }

    String get(String property, String fallback) {
        return properties.getOrDefault(property, fallback);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}

package cn.energydata.console.ui;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code {when:fmt(instant)}}: "2026-11-28 23:18 UTC", or "–" for none. */
@TemplateExtension(namespace = "when")
public class TimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static String fmt(Instant instant) {
        return instant == null ? "–" : FORMAT.format(instant);
    }

    /** {@code {when:hm(instant)}}: "14:30 UTC", for times within the next hours (a review claim's expiry). */
    static String hm(Instant instant) {
        return instant == null ? "–" : HOUR_MINUTE.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}

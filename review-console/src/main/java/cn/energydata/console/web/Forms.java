package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** What the pages read from forms and query strings, in one place: choices, texts, lists, dates, paging. */
final class Forms {

    static final int PAGE_SIZE = 20;

    private Forms() {
    }

    /** The value if it is one of the allowed ones, otherwise null (the backend's default or its refusal). */
    static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Empty stays empty (not null) so the backend's validation names the missing field. */
    static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /** Never null: an absent field is an empty text. */
    static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** Items separated by commas, semicolons (ASCII or full-width) or line breaks; null when there are none. */
    static List<String> list(String text) {
        return split(text, "[,，;；\\n]");
    }

    /** Ids separated by commas, semicolons or white space; null when there are none. */
    static List<String> ids(String text) {
        return split(text, "[,，;；\\s]+");
    }

    private static List<String> split(String text, String separators) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> items = Arrays.stream(text.split(separators)).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return items.isEmpty() ? null : items;
    }

    /** A page number from the query string: 0 or more. */
    static int page(int page) {
        return Math.max(0, page);
    }

    /** {@code name=value&} URL-encoded, or nothing for no value: the query of a pager link. */
    static String query(String name, String value) {
        return value == null ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }

    /** A {@code YYYY-MM-DD} date, null when empty; anything else is refused as the backend would refuse it. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BackendException("review-console", 400, "urn:energy-data:problem:invalid-date", "Invalid date",
                    "Use the form YYYY-MM-DD.", List.of(new BackendException.FieldError(field, "YYYY-MM-DD")));
        }
    }
}

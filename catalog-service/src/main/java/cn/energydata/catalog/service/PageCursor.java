package cn.energydata.catalog.service;

import cn.energydata.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code after} token of keyset pagination: the sort key of the last row of a page, so the next page starts
 * right after it however deep it is. Clients pass back what a page's {@code next} gave them.
 */
public final class PageCursor {

    private static final String SEPARATOR = "\u001f";

    private PageCursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder text = new StringBuilder();
        for (Object key : keys) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor; 400 when it is not one this service gave out with {@code parts} keys. */
    public static List<String> decode(String cursor, int parts) {
        try {
            List<String> keys = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1));
            if (keys.size() == parts) {
                return keys;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.badRequest("after: not a cursor given out by this service (pass back a page's next).");
    }
}

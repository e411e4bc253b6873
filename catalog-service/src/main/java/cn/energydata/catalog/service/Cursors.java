package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.common.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The cursors of the catalog's keyset-paged lists. */
final class Cursors {

    private Cursors() {
    }

    /** After an asset in registration order. */
    static String registration(Asset last) {
        return PageCursor.encode(last.registeredAt, last.id);
    }

    static AssetRepository.After registration(String cursor) {
        List<String> keys = PageCursor.decode(cursor, 2);
        return new AssetRepository.After(instant(keys.get(0)), uuid(keys.get(1)));
    }

    static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static short rank(String key) {
        try {
            return Short.parseShort(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("after: not a cursor given out by this service (pass back a page's next).");
    }
}

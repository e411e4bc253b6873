package cn.energydata.common.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvalidQueryParametersTest {

    enum Level { GENERAL, IMPORTANT, CORE }

    @SuppressWarnings("unused")
    void search(@QueryParam("level") Level level, @QueryParam("page") int page, @QueryParam("year") Integer year,
                @QueryParam("q") String q, @QueryParam("id") UUID id) {
    }

    @Test
    void namesEachParameterWhoseValueDoesNotConvert() throws Exception {
        var method = getClass().getDeclaredMethod("search", Level.class, int.class, Integer.class, String.class,
                UUID.class);
        var query = new MultivaluedHashMap<String, String>();
        query.add("level", "core");
        query.add("page", "abc");
        query.add("year", "2026");
        query.add("q", "anything");
        query.add("id", "not-a-uuid");
        query.add("other", "ignored");
        assertEquals(List.of("level", "page", "id"), InvalidQueryParameters.of(method, query));
    }

    @Test
    void convertsAsJaxRsDoes() {
        assertTrue(InvalidQueryParameters.converts(Level.class, "CORE"));
        assertFalse(InvalidQueryParameters.converts(Level.class, "NOPE"));
        assertTrue(InvalidQueryParameters.converts(int.class, "-3"));
        assertFalse(InvalidQueryParameters.converts(int.class, "1e3"));
        assertFalse(InvalidQueryParameters.converts(int.class, "99999999999"));
        assertTrue(InvalidQueryParameters.converts(String.class, "%"));
    }

    @Test
    void uriValidityIsJavaNetUris() {
        assertTrue(RequestGuard.isValidUri("/api/assets?q=%25"));
        assertFalse(RequestGuard.isValidUri("/api/assets?q=%"));
        assertFalse(RequestGuard.isValidUri("/api/ass%ets"));
        assertFalse(RequestGuard.isValidUri("/api/assets?q=a b"));
    }
}

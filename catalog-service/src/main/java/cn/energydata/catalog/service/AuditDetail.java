package cn.energydata.catalog.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered audit details from key/value pairs; null values are kept (Map.of refuses them). */
final class AuditDetail {

    /** The person on whose behalf a service acted (the audit record's {@code onBehalfOf}). */
    static final String ON_BEHALF_OF = "onBehalfOf";

    private AuditDetail() {
    }

    static Map<String, Object> of(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}

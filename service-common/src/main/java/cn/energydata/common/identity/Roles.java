package cn.energydata.common.identity;

import java.util.Set;

/** The realm roles of the product (identity/energy-realm.json), for {@code @RolesAllowed}. */
public final class Roles {

    public static final String DATA_REGISTRANT = "data-registrant";
    public static final String SECURITY_REVIEWER = "security-reviewer";
    public static final String SECURITY_ADMIN = "security-admin";
    public static final String AUDITOR = "auditor";
    /** Held by the service accounts of services that call other services. */
    public static final String INTERNAL_SERVICE = "internal-service";

    public static final Set<String> ALL = Set.of(DATA_REGISTRANT, SECURITY_REVIEWER, SECURITY_ADMIN, AUDITOR,
            INTERNAL_SERVICE);

    private Roles() {
    }
}

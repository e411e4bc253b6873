package cn.energydata.console.ui;

/**
 * The realm roles of identity/energy-realm.json that people hold. A copy of service-common's names: the console
 * does not depend on service-common, whose exception mappers answer problem+json where the console renders HTML.
 */
public final class Roles {

    public static final String DATA_REGISTRANT = "data-registrant";
    public static final String SECURITY_REVIEWER = "security-reviewer";
    public static final String SECURITY_ADMIN = "security-admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}

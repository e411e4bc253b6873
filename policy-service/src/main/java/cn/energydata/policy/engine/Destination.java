package cn.energydata.policy.engine;

import java.util.Locale;
import java.util.Set;

/** Where the data ends up, from nearest to farthest. */
public enum Destination {
    SAME_ENTITY, OTHER_ENTITY, CROSS_BORDER;

    /** Country names of the mainland; any other named country is abroad (Hong Kong, Macao and Taiwan included, as
     * for data export under the cross-border provisions). */
    private static final Set<String> MAINLAND = Set.of("CN", "CHN", "CHINA", "中国");

    /**
     * The destination a request is decided with: the one it names, but never nearer than its action implies
     * (a TRANSFER_CROSS_BORDER always leaves the country, a PROVIDE_TO_ENTITY at least leaves the entity), and
     * CROSS_BORDER whenever it names a country outside the mainland. Any action going abroad (a remote view, a
     * provision or sharing abroad) goes through the export rules: the destination decides, not the action name.
     */
    public static Destination effective(Action action, Destination requested, String country) {
        return effective(action, isAbroad(country) ? CROSS_BORDER : requested);
    }

    public static Destination effective(Action action, Destination requested) {
        Destination implied = action == null ? SAME_ENTITY : action.impliedDestination();
        return requested == null || requested.compareTo(implied) < 0 ? implied : requested;
    }

    static boolean isAbroad(String country) {
        return country != null && !country.isBlank() && !MAINLAND.contains(country.strip().toUpperCase(Locale.ROOT));
    }
}

package cn.energydata.policy.engine;

/** Where the data ends up, from nearest to farthest. */
public enum Destination {
    SAME_ENTITY, OTHER_ENTITY, CROSS_BORDER;

    /**
     * The destination a request is decided with: the one it names, but never nearer than its action implies
     * (a TRANSFER_CROSS_BORDER always leaves the country, a PROVIDE_TO_ENTITY at least leaves the entity). Any
     * action naming CROSS_BORDER (a remote view, a provision or sharing abroad) goes through the export rules.
     */
    public static Destination effective(Action action, Destination requested) {
        Destination implied = action == null ? SAME_ENTITY : action.impliedDestination();
        return requested == null || requested.compareTo(implied) < 0 ? implied : requested;
    }
}

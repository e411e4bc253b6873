package cn.energydata.policy.client;

/** The outcome of a profile lookup that reached the catalog: the profile, or "no profile". */
public record ProfileLookup(OrganisationProfile profile) {

    public static final ProfileLookup NOT_FOUND = new ProfileLookup(null);

    public boolean found() {
        return profile != null;
    }
}

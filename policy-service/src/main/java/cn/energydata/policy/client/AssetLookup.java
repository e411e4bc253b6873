package cn.energydata.policy.client;

/**
 * The outcome of a catalog lookup that reached the catalog: the asset with its version (the catalog's ETag, null
 * when the catalog sends none), or "no such asset".
 */
public record AssetLookup(AssetClassification asset, String version) {

    public static final AssetLookup NOT_FOUND = new AssetLookup(null, null);

    public boolean found() {
        return asset != null;
    }
}

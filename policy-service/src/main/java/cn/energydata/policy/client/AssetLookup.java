package cn.energydata.policy.client;

/** The outcome of a catalog lookup that reached the catalog: the asset, or "no such asset". */
public record AssetLookup(AssetClassification asset) {

    public static final AssetLookup NOT_FOUND = new AssetLookup(null);

    public boolean found() {
        return asset != null;
    }
}

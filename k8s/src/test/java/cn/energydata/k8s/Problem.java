package cn.energydata.k8s;

/** One thing wrong with the manifests: where (file, or overlay and file), which field, and what. */
record Problem(String where, String field, String message) {
    @Override
    public String toString() {
        return where + ": field " + field + ": " + message;
    }
}

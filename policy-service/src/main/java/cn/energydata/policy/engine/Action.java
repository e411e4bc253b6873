package cn.energydata.policy.engine;

/** What a requester wants to do with an asset. */
public enum Action {
    VIEW, DOWNLOAD, MODIFY, SHARE_INTERNAL, PROVIDE_TO_ENTITY, TRANSFER_CROSS_BORDER, PUBLISH, DELETE, MODEL_TRAINING;

    /** Where the data goes when the request does not say: providing leaves the entity, export leaves the country. */
    public Destination impliedDestination() {
        return switch (this) {
            case PROVIDE_TO_ENTITY -> Destination.OTHER_ENTITY;
            case TRANSFER_CROSS_BORDER -> Destination.CROSS_BORDER;
            default -> Destination.SAME_ENTITY;
        };
    }
}

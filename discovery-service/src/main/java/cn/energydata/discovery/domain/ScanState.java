package cn.energydata.discovery.domain;

/** Where a scan stands. QUEUED, WAITING_FOR_WINDOW and RUNNING are in progress; the others are final. */
public enum ScanState {
    QUEUED, WAITING_FOR_WINDOW, RUNNING, SUCCEEDED, PARTLY_FAILED, FAILED, CANCELLED;

    public boolean inProgress() {
        return this == QUEUED || this == WAITING_FOR_WINDOW || this == RUNNING;
    }
}

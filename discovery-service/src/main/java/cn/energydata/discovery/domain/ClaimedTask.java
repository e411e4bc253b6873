package cn.energydata.discovery.domain;

import java.util.UUID;

/** A task a worker holds under its lease; {@code attempts} counts claims, this one included. */
public record ClaimedTask(long id, UUID scanId, TaskKind kind, String key, String owner, int attempts) {
}

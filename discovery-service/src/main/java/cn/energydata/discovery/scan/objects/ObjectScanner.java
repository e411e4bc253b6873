package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.client.ClassifierClient;
import cn.energydata.discovery.client.DiscoveredAsset;
import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.repository.ItemRepository;
import cn.energydata.discovery.scan.CatalogPublisher;
import cn.energydata.discovery.scan.SourceScanner;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Objects and files: listed, each read up to the source's {@code objectBytes} and sent to the classifier as the
 * multipart part {@code file}; a larger one is reported partly read. Unchanged ETag or modification time: UNCHANGED.
 */
abstract class ObjectScanner implements SourceScanner {

    @Inject
    ClassifierClient classifier;

    @Inject
    CatalogPublisher publisher;

    @Inject
    ItemRepository items;

    @Inject
    DiscoveryConfig config;

    @Inject
    Clock clock;

    abstract ObjectStore open(Source source, Credentials credentials);

    abstract ItemKind itemKind();

    @Override
    public List<String> list(Source source, Credentials credentials) {
        try (ObjectStore store = open(source, credentials)) {
            return store.list(source.spec().samplingOrDefaults().maxObjects()).stream().map(StoredObject::key).toList();
        }
    }

    @Override
    public ItemResult scan(Source source, Credentials credentials, String key, ScanMode mode) {
        long budget = source.spec().samplingOrDefaults().objectBytes();
        try (ObjectStore store = open(source, credentials)) {
            Optional<StoredObject> found = store.stat(key);
            if (found.isEmpty()) {
                return ItemResult.failed(key, itemKind(), "deleted during the scan");
            }
            StoredObject object = found.get();
            Optional<ItemResult.Previous> previous = mode == ScanMode.FULL ? Optional.empty()
                    : items.previous(source.id(), key);
            if (previous.isPresent() && previous.get().fingerprint().equals(object.fingerprint())
                    && !previous.get().gradedAt().plus(config.rescan().maxAge()).isBefore(clock.instant())) {
                return ItemResult.unchanged(key, itemKind(), "same " + (object.etag() != null ? "ETag" : "modification time"),
                        previous.get(), null);
            }
            long toRead = Math.min(object.size(), budget);
            byte[] content = store.readFirst(key, toRead);
            boolean partly = object.size() > content.length;
            JsonNode classification = classifier.classifyContent(fileName(key), content);
            String reason = partly ? "read the first " + Sizes.of(content.length) + " of " + Sizes.of(object.size())
                    : null;
            DiscoveredAsset.Upserted upserted = publisher.publish(source, key, reason, "FILE", classification, null,
                    null, null, partly);
            return new ItemResult(key, itemKind(), ItemOutcome.GRADED, reason,
                    classification.path("level").asText(null),
                    upserted.assetId() == null ? null : UUID.fromString(upserted.assetId()), upserted.outcome(),
                    null, null, null, (long) content.length, object.size(), partly, content.length > 0, List.of(),
                    object.fingerprint());
        }
    }

    private static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}

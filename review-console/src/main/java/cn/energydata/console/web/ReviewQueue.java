package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.Queue;
import cn.energydata.console.backend.CatalogModels.QueueEntry;
import cn.energydata.console.ui.CurrentUser;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One page of the review queue as a reviewer reads it: each item with how long it has waited, and the items this
 * reviewer cannot decide set apart — an asset they registered (four eyes) and their own core downgrade awaiting a
 * second reviewer. The catalog's queue does not name who made a downgrade, so the console reads it from the
 * asset's detail for those items only; a failed lookup leaves the item with the ones to decide (the catalog
 * refuses a reviewer's second review of their own downgrade anyway).
 */
@RequestScoped
public class ReviewQueue {

    @Inject
    CatalogBackend catalog;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * @param blockedBy null when this user can decide; OWN_REGISTRATION or OWN_DOWNGRADE otherwise
     * @param waitingSince when the item came to the queue: the proposal's grading, otherwise the asset's last change
     * @param confirmable a general grade awaiting review this reviewer may confirm with others at once
     * @param claimAction CLAIM (nobody holds it), RELEASE (this reviewer holds it) or null (no button: another
     *                    reviewer holds it, or this user may not decide it)
     */
    @TemplateData
    public record Item(QueueEntry entry, long position, Instant waitingSince, String ageUnit, long age,
                       String blockedBy, boolean confirmable, String claimAction) {
    }

    @TemplateData
    public record Page(Queue queue, List<Item> toDecide, List<Item> notYours) {

        public boolean isAnyConfirmable() {
            return toDecide.stream().anyMatch(Item::confirmable);
        }
    }

    Page page(int page, int size) {
        Queue queue = catalog.reviewQueue(page, size);
        List<Item> toDecide = new ArrayList<>();
        List<Item> notYours = new ArrayList<>();
        int count = 0;
        for (QueueEntry entry : queue.items() == null ? List.<QueueEntry>of() : queue.items()) {
            count++;
            Instant since = entry.proposal() != null && entry.proposal().gradedAt() != null
                    ? entry.proposal().gradedAt() : entry.asset().updatedAt();
            Duration waited = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
            String unit = waited.toDays() > 0 ? "DAYS" : waited.toHours() > 0 ? "HOURS" : "LESS_THAN_HOUR";
            long age = unit.equals("DAYS") ? waited.toDays() : waited.toHours();
            String blockedBy = blockedBy(entry);
            Item item = new Item(entry, queue.position(count), since, unit, age, blockedBy,
                    blockedBy == null && confirmable(entry), blockedBy == null ? claimAction(entry) : null);
            (blockedBy == null ? toDecide : notYours).add(item);
        }
        return new Page(queue, toDecide, notYours);
    }

    /** Only PROPOSED grades can be confirmed in bulk (catalog), and the console offers it for general ones. */
    private boolean confirmable(QueueEntry entry) {
        return user.isMayReview() && "PROPOSED".equals(entry.asset().status())
                && "GENERAL".equals(entry.asset().level());
    }

    /** Claims are security-reviewers' (catalog); an item another reviewer holds offers no button. */
    private String claimAction(QueueEntry entry) {
        if (!user.isMayReview()) {
            return null;
        }
        if (!entry.isClaimed()) {
            return "CLAIM";
        }
        return entry.claimedBy().equals(user.getName()) ? "RELEASE" : null;
    }

    private String blockedBy(QueueEntry entry) {
        if (!user.isMayReview()) {
            return null;
        }
        if (user.getName() != null && user.getName().equals(entry.asset().registeredBy())) {
            return "OWN_REGISTRATION";
        }
        if ("SECOND_REVIEW".equals(entry.reason()) && ownDowngrade(entry.asset().id())) {
            return "OWN_DOWNGRADE";
        }
        return null;
    }

    private boolean ownDowngrade(String assetId) {
        var detail = catalog.attempt(() -> catalog.detail(UUID.fromString(assetId)));
        AssetDetail d = detail.ok() ? detail.value() : null;
        return d != null && d.awaitingSecondReview() != null
                && user.getName() != null && user.getName().equals(d.awaitingSecondReview().reviewer());
    }
}

package cn.energydata.catalog.service;

import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Confirms many proposed grades at once (issue 15 item 5, issue 20). Each asset goes through the single review
 * path ({@link ReviewService#confirmProposed}) in a transaction of its own, so one refusal never undoes another
 * asset's confirmation and every confirmation has its own audit record. Not transactional itself on purpose.
 */
@ApplicationScoped
public class BulkConfirmationService {

    @Inject
    ReviewService reviews;

    /** Why one asset was not confirmed: the problem type and detail a single review would have answered. */
    public record Refusal(UUID assetId, String type, String detail) {
    }

    public record Result(List<UUID> confirmed, List<Refusal> refused) {
    }

    public Result confirm(BulkConfirmationRequest request) {
        List<UUID> confirmed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(request.assetIds())) {
            try {
                reviews.confirmProposed(id, request.justification());
                confirmed.add(id);
            } catch (ProblemException e) {
                refused.add(new Refusal(id, e.toProblem(null).type(), e.getMessage()));
            } catch (OptimisticLockException | StaleStateException e) {
                refused.add(new Refusal(id, Problem.of(409, "stale-version", "Conflict", "", null).type(),
                        "The asset was changed by someone else at the same time. Reload and decide again."));
            }
        }
        return new Result(confirmed, refused);
    }
}

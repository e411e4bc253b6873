package cn.energydata.policy.service;

import cn.energydata.policy.engine.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation owes and when ({@code GET /api/obligations}). {@code holdsMinorsPersonalInformation} and
 * {@code importantDataProcessorByPersonalInformationScale} come from the catalog's inventory and are null when it
 * could not be read ({@code inventory.known = false}): the duties they bring are then unknown, not absent.
 */
public record OrganisationObligations(String organisation, LocalDate asOf, List<String> levelsSeen,
                                      boolean holdsImportantOrCore, Boolean holdsMinorsPersonalInformation,
                                      Boolean importantDataProcessorByPersonalInformationScale, Inventory inventory,
                                      List<Item> items) {

    /**
     * One duty. {@code derived} says whether this service could work out the due date from its own records
     * (decision log, assessments, the catalog's inventory); if not, {@code note} says who can or what is missing.
     * {@code status}: OVERDUE, DUE_SOON (within 31 days), UPCOMING, NONE_ON_FILE, MET, MISSING, ON_EVENT (owed
     * when the event happens), UNKNOWN (the facts could not be read). {@code basisZh}, {@code noteZh}: the same
     * sentences in Chinese.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String obligation, String source, LocalDate due, String status, boolean derived,
                       String basis, String basisZh, String note, String noteZh) {

        Item(String obligation, String source, LocalDate due, String status, boolean derived, Reason basis,
             Reason note) {
            this(obligation, source, due, status, derived, basis == null ? null : basis.en(),
                    basis == null ? null : basis.zh(), note == null ? null : note.en(), note == null ? null : note.zh());
        }
    }

    /** The catalog's personal-information totals the duties were derived from; {@code problem} when unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Inventory(boolean known, Long assets, Long assetsWithMinors, Long persons, Long sensitivePersons,
                            Long minors, Long children, String problem, String problemZh) {
    }
}

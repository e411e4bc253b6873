package cn.energydata.policy.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/** What an organisation owes and when ({@code GET /api/obligations}). */
public record OrganisationObligations(String organisation, LocalDate asOf, List<String> levelsSeen,
                                      boolean holdsImportantOrCore, boolean holdsMinorsPersonalInformation,
                                      List<Item> items) {

    /**
     * One duty. {@code derived} says whether this service could work out the due date from its own records
     * (decision log, assessments); if not, {@code note} says who can.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String obligation, String source, LocalDate due, String status, boolean derived,
                       String basis, String note) {
    }
}

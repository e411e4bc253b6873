package cn.energydata.console.web;

import cn.energydata.console.backend.AssetNames;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.Decision;
import cn.energydata.console.backend.PolicyModels.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The decision log as CSV: policy-service's list read page by page (its largest page) and written out as it comes,
 * so the console never holds the whole log; each asset named where the catalog could name it.
 */
@RequestScoped
public class DecisionLogCsv {

    /** policy-service's largest page. */
    static final int PAGE = 200;

    static final List<String> HEADER = List.of("decidedAt", "decisionId", "requester", "action", "effect", "assetId",
            "assetName", "assetLevel", "effectiveLevel", "policyIds", "reasons", "approvalStatus", "exemption",
            "exemptionReason");

    @Inject
    PolicyBackend policy;

    @Inject
    AssetNames names;

    StreamingOutput of(String assetId, String requester, String effect) {
        // The first page is read before the answer starts, so a policy service that is down is the error page.
        Page<Decision> first = policy.decisions(assetId, requester, effect, 0, PAGE);
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.BOM);
            w.write(Csv.line(HEADER));
            Page<Decision> page = first;
            int next = 0;
            while (true) {
                write(w, page.itemList());
                w.flush();
                if (!page.hasNext() || page.itemList().isEmpty()) {
                    break;
                }
                next++;
                page = policy.decisions(assetId, requester, effect, next, PAGE);
            }
            w.flush();
        };
    }

    private void write(Writer w, List<Decision> decisions) throws java.io.IOException {
        Map<String, String> named = names.of(decisions.stream().map(Decision::assetId).toList());
        for (Decision d : decisions) {
            w.write(Csv.line(java.util.Arrays.asList(d.decidedAt() == null ? null : d.decidedAt().toString(),
                    d.decisionId(), d.requester(), d.action(), d.effect(), d.assetId(), named.get(d.assetId()),
                    d.assetLevel(), d.effectiveLevel(), d.policyIds() == null ? null : String.join(" ", d.policyIds()),
                    String.join(" | ", d.reasonList()), d.approvalStatus(),
                    d.exemption() == null ? null : d.exemption().type(),
                    d.exemption() == null ? null : d.exemption().reason())));
        }
    }
}

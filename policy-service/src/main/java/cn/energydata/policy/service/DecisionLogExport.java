package cn.energydata.policy.service;

import cn.energydata.policy.config.PolicyConfig;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.repository.DecisionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision log as CSV (issue 15 item 7): every entry matching the list's filters, in the list's order and with
 * the list's tenancy (a decision on another organisation's asset reads as the unknown-asset answer). The log is
 * read in chunks ({@code policy.decision-log.export-chunk}), each in its own short transaction, and written out as
 * it is read, so an export of any length needs bounded memory and holds no transaction open while the client reads.
 */
@ApplicationScoped
public class DecisionLogExport {

    static final String[] HEADER = {"decisionId", "decidedAt", "requester", "action", "assetId", "assetName", "assetLevel",
            "effectiveLevel", "effect", "policyIds", "reasons", "reasonsZh", "obligations", "obligationsZh",
            "approvalId", "exemptionType", "exemptionReason"};

    @Inject
    DecisionRepository repository;

    @Inject
    DecisionLog log;

    @Inject
    PolicyConfig config;

    /** Writes UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), a header row, then the entries. */
    public void csv(String organisation, String assetId, String requester, Effect effect, OutputStream out)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        String effectName = effect == null ? null : effect.name();
        int size = config.decisionLog().exportChunk();
        DecisionRecord after = null;
        List<DecisionRecord> chunk;
        do {
            DecisionRecord from = after;
            chunk = QuarkusTransaction.requiringNew().call(
                    () -> repository.chunk(organisation, assetId, requester, effectName, from, size));
            for (DecisionRecord r : chunk) {
                print(csv, log.view(r, organisation));
            }
            after = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
        } while (chunk.size() == size);
        csv.flush();
    }

    private static void print(CSVPrinter csv, DecisionView d) throws IOException {
        List<Obligations.Summary> summaries = d.obligations() == null ? List.of() : d.obligations().summaries();
        csv.printRecord(d.decisionId(), d.decidedAt(), cell(d.requester()), d.action(), cell(d.assetId()),
                cell(d.assetName()), d.assetLevel(), d.effectiveLevel(), d.effect(), String.join(" ", d.policyIds()),
                cell(lines(d.reasons())), cell(lines(d.reasonsZh())),
                cell(summaries.stream().map(Obligations.Summary::summary).collect(Collectors.joining("\n"))),
                cell(summaries.stream().map(Obligations.Summary::summaryZh).collect(Collectors.joining("\n"))),
                d.approvalId(), d.exemption() == null ? null : d.exemption().type(),
                cell(d.exemption() == null ? null : d.exemption().reason()));
    }

    private static String lines(List<String> sentences) {
        return sentences == null ? null : String.join("\n", sentences);
    }

    /** A cell a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

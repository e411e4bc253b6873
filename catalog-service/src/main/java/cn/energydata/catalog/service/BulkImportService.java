package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassifierUnavailableException;
import cn.energydata.catalog.client.ServiceTokens;
import cn.energydata.catalog.service.ImportColumns.RowError;
import cn.energydata.catalog.service.ImportReader.Format;
import cn.energydata.catalog.service.ImportReader.ImportRow;
import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bulk registration (issue 20 item 4): a CSV or XLSX in the filing template's columns, or JSON lines of registration
 * requests, registered as a background job. Each row is one registration in its own transaction (asset and audit
 * record, or nothing), then graded from its descriptor as any registration is; a row with problems is reported
 * (row, field, message) and skipped. A dry run only checks the rows and shows the first ones, for a preview.
 */
@ApplicationScoped
public class BulkImportService {

    private static final Logger LOG = Logger.getLogger(BulkImportService.class);
    /** Row errors kept in the job's result; the count of failed rows is always complete. */
    static final int MAX_ERRORS = 1000;
    static final int PREVIEW_ROWS = 20;

    public record Result(boolean dryRun, long rows, long registered, long graded, long pending, long failed,
                         List<RowError> errors, boolean errorsTruncated, List<AssetRequest> preview) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    AssetService assets;

    @Inject
    GradingService grading;

    @Inject
    ServiceTokens tokens;

    @Inject
    JobService jobs;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    /** Keeps the upload in a temporary file and starts the job, which deletes it when done. */
    public JobService.JobView submit(InputStream body, String contentType, boolean dryRun) {
        Format format = format(contentType);
        String organisation = tenancy.organisation();
        String actor = tenancy.username();
        Path file;
        try {
            file = Files.createTempFile("catalog-import-", "." + format.name().toLowerCase(Locale.ROOT));
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProblemException(400, "unreadable-upload", "Bad request", "The upload could not be read.");
        }
        return jobs.submit(dryRun ? "IMPORT_CHECK" : "IMPORT", organisation, actor, progress -> {
            try {
                return run(organisation, actor, file, format, dryRun, progress);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    Result run(String organisation, String actor, Path file, Format format, boolean dryRun,
               JobService.Progress progress) throws IOException {
        Tally tally = new Tally(dryRun);
        ImportReader.read(file, format, json, row -> {
            importRow(organisation, actor, row, tally);
            if (tally.rows % 100 == 0) {
                progress.processed(tally.rows);
            }
        });
        progress.total(tally.rows);
        progress.processed(tally.rows);
        tally.errors.sort(Comparator.comparingLong(RowError::row));
        return new Result(dryRun, tally.rows, tally.registered, tally.graded, tally.pending, tally.failed,
                tally.errors, tally.errorsTruncated, tally.preview);
    }

    private static final class Tally {
        final boolean dryRun;
        long rows;
        long registered;
        long graded;
        long pending;
        long failed;
        final List<RowError> errors = new ArrayList<>();
        boolean errorsTruncated;
        final List<AssetRequest> preview = new ArrayList<>();

        Tally(boolean dryRun) {
            this.dryRun = dryRun;
        }

        void fail(List<RowError> rowErrors) {
            failed++;
            for (RowError error : rowErrors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(error);
                } else {
                    errorsTruncated = true;
                }
            }
        }
    }

    private void importRow(String organisation, String actor, ImportRow row, Tally tally) {
        if (row.row() == 0) {
            tally.fail(row.errors());
            return;
        }
        tally.rows++;
        List<RowError> errors = new ArrayList<>(row.errors());
        if (row.request() != null) {
            for (ConstraintViolation<AssetRequest> v : validator.validate(row.request())) {
                errors.add(new RowError(row.row(), v.getPropertyPath().toString(), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(e -> String.valueOf(e.field())));
            tally.fail(errors);
            return;
        }
        if (tally.dryRun) {
            if (tally.preview.size() < PREVIEW_ROWS) {
                tally.preview.add(row.request());
            }
            return;
        }
        AssetView asset;
        try {
            asset = assets.register(organisation, actor, row.request());
        } catch (ProblemException e) {
            List<Problem.FieldError> fields = e.toProblem(null).errors();
            List<RowError> problems = fields == null || fields.isEmpty()
                    ? List.of(new RowError(row.row(), null, e.getMessage()))
                    : fields.stream().map(f -> rowError(row.row(), f)).toList();
            tally.fail(problems);
            return;
        }
        tally.registered++;
        switch (grading.gradeRegistered(asset.id(), serviceToken(), actor)) {
            case GRADED -> tally.graded++;
            case PENDING -> tally.pending++;
            case REJECTED -> LOG.warnf("Imported asset %s: the classifier rejected its descriptor", asset.id());
        }
    }

    private static RowError rowError(long row, Problem.FieldError error) {
        return new RowError(row, error.field(), error.message());
    }

    private String serviceToken() {
        try {
            return tokens.accessToken();
        } catch (ClassifierUnavailableException e) {
            return null;
        }
    }

    private static Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return Format.CSV;
        }
        if (type.startsWith(CatalogueFormats.XLSX)) {
            return Format.XLSX;
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/json-lines")) {
            return Format.JSON_LINES;
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "Send text/csv, " + CatalogueFormats.XLSX + " or application/x-ndjson (JSON lines).");
    }
}

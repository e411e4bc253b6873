package cn.energydata.discovery.service;

import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.domain.JdbcUrls;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Checks of a source command that span fields (bean validation checks each field on its own). */
final class SourceValidation {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private SourceValidation() {
    }

    static void check(SourceCommand command) {
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (command.kind()) {
            case JDBC -> required(errors, command.jdbc(), "jdbc");
            case S3 -> required(errors, command.s3(), "s3");
            case FILESYSTEM -> required(errors, command.filesystem(), "filesystem");
        }
        if (command.jdbc() != null && command.jdbc().url() != null && JdbcUrls.carriesPassword(command.jdbc().url())) {
            errors.add(new Problem.FieldError("jdbc.url",
                    "must not carry a password: give it in credentials (stored encrypted) or credentialsRef"));
        }
        if (command.credentials() != null && command.credentialsRef() != null) {
            errors.add(new Problem.FieldError("credentialsRef", "give either credentials or credentialsRef, not both"));
        }
        if (command.schedule() != null && command.schedule().cron() != null) {
            try {
                QUARTZ.parse(command.schedule().cron()).validate();
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("schedule.cron",
                        "is not a cron expression (Quartz: second minute hour day month weekday)"));
            }
        }
        if (command.schedule() != null && command.schedule().window() != null
                && command.schedule().window().zone() != null) {
            try {
                ZoneId.of(command.schedule().window().zone());
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("schedule.window.zone", "is not a time zone (e.g. Asia/Shanghai)"));
            }
        }
        if (!errors.isEmpty()) {
            String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
            throw new ProblemException(400, "validation", "Invalid request", "Invalid value for: " + fields, errors);
        }
    }

    private static void required(List<Problem.FieldError> errors, Object section, String field) {
        if (section == null) {
            errors.add(new Problem.FieldError(field, "is required for a source of this kind"));
        }
    }
}

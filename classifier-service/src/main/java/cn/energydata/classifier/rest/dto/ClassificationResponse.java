package cn.energydata.classifier.rest.dto;

import cn.energydata.classifier.engine.AgeBand;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Location;
import cn.energydata.classifier.engine.grading.Flag;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.grading.LevelBasis;
import cn.energydata.classifier.service.Classification;

import java.util.List;

/**
 * The result of POST /api/classifications (docs/service-contracts.md), mapped from the engine's records so that the
 * engine can change without changing what clients read ({@code WireShapeTest} pins it).
 */
public record ClassificationResponse(Level level, LevelBasis levelBasis, boolean needsReview, List<Flag> flags,
                                     List<Category> categories, Subjects subjects, List<FindingView> findings,
                                     int findingsTotal, List<Column> columns, List<Reason> reasons,
                                     ExtractionView extraction, String contentType, List<String> languages,
                                     String sha256, long sizeBytes, RulePackRef rulePack, Timings timings) {

    public static ClassificationResponse of(Classification c) {
        EngineResult r = c.result();
        return new ClassificationResponse(r.level(), r.levelBasis(), r.needsReview(), r.flags(),
                r.categories().stream().map(Category::of).toList(), Subjects.of(r.subjects()),
                r.findings().stream().map(FindingView::of).toList(), r.findingsTotal(),
                r.columns().stream().map(Column::of).toList(), r.reasons().stream().map(Reason::of).toList(),
                ExtractionView.of(c.extraction()), c.contentType(), r.languages(), c.sha256(), c.sizeBytes(),
                new RulePackRef(c.rules().version(), c.rules().hash(),
                        c.rules().packs().stream().map(p -> new PackRef(p.id(), p.version())).toList()),
                new Timings(c.timings().extractMs(), c.timings().detectMs(), c.timings().gradeMs(), c.timings().totalMs()));
    }

    public record Category(String id, String name, String group, boolean sensitive, boolean minors, Level level,
                           Integer subLevel, int count, int distinctSubjects) {
        static Category of(EngineResult.CategorySummary c) {
            return new Category(c.id(), c.name(), c.group(), c.sensitive(), c.minors(), c.level(), c.subLevel(),
                    c.count(), c.distinctSubjects());
        }
    }

    /** Distinct people found (or declared by a descriptor); {@code minors} counts under-18s including children. */
    public record Subjects(long persons, long sensitivePersons, long minors, long children) {
        static Subjects of(EngineResult.Subjects s) {
            return new Subjects(s.persons(), s.sensitivePersons(), s.minors(), s.children());
        }
    }

    /** One piece of evidence; the snippet is masked, the value itself is never shown. */
    public record FindingView(String ruleId, String ruleVersion, String category, LocationView location,
                              String maskedSnippet, double scoreBefore, double scoreAfter, String validator,
                              String validatorResult, AgeBand ageBand) {
        static FindingView of(Finding f) {
            return new FindingView(f.ruleId(), f.ruleVersion(), f.category(), LocationView.of(f.location()),
                    f.maskedSnippet(), f.scoreBefore(), f.scoreAfter(), f.validator(), f.validatorResult(), f.ageBand());
        }
    }

    /** Where a finding is; {@code line} is 1-based in its text part, null when the part is one line. */
    public record LocationView(String path, Integer page, String sheet, Integer row, String column, Integer line,
                               Integer start, Integer end) {
        static LocationView of(Location l) {
            return new LocationView(l.path(), l.page(), l.sheet(), l.row(), l.column(), l.line(), l.start(), l.end());
        }
    }

    /**
     * A column's category, from its header (HEADER) or from the findings in its values (VALUES), with that
     * category's level and whether it identifies people. A descriptor's columns are listed each, by name.
     */
    public record Column(String path, String sheet, String column, String header, String category, Level level,
                         boolean identifiesPerson, Detections.ProfileSource source, int values, int distinct) {
        static Column of(EngineResult.ColumnSummary c) {
            return new Column(c.path(), c.sheet(), c.column(), c.header(), c.category(), c.level(),
                    c.identifiesPerson(), c.source(), c.values(), c.distinct());
        }
    }

    /** Why the level is what it is; {@code ref} names the rule or threshold. */
    public record Reason(Level level, EngineResult.ReasonSource source, String ref, String explanation,
                         String explanationZh) {
        static Reason of(EngineResult.Reason r) {
            return new Reason(r.level(), r.source(), r.ref(), r.explanation(), r.explanationZh());
        }
    }

    public record ExtractionView(ExtractionStatus status, String reason, int embeddedDocuments, long characters) {
        static ExtractionView of(Extraction e) {
            return new ExtractionView(e.status(), e.reason(), e.embeddedDocuments(), e.characters());
        }
    }

    public record RulePackRef(String version, String hash, List<PackRef> packs) {
    }

    public record PackRef(String id, String version) {
    }

    public record Timings(long extractMs, long detectMs, long gradeMs, long totalMs) {
    }
}

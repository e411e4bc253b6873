package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.text.Tabular;
import cn.energydata.classifier.engine.text.TextPart;
import com.carrotsearch.hppc.LongHashSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the recognizers found in one classification, kept as counts and bounded samples so that memory does not grow
 * with the number of findings: per category a count, the distinct subjects (64-bit hashes in primitive sets, exact
 * for any realistic number of people), minors and children, the strongest rule; the first
 * {@value #MAX_LISTED_FINDINGS} findings of each rule as evidence; the column profiles. Findings of a category that counts only
 * next to a person ({@code requiresPerson}) wait until the end of their part ({@link #endPart()}), when it is known
 * which rows and parts hold a person identifier. Not thread-safe: one per classification.
 */
public final class Detections {

    /** Findings listed as evidence, and kept per rule; counts and subjects always cover all of them. */
    public static final int MAX_LISTED_FINDINGS = 200;
    /** Categories of this group are signals for thresholds (provinces, national scope), not reported. */
    public static final String SIGNAL_GROUP = "SIGNAL";

    public enum ProfileSource { HEADER, VALUES }

    /** A column's category, decided from its header (HEADER) or from the findings in its values (VALUES). */
    public record ColumnProfile(String path, String sheet, String column, String header, String category,
                                ProfileSource source, int values, int distinct) {
    }

    /** What counted for one category. */
    public static final class CategoryTally {
        private final String category;
        private final long firstSeen;
        private int count;
        private final LongHashSet subjects = new LongHashSet();
        private final LongHashSet minors = new LongHashSet();
        private final LongHashSet children = new LongHashSet();
        private boolean inDescriptor;
        private String strongestRule;
        private double strongestScore = Double.NEGATIVE_INFINITY;

        private CategoryTally(String category, long firstSeen) {
            this.category = category;
            this.firstSeen = firstSeen;
        }

        public String category() {
            return category;
        }

        public int count() {
            return count;
        }

        public int distinctSubjects() {
            return subjects.size();
        }

        public LongHashSet minors() {
            return minors;
        }

        public LongHashSet children() {
            return children;
        }

        public boolean hasMinors() {
            return !minors.isEmpty();
        }

        /** Whether a finding of this category lies in the descriptor. */
        public boolean inDescriptor() {
            return inDescriptor;
        }

        /** The rule of the highest-scoring finding (the first of equals). */
        public String strongestRule() {
            return strongestRule;
        }
    }

    private record Sample(long seq, Finding finding) {
    }

    /** A finding of a {@code requiresPerson} category, reduced to what counting needs, waiting for its part's end. */
    private record Counted(long seq, String ruleId, String category, String path, String sheet, Integer row,
                           String column, double score, String subjectKey, long subjectHash, AgeBand ageBand) {
    }

    /** A category found in one descriptor column: in its name or comment (HEADER) or only in its sample values. */
    public record ColumnCategory(String category, ProfileSource source, int count) {
    }

    private final LocalDate today;
    private final RuleSet rules;
    private final Map<String, List<Sample>> samplesByRule = new LinkedHashMap<>();
    private final List<ColumnProfile> columns = new ArrayList<>();
    private final Map<String, CategoryTally> categories = new HashMap<>();
    private final Map<ColumnKey, Map<String, ColumnTally>> valuesByColumn = new LinkedHashMap<>();
    /** Per descriptor column (letter): the categories counted in it, in the order first seen. */
    private final Map<String, Map<String, ColumnCategory>> descriptorColumns = new HashMap<>();
    private final Set<String> structuredPaths = new HashSet<>();
    /** Per signal category: its subjects named in records, and those named elsewhere per path. */
    private final Map<String, Set<String>> signalsInRecords = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> signalsByPath = new HashMap<>();
    private long total;
    // the current part: where person identifiers are, and the findings waiting to know it
    private final LongHashSet personRows = new LongHashSet();
    private boolean personInPart;
    private final List<Counted> waiting = new ArrayList<>();
    private ColumnKey lastColumnKey;
    private String lastColumnCategory;
    private ColumnTally lastColumnTally;

    public Detections(LocalDate today, RuleSet rules) {
        this.today = today;
        this.rules = rules;
    }

    public LocalDate today() {
        return today;
    }

    /**
     * Whether a finding of this rule would still be kept as evidence: only then is it worth building its location,
     * snippet and {@link Finding}; otherwise {@link #count} it.
     */
    public boolean keepsEvidence(String ruleId) {
        List<Sample> samples = samplesByRule.get(ruleId);
        return samples == null || samples.size() < MAX_LISTED_FINDINGS;
    }

    /** A finding with its evidence. */
    public void add(Finding f) {
        Location l = f.location();
        long seq = total;
        record(f.ruleId(), f.category(), l.path(), l.sheet(), l.row(), l.column(), f.scoreAfter(), f.subjectKey(),
                f.ageBand());
        List<Sample> samples = samplesByRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
        if (samples.size() < MAX_LISTED_FINDINGS) {
            samples.add(new Sample(seq, f));
        }
    }

    /** A finding that is only counted: at {@code start} of {@code part}, without location object or snippet. */
    public void count(String ruleId, String category, TextPart part, int start, double score, String subjectKey,
                      AgeBand ageBand) {
        Tabular.Cell cell = part.table() == null ? null : part.table().cellAt(start);
        if (cell == null) {
            record(ruleId, category, part.path(), null, null, null, score, subjectKey, ageBand);
        } else {
            record(ruleId, category, part.path(), cell.sheet(), cell.row(), cell.column(), score, subjectKey, ageBand);
        }
    }

    private void record(String ruleId, String category, String path, String sheet, Integer row, String column,
                        double score, String subjectKey, AgeBand ageBand) {
        long seq = total++;
        long subject = subjectKey == null ? 0 : subjectHash(subjectKey);
        RulePack.CategoryDef cat = rules.categories().get(category);
        if (structuredKinds(ruleId)) {
            structuredPaths.add(path);
        }
        if (column != null && row != null && row > 1) {
            columnTally(path, sheet, column, category).add(subjectKey, subject);
        }
        if (cat.isPersonIdentifier()) {
            personInPart = true;
            if (row != null) {
                personRows.add(rowKey(sheet, row));
            }
        }
        if (cat.onlyNextToAPerson()) {
            waiting.add(new Counted(seq, ruleId, category, path, sheet, row, column, score, subjectKey, subject, ageBand));
        } else {
            tally(seq, ruleId, category, path, row, score, subjectKey, subject, ageBand, cat);
            noteDescriptorColumn(path, row, column, cat);
        }
    }

    /** The tally of one category in one column; findings come in runs of one rule down one column. */
    private ColumnTally columnTally(String path, String sheet, String column, String category) {
        ColumnKey key = lastColumnKey;
        if (key == null || !key.path().equals(path) || !Objects.equals(key.sheet(), sheet)
                || !key.column().equals(column) || !lastColumnCategory.equals(category)) {
            key = new ColumnKey(path, sheet, column);
            lastColumnTally = valuesByColumn.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(category, k -> new ColumnTally());
            lastColumnKey = key;
            lastColumnCategory = category;
        }
        return lastColumnTally;
    }

    public void add(ColumnProfile c) {
        columns.add(c);
    }

    /** Ends a part: a waiting finding counts when its row, or (outside tables) its part, holds a person identifier. */
    public void endPart() {
        for (Counted c : waiting) {
            boolean near = c.row() != null ? personRows.contains(rowKey(c.sheet(), c.row())) : personInPart;
            if (near) {
                RulePack.CategoryDef cat = rules.categories().get(c.category());
                tally(c.seq(), c.ruleId(), c.category(), c.path(), c.row(), c.score(), c.subjectKey(), c.subjectHash(), c.ageBand(),
                        cat);
                noteDescriptorColumn(c.path(), c.row(), c.column(), cat);
            }
        }
        waiting.clear();
        personRows.clear();
        personInPart = false;
    }

    /** After the last part: a column without a header rule takes the category most of its value findings have. */
    public void profileColumnsByValues() {
        // keyed as text in a hash map, so that the profiles come in the order they always came in
        Map<String, Map<String, ColumnTally>> byColumn = new HashMap<>();
        valuesByColumn.forEach((k, v) -> byColumn.put(k.path() + "\u0000" + k.sheet() + "\u0000" + k.column(), v));
        for (var column : byColumn.entrySet()) {
            String[] key = column.getKey().split("\u0000", -1);
            boolean hasHeaderProfile = columns.stream().anyMatch(c -> c.path().equals(key[0])
                    && Objects.equals(String.valueOf(c.sheet()), key[1]) && c.column().equals(key[2]));
            if (hasHeaderProfile) {
                continue;
            }
            var best = column.getValue().entrySet().stream()
                    .max(Map.Entry.comparingByValue(Comparator.comparingInt(t -> t.count))).orElseThrow();
            ColumnTally t = best.getValue();
            columns.add(new ColumnProfile(key[0], "null".equals(key[1]) ? null : key[1], key[2], null, best.getKey(),
                    ProfileSource.VALUES, t.count, t.distinct()));
        }
        valuesByColumn.clear();
        lastColumnKey = null;
    }

    private void tally(long seq, String ruleId, String category, String path, Integer row, double score,
                       String subjectKey, long subject, AgeBand ageBand, RulePack.CategoryDef cat) {
        CategoryTally t = categories.get(category);
        if (t == null) {
            t = new CategoryTally(category, seq);
            categories.put(category, t);
        }
        t.count++;
        if (subjectKey != null) {
            t.subjects.add(subject);
            if (ageBand != null && ageBand.isMinor()) {
                t.minors.add(subject);
            }
            if (ageBand == AgeBand.CHILD) {
                t.children.add(subject);
            }
        }
        if (score > t.strongestScore) {
            t.strongestScore = score;
            t.strongestRule = ruleId;
        }
        t.inDescriptor |= Engine.DESCRIPTOR_PATH.equals(path);
        if (SIGNAL_GROUP.equals(cat.group()) && subjectKey != null) {
            if (row != null && row > 1) {
                signalsInRecords.computeIfAbsent(category, k -> new TreeSet<>()).add(subjectKey);
            } else {
                signalsByPath.computeIfAbsent(category, k -> new HashMap<>())
                        .computeIfAbsent(path, k -> new TreeSet<>()).add(subjectKey);
            }
        }
    }

    /** A counted finding in a descriptor column: its category, from the header row or from the sample values. */
    private void noteDescriptorColumn(String path, Integer row, String column, RulePack.CategoryDef cat) {
        if (column == null || row == null || !Engine.DESCRIPTOR_PATH.equals(path) || SIGNAL_GROUP.equals(cat.group())) {
            return;
        }
        ProfileSource source = row == 1 ? ProfileSource.HEADER : ProfileSource.VALUES;
        descriptorColumns.computeIfAbsent(column, k -> new LinkedHashMap<>()).merge(cat.id(),
                new ColumnCategory(cat.id(), source, 1), (a, b) -> new ColumnCategory(a.category(),
                        a.source() == ProfileSource.HEADER ? a.source() : b.source(), a.count() + 1));
    }

    /** A table rule recognised the table partly by this column's header (of the descriptor, else ignored). */
    public void headerOf(String path, String column, String category) {
        noteDescriptorColumn(path, 1, column, rules.categories().get(category));
    }

    /** The categories counted in a descriptor column (its letter, A for the first), in the order first seen. */
    public List<ColumnCategory> descriptorColumn(String column) {
        return List.copyOf(descriptorColumns.getOrDefault(column, Map.of()).values());
    }

    /** The categories found, in the order of their first counted finding. */
    public List<CategoryTally> categories() {
        return categories.values().stream().sorted(Comparator.comparingLong(t -> t.firstSeen)).toList();
    }

    /**
     * The subjects of a signal category named in records: a table row below the header, or any line of a part that a
     * format or table rule recognised as structured data.
     */
    public Set<String> signalSubjectsInRecords(String category) {
        Set<String> subjects = new TreeSet<>(signalsInRecords.getOrDefault(category, Set.of()));
        signalsByPath.getOrDefault(category, Map.of()).forEach((path, named) -> {
            if (structuredPaths.contains(path)) {
                subjects.addAll(named);
            }
        });
        return subjects;
    }

    /** The first {@value #MAX_LISTED_FINDINGS} findings in detection order, signals left out. */
    public List<Finding> listedFindings() {
        return samples().filter(f -> !SIGNAL_GROUP.equals(rules.categories().get(f.category()).group()))
                .limit(MAX_LISTED_FINDINGS).toList();
    }

    /** The findings kept as evidence (the first {@value #MAX_LISTED_FINDINGS} of each rule), in detection order. */
    public List<Finding> findings() {
        return samples().toList();
    }

    private java.util.stream.Stream<Finding> samples() {
        return samplesByRule.values().stream().flatMap(List::stream).sorted(Comparator.comparingLong(Sample::seq))
                .map(Sample::finding);
    }

    /** How many findings there were, signals included. */
    public long total() {
        return total;
    }

    public List<ColumnProfile> columns() {
        return columns;
    }

    private boolean structuredKinds(String ruleId) {
        String kind = rules.ruleKinds().get(ruleId);
        return "format".equals(kind) || "table".equals(kind);
    }

    private record ColumnKey(String path, String sheet, String column) {
    }

    private static long rowKey(String sheet, int row) {
        return ((long) Objects.hashCode(sheet) << 32) ^ (row & 0xFFFFFFFFL);
    }

    /** 64-bit FNV-1a of the subject key, mixed: distinct keys collide with probability about n²/2^65. */
    static long subjectHash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return com.carrotsearch.hppc.BitMixer.mix64(h);
    }

    /** Findings in one column's values of one category: how many, and how many distinct values (null is one). */
    private static final class ColumnTally {
        private int count;
        private final LongHashSet values = new LongHashSet();
        private boolean hasNull;

        /** {@code subject}: {@link #subjectHash} of {@code subjectKey}. */
        void add(String subjectKey, long subject) {
            count++;
            if (subjectKey == null) {
                hasNull = true;
            } else {
                values.add(subject);
            }
        }

        int distinct() {
            return values.size() + (hasNull ? 1 : 0);
        }
    }
}

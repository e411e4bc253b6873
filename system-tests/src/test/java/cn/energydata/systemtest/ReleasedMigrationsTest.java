package cn.energydata.systemtest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rolling upgrades (issue 19 item 4): while new pods migrate the schema, pods of the previous release still run
 * against it. So a released migration is never edited (Flyway would refuse the database), and a migration added
 * since only expands the schema (new tables, new nullable or defaulted columns, new indexes); removing or renaming
 * what the previous release uses waits for the release after next (expand, then contract). A contraction that
 * is safe anyway carries the comment {@code -- contract: <why the previous release no longer uses it>}.
 */
class ReleasedMigrationsTest {

    private static final Path ROOT = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    /** Statements that remove or change what exists. */
    private static final List<Pattern> CONTRACTING = Stream.of(
            "\\bdrop\\s+(table|column|view|type|schema)\\b",
            "\\brename\\s+(to|column)\\b",
            "\\balter\\s+column\\s+\\S+\\s+(set\\s+data\\s+)?type\\b",
            "\\balter\\s+column\\s+\\S+\\s+set\\s+not\\s+null\\b",
            "\\badd\\s+column\\s+(if\\s+not\\s+exists\\s+)?\\S+\\s+[^,;]*\\bnot\\s+null\\b(?![^,;]*\\bdefault\\b)",
            "\\btruncate\\b",
            "\\bdelete\\s+from\\b")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    private static final Set<String> SERVICES = Set.of("catalog", "policy");

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "policy"})
    void releasedMigrationsAreUnchanged(String database) throws IOException {
        assertTrue(SERVICES.contains(database));
        List<Path> released = sqlFiles(PreviousRelease.migrations(database));
        assertTrue(released.size() >= 4, "the release's migrations are in " + PreviousRelease.migrations(database));
        for (Path file : released) {
            Path current = migrationsOf(database).resolve(file.getFileName());
            assertTrue(Files.exists(current), current + " was released in " + PreviousRelease.TAG + " and must stay");
            assertEquals(Files.readString(file), Files.readString(current),
                    current + " was released in " + PreviousRelease.TAG + ": add a new migration instead of editing it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "policy"})
    void migrationsSinceThePreviousReleaseOnlyExpand(String database) throws IOException {
        Set<Path> released = Set.copyOf(sqlFiles(PreviousRelease.migrations(database)).stream()
                .map(Path::getFileName).toList());
        List<String> problems = new ArrayList<>();
        for (Path file : sqlFiles(migrationsOf(database))) {
            if (released.contains(file.getFileName())) {
                continue;
            }
            String sql = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            boolean declared = Files.readString(file).toLowerCase(Locale.ROOT).contains("-- contract:");
            for (Pattern contracting : CONTRACTING) {
                Matcher m = contracting.matcher(sql);
                if (m.find() && !declared) {
                    problems.add(file.getFileName() + ": '" + m.group().trim() + "' contracts the schema the previous "
                            + "release still uses (expand now, contract in the release after next)");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @org.junit.jupiter.api.Test
    void theCheckRecognisesContractions() {
        assertTrue(contracts("ALTER TABLE assets DROP COLUMN spool_file;"));
        assertTrue(contracts("alter table assets rename column name to title;"));
        assertTrue(contracts("ALTER TABLE assets ALTER COLUMN level TYPE varchar(40);"));
        assertTrue(contracts("ALTER TABLE assets ADD COLUMN region text NOT NULL;"));
        assertTrue(!contracts("ALTER TABLE assets ADD COLUMN region text NOT NULL DEFAULT 'x';"));
        assertTrue(!contracts("CREATE TABLE jobs (id uuid PRIMARY KEY, state varchar(20) NOT NULL);"));
        assertTrue(!contracts("CREATE INDEX assets_x ON assets (organisation);"));
    }

    private static boolean contracts(String sql) {
        return CONTRACTING.stream().anyMatch(p -> p.matcher(sql).find());
    }

    private static Path migrationsOf(String database) {
        return ROOT.resolve(database + "-service/src/main/resources/db/migration");
    }

    private static List<Path> sqlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}

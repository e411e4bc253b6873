package cn.energydata.catalog.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The entries of an export ({@code export_entries}), written in batches while it is built and read back in pages to
 * write the file, so neither side holds the whole catalogue in memory.
 */
@ApplicationScoped
public class ExportEntryRepository {

    /** FILED / DEFILED: what recording the export does to the asset's filing; null for an entry that is not filed. */
    public record Row(int n, String entry, UUID assetId, long assetVersion, String filingMark, String fingerprint,
                      Long scale, Long persons, String level) {
    }

    /** One entry as stored (JSON), with its position. */
    public record Stored(int n, String entry) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    /** Adds entries in the caller's transaction. */
    public void insert(UUID exportId, List<Row> rows) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into export_entries (export_id, n,"
                    + " entry, asset_id, asset_version, filing_mark, fingerprint, scale, persons, level)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    insert.setObject(1, exportId);
                    insert.setInt(2, row.n());
                    insert.setString(3, row.entry());
                    insert.setObject(4, row.assetId());
                    insert.setLong(5, row.assetVersion());
                    insert.setString(6, row.filingMark());
                    insert.setString(7, row.fingerprint());
                    setLong(insert, 8, row.scale());
                    setLong(insert, 9, row.persons());
                    insert.setString(10, row.level());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Marks the export's assets filed (or de-filed) as the entries say, in the caller's transaction; an asset changed
     * since its entry was read is left alone (its change is still to be filed).
     *
     * @return the number of assets marked
     */
    public int applyFilingMarks(UUID exportId, Instant now) {
        String clearPending = ", filed_at = :now, refiling_changed_at = null, refiling_due_on = null,"
                + " refiling_reason = null, version = a.version + 1 from export_entries e where e.export_id = :id"
                + " and a.id = e.asset_id and a.version = e.asset_version";
        int filed = entityManager.createNativeQuery("update assets a set filed_fingerprint = e.fingerprint,"
                        + " filed_scale = e.scale, filed_persons = e.persons, filed_level = e.level" + clearPending
                        + " and e.filing_mark = 'FILED'")
                .setParameter("now", now).setParameter("id", exportId).executeUpdate();
        int defiled = entityManager.createNativeQuery("update assets a set filed_fingerprint = null,"
                        + " filed_scale = null, filed_persons = null, filed_level = null" + clearPending
                        + " and e.filing_mark = 'DEFILED'")
                .setParameter("now", now).setParameter("id", exportId).executeUpdate();
        return filed + defiled;
    }

    /** Forgets the entries of an export that was not recorded. */
    public void delete(UUID exportId) {
        entityManager.createNativeQuery("delete from export_entries where export_id = :id")
                .setParameter("id", exportId).executeUpdate();
    }

    /** The next page of an export's entries after position {@code afterN}, outside any transaction. */
    public List<Stored> page(UUID exportId, int afterN, int size) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select n, entry from export_entries"
                     + " where export_id = ? and n > ? order by n limit ?")) {
            select.setObject(1, exportId);
            select.setInt(2, afterN);
            select.setInt(3, size);
            List<Stored> page = new ArrayList<>(size);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(new Stored(rows.getInt(1), rows.getString(2)));
                }
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException("reading export " + exportId, e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}

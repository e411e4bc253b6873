package cn.energydata.discovery.repository;

import cn.energydata.discovery.domain.CredentialsMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.SourceSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code sources} table. Callers hold the transaction. */
@ApplicationScoped
public class SourceRepository {

    private static final String COLUMNS = "id, organisation, name, kind, spec, credentials_mode, credentials_cipher, "
            + "credentials_ref, registered_by, created_at, updated_at";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public boolean insert(Source source) {
        String sql = "INSERT INTO sources (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (organisation, name) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, source.id());
            s.setString(2, source.organisation());
            s.setString(3, source.name());
            s.setString(4, source.kind().name());
            bindRest(s, 5, source);
            s.setTimestamp(10, Timestamp.from(source.createdAt()));
            s.setTimestamp(11, Timestamp.from(source.updatedAt()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces everything but id, organisation, registeredBy and createdAt; false when the name is taken. */
    public boolean update(Source source) {
        String sql = "UPDATE sources SET name = ?, kind = ?, spec = ?::jsonb, credentials_mode = ?, "
                + "credentials_cipher = ?, credentials_ref = ?, registered_by = ?, updated_at = ? WHERE id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM sources o WHERE o.organisation = ? AND o.name = ? AND o.id <> ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, source.name());
            s.setString(2, source.kind().name());
            bindRest(s, 3, source);
            s.setTimestamp(8, Timestamp.from(source.updatedAt()));
            s.setObject(9, source.id());
            s.setString(10, source.organisation());
            s.setString(11, source.name());
            s.setObject(12, source.id());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean delete(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM sources WHERE id = ?")) {
            s.setObject(1, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Source> find(UUID id) {
        List<Source> found = query("SELECT " + COLUMNS + " FROM sources WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Source> ofOrganisation(String organisation, int page, int size) {
        return query("SELECT " + COLUMNS + " FROM sources WHERE organisation = ? ORDER BY name, id LIMIT ? OFFSET ?",
                organisation, size, (long) page * size);
    }

    public long count(String organisation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sources WHERE organisation = ?")) {
            s.setString(1, organisation);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sources that have a schedule, for the scheduler. */
    public List<Source> scheduled() {
        return query("SELECT " + COLUMNS + " FROM sources WHERE spec->'schedule'->>'cron' IS NOT NULL");
    }

    private void bindRest(PreparedStatement s, int from, Source source) throws SQLException {
        s.setString(from, write(source.spec()));
        s.setString(from + 1, source.credentialsMode().name());
        if (source.credentialsCipher() == null) {
            s.setNull(from + 2, Types.BINARY);
        } else {
            s.setBytes(from + 2, source.credentialsCipher());
        }
        s.setString(from + 3, source.credentialsRef());
        s.setString(from + 4, source.registeredBy());
    }

    private List<Source> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Source> sources = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sources.add(map(r));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Source map(ResultSet r) throws SQLException {
        return new Source(r.getObject("id", UUID.class), r.getString("organisation"), r.getString("name"),
                SourceKind.valueOf(r.getString("kind")), read(r.getString("spec")),
                CredentialsMode.valueOf(r.getString("credentials_mode")), r.getBytes("credentials_cipher"),
                r.getString("credentials_ref"), r.getString("registered_by"),
                r.getTimestamp("created_at").toInstant(), r.getTimestamp("updated_at").toInstant());
    }

    private String write(SourceSpec spec) {
        try {
            return json.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SourceSpec read(String text) {
        try {
            return json.readValue(text, SourceSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

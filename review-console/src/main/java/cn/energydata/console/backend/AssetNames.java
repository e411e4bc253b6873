package cn.energydata.console.backend;

import cn.energydata.console.ui.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names for the asset ids a page lists (approvals, decision log), looked up through the catalog with the user's
 * token and cached. A lookup that fails leaves that id without a name (the page shows the id); once the catalog
 * cannot be reached the rest are not tried, so a page never waits for one time-out per row.
 */
@RequestScoped
public class AssetNames {

    private static final Logger LOG = Logger.getLogger(AssetNames.class);

    @Inject
    AssetNameLookup lookup;

    @Inject
    CurrentUser user;

    /** id → name for the ids whose name could be read. */
    public Map<String, String> of(Collection<String> assetIds) {
        return of(Map.of(), assetIds);
    }

    /**
     * id → name, taking the names a backend answered with the rows ({@code known}: the policy service keeps the
     * name an asset had when it decided) and looking up only the others.
     */
    public Map<String, String> of(Map<String, String> known, Collection<String> assetIds) {
        Map<String, String> names = new LinkedHashMap<>(known);
        for (String id : assetIds) {
            UUID uuid = uuid(id);
            if (uuid == null || names.containsKey(id)) {
                continue;
            }
            try {
                names.put(id, lookup.name(user.getOrganisation() == null ? "" : user.getOrganisation(), uuid));
            } catch (BackendUnavailableException e) {
                LOG.debugf("asset names not looked up: %s", e.getMessage());
                break;
            } catch (RuntimeException e) {
                LOG.debugf("no name for asset %s: %s", id, e.getMessage());
            }
        }
        return names;
    }

    /** The names a list of rows carries (rows without one are left out). */
    public static <T> Map<String, String> carried(Collection<T> rows, java.util.function.Function<T, String> id,
                                                  java.util.function.Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        for (T row : rows) {
            if (id.apply(row) != null && name.apply(row) != null && !name.apply(row).isBlank()) {
                names.putIfAbsent(id.apply(row), name.apply(row));
            }
        }
        return names;
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

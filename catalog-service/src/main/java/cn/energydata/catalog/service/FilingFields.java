package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields an important or core asset needs before the catalogue can file it (issue 13, Decisions: not required at
 * registration, since the level is unknown then). Names are those of the registration API, so a client can fill them
 * with {@code PATCH /api/assets/{id}}.
 *
 * <p>The set follows the catalogue entry of shared/domain.md §5 (the Measures' catalogue; the MIIT measures as the
 * model: name, category, level, scale, purpose and manner of processing, scope, responsible party, sharing, cross-border
 * transfer, security measures). Name, owner department and contact are required at registration already; level and
 * categories come from the grade; {@code shared} and {@code crossBorder} are yes/no answers that always have a value.
 * <ul>
 *   <li>{@code system}: the system that holds the data (数据载体/所在系统)</li>
 *   <li>{@code format}: the form of the carrier (database table, file type …)</li>
 *   <li>{@code storageLocation} and {@code storageRegions}: where it is stored (存储位置), needed to judge any transfer</li>
 *   <li>{@code provinces}: the coverage (覆盖范围), a grading element of GB/T 43697</li>
 *   <li>{@code volume}: records or bytes (数据规模), the basis of the 30 % re-filing rule</li>
 *   <li>{@code volume.distinctPersons}: only when the asset holds personal information</li>
 *   <li>{@code purpose}: the purpose of processing (处理目的)</li>
 *   <li>{@code sharingDetails}: only when {@code shared} is true (对外共享情况)</li>
 *   <li>{@code securityMeasures}: the security measures (安全保护措施)</li>
 * </ul>
 */
public final class FilingFields {

    private FilingFields() {
    }

    /** Whether the catalogue files the asset at its level: important or core, not retired. */
    public static boolean filingLevel(Asset a) {
        return !a.isRetired() && (a.level == Level.IMPORTANT || a.level == Level.CORE);
    }

    /** The filing fields the asset lacks; empty for assets the catalogue does not file at their level. */
    public static List<String> missing(Asset a) {
        List<String> missing = new ArrayList<>();
        if (!filingLevel(a)) {
            return missing;
        }
        require(missing, "system", a.systemName);
        require(missing, "format", a.format);
        require(missing, "storageLocation", a.storageLocation);
        if (a.storageRegions.isEmpty()) {
            missing.add("storageRegions");
        }
        if (a.provinces.isEmpty()) {
            missing.add("provinces");
        }
        if (a.volumeRecords == null && a.volumeBytes == null) {
            missing.add("volume");
        }
        if (holdsPersonalInformation(a) && a.distinctPersons == null) {
            missing.add("volume.distinctPersons");
        }
        require(missing, "purpose", a.purpose);
        if (a.shared) {
            require(missing, "sharingDetails", a.sharingDetails);
        }
        require(missing, "securityMeasures", a.securityMeasures);
        return missing;
    }

    static boolean holdsPersonalInformation(Asset a) {
        return (a.piPersons != null && a.piPersons > 0) || a.categories.stream().anyMatch(c -> c.startsWith("pi."));
    }

    private static void require(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}

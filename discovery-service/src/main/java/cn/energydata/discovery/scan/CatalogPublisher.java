package cn.energydata.discovery.scan;

import cn.energydata.discovery.client.CatalogClient;
import cn.energydata.discovery.client.DiscoveredAsset;
import cn.energydata.discovery.domain.ColumnGrade;
import cn.energydata.discovery.domain.PersonsBasis;
import cn.energydata.discovery.domain.Source;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** Hands a graded table or object to the catalog for the source's organisation, on behalf of its registrant. */
@ApplicationScoped
public class CatalogPublisher {

    @Inject
    CatalogClient catalog;

    public DiscoveredAsset.Upserted publish(Source source, String key, String description, String assetType,
                                            JsonNode classification, Long rows, Long distinctPersons,
                                            PersonsBasis basis, boolean partlyRead) {
        DiscoveredAsset asset = new DiscoveredAsset(source.organisation(), source.registeredBy(),
                new DiscoveredAsset.SourceRef(source.id().toString(), source.name(), source.kind().name(),
                        source.location()),
                key, source.name() + " " + key, description, assetType, source.spec().department(), classification,
                new DiscoveredAsset.Facts(rows, distinctPersons, basis == null ? null : basis.name(), partlyRead));
        return catalog.upsert(asset);
    }

    /** The per-column grades of a classifier answer ({@code columns[]}: column, category, level). */
    public static List<ColumnGrade> columnGrades(JsonNode classification) {
        List<ColumnGrade> grades = new ArrayList<>();
        for (JsonNode column : classification.path("columns")) {
            grades.add(new ColumnGrade(column.path("column").asText(null), column.path("category").asText(null),
                    column.path("level").asText(null)));
        }
        return grades;
    }

    /** Names of the columns the classifier says identify persons. */
    public static List<String> personColumns(JsonNode classification) {
        List<String> names = new ArrayList<>();
        for (JsonNode column : classification.path("columns")) {
            if (column.path("identifiesPerson").asBoolean(false)) {
                names.add(column.path("column").asText());
            }
        }
        return names;
    }
}

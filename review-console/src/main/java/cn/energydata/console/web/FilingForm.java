package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.FilingPatch;
import cn.energydata.console.backend.CatalogModels.Volume;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the filing form shows: the values (saved or typed) and the error of each field, keyed by the catalog's
 * field names ({@code volume.records}; list indexes dropped: {@code storageRegions[0]} is {@code storageRegions}).
 */
@TemplateData
public record FilingForm(String system, String format, String storageLocation, String storageRegions,
                         String provinces, String volumeRecords, String volumeBytes, String volumeDistinctPersons,
                         String purpose, Boolean shared, String sharingDetails, Boolean crossBorder,
                         String securityMeasures, Map<String, String> errors) {

    static FilingForm of(Asset a) {
        Volume v = a.volume() == null ? new Volume(null, null, null) : a.volume();
        return new FilingForm(a.system(), a.format(), a.storageLocation(), String.join(", ", a.storageRegionList()),
                String.join(", ", a.provinceList()), number(v.records()), number(v.bytes()),
                number(v.distinctPersons()), a.purpose(), a.shared(), a.sharingDetails(), a.crossBorder(),
                a.securityMeasures(), Map.of());
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean isSharedYes() {
        return Boolean.TRUE.equals(shared);
    }

    public boolean isSharedNo() {
        return Boolean.FALSE.equals(shared);
    }

    public boolean isCrossBorderYes() {
        return Boolean.TRUE.equals(crossBorder);
    }

    public boolean isCrossBorderNo() {
        return Boolean.FALSE.equals(crossBorder);
    }

    FilingForm withErrors(List<BackendException.FieldError> fieldErrors,
                          java.util.function.Function<BackendException.FieldError, String> wording) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (BackendException.FieldError fe : fieldErrors) {
            if (fe.field() != null) {
                byField.merge(fe.field().replaceAll("\\[\\d+]", ""), wording.apply(fe),
                        (x, y) -> x + "; " + y);
            }
        }
        return new FilingForm(system, format, storageLocation, storageRegions, provinces, volumeRecords,
                volumeBytes, volumeDistinctPersons, purpose, shared, sharingDetails, crossBorder,
                securityMeasures, byField);
    }

    /**
     * Every field of the form: an empty text or list clears it (or leaves an empty one empty), an empty number
     * is left out (kept). A number that is not one is refused here, as the catalog would refuse it.
     */
    FilingPatch toPatch(Long version) {
        List<BackendException.FieldError> invalid = new ArrayList<>();
        Volume volume = new Volume(count(volumeBytes, "volume.bytes", invalid),
                count(volumeRecords, "volume.records", invalid),
                count(volumeDistinctPersons, "volume.distinctPersons", invalid));
        if (!invalid.isEmpty()) {
            throw new BackendException("review-console", 400, "urn:energy-data:problem:invalid-number", "Invalid request",
                    "Volumes are whole numbers of 0 or more.", invalid);
        }
        boolean anyVolume = volume.bytes() != null || volume.records() != null || volume.distinctPersons() != null;
        return new FilingPatch(version, system, format, storageLocation, items(storageRegions),
                items(provinces), anyVolume ? volume : null, purpose, shared, sharingDetails, crossBorder,
                securityMeasures);
    }

    private static String number(Long n) {
        return n == null ? "" : n.toString();
    }

    private static Long count(String text, String field, List<BackendException.FieldError> invalid) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(text.replaceAll("[\\s,_]", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        invalid.add(new BackendException.FieldError(field, "must be a whole number of 0 or more"));
        return null;
    }

    private static List<String> items(String text) {
        List<String> items = Forms.list(text);
        return items == null ? List.of() : items;
    }
}


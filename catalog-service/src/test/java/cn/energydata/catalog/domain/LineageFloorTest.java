package cn.energydata.catalog.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineageFloorTest {

    private static LineageFloor.Source source(LineageMethod method, Level level) {
        return new LineageFloor.Source(method, level);
    }

    @Test
    void theHighestGradedSourceSetsTheFloor() {
        List<LineageFloor.Source> sources = List.of(source(LineageMethod.COPY, Level.GENERAL),
                source(LineageMethod.EXTRACT, Level.IMPORTANT), source(LineageMethod.FUSED, null));
        assertEquals(Level.IMPORTANT, LineageFloor.of(sources, false));
        assertEquals(Level.IMPORTANT, LineageFloor.of(sources, true));
    }

    @Test
    void ungradedSourcesAndNoSourcesSetNoFloor() {
        assertNull(LineageFloor.of(List.of(), false));
        assertNull(LineageFloor.of(List.of(source(LineageMethod.COPY, null)), false));
    }

    @Test
    void aRecordedJustificationLiftsOnlyDeidentifiedAndStatisticalSources() {
        List<LineageFloor.Source> sources = List.of(source(LineageMethod.DEIDENTIFIED, Level.CORE),
                source(LineageMethod.STATISTICS, Level.IMPORTANT), source(LineageMethod.COPY, Level.GENERAL));
        assertEquals(Level.CORE, LineageFloor.of(sources, false));
        assertEquals(Level.GENERAL, LineageFloor.of(sources, true));
    }

    @Test
    void onlyDeidentifiedOrStatisticalDerivativesMayGoBelowASource() {
        assertTrue(LineageFloor.mayGoBelow(List.of(source(LineageMethod.DEIDENTIFIED, Level.CORE),
                source(LineageMethod.STATISTICS, Level.IMPORTANT)), Level.GENERAL));
        for (LineageMethod strict : List.of(LineageMethod.COPY, LineageMethod.EXTRACT, LineageMethod.FUSED)) {
            assertFalse(LineageFloor.mayGoBelow(List.of(source(LineageMethod.DEIDENTIFIED, Level.CORE),
                    source(strict, Level.IMPORTANT)), Level.GENERAL), strict.name());
            // a copy of a lower or ungraded source does not stand in the way
            assertTrue(LineageFloor.mayGoBelow(List.of(source(strict, Level.GENERAL), source(strict, null)),
                    Level.GENERAL), strict.name());
        }
    }
}

package cn.energydata.catalog.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueRankTest {

    @Test
    void coreThenImportantThenUncertainThenTheRest() {
        assertEquals(0, QueueRank.of(Level.CORE, false));
        assertEquals(0, QueueRank.of(Level.CORE, true));
        assertEquals(1, QueueRank.of(Level.IMPORTANT, true));
        assertEquals(2, QueueRank.of(Level.GENERAL, true));
        assertEquals(3, QueueRank.of(Level.GENERAL, false));
        assertEquals(2, QueueRank.of(null, true));
        assertEquals(QueueRank.SECOND_REVIEW, QueueRank.of(Level.CORE, false));
    }

    @Test
    void uncertainWhenTheClassifierAsksOrCouldNotReadEverything() {
        Asset asset = new Asset();
        assertFalse(QueueRank.uncertain(asset));
        asset.extractionStatus = "COMPLETE";
        assertFalse(QueueRank.uncertain(asset));
        asset.extractionStatus = "PARTIAL";
        assertTrue(QueueRank.uncertain(asset));
        asset.extractionStatus = "COMPLETE";
        asset.needsReview = true;
        assertTrue(QueueRank.uncertain(asset));
    }
}

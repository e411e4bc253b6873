package cn.energydata.policy.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DestinationTest {

    @Test
    void aCountryOutsideTheMainlandMakesAnyActionCrossBorder() {
        assertEquals(Destination.CROSS_BORDER, Destination.effective(Action.PROVIDE_TO_ENTITY, null, "DE"));
        assertEquals(Destination.CROSS_BORDER, Destination.effective(Action.VIEW, Destination.SAME_ENTITY, "hk"));
        assertEquals(Destination.SAME_ENTITY, Destination.effective(Action.DOWNLOAD, null, "CN"));
        assertEquals(Destination.OTHER_ENTITY, Destination.effective(Action.PROVIDE_TO_ENTITY, null, " china "));
        assertEquals(Destination.CROSS_BORDER,
                Destination.effective(Action.TRANSFER_CROSS_BORDER, Destination.SAME_ENTITY, null));
    }
}

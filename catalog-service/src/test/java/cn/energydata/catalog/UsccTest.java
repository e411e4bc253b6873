package cn.energydata.catalog;

import cn.energydata.catalog.service.Uscc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GB 32100 check character of the unified social credit code. */
class UsccTest {

    @Test
    void acceptsCodesWithTheRightCheckCharacter() {
        // The demo profiles of V3 (check characters B, G, D).
        assertTrue(Uscc.isValid("91310000132203571B"));
        assertTrue(Uscc.isValid("91120000103005824G"));
        assertTrue(Uscc.isValid("91320500MA1W7K2DXD"));
        // Sum ≡ 0 (mod 31) gives check value 0, not 31: the (31 - sum % 31) % 31 edge.
        assertTrue(Uscc.isValid("911100000000000830"));
    }

    @Test
    void refusesAWrongCheckCharacterAndMalformedCodes() {
        assertFalse(Uscc.isValid("91310000132203571C"), "check character off by one");
        assertFalse(Uscc.isValid("91310000132203572B"), "one body character changed");
        assertFalse(Uscc.isValid("91310000132203571b"), "lower case is not in the code set");
        assertFalse(Uscc.isValid("9131000013220357B"), "17 characters");
        assertFalse(Uscc.isValid("91310000132203571BB"), "19 characters");
        assertFalse(Uscc.isValid("9131000013220357I" + "0"), "I is not in the code set");
        assertFalse(Uscc.isValid("91310000132203571O"), "O is not in the code set");
        assertFalse(Uscc.isValid(withCheck("91A10000132203571")), "letter in the administrative division code");
        assertFalse(Uscc.isValid(null));
        assertFalse(Uscc.isValid(""));
    }

    /** The first 17 characters with a check character computed independently of {@link Uscc}. */
    private static String withCheck(String first17) {
        String set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = set.indexOf(first17.charAt(i));
            sum += Math.max(v, 0) * weights[i];
        }
        return first17 + set.charAt((31 - sum % 31) % 31);
    }
}

package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.recognizers.Validators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Invented identifiers with valid check characters: no real person's data. */
public final class Fixtures {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private Fixtures() {
    }

    public static String residentId(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    /** A distinct adult ID per index. */
    public static String residentId(int index) {
        return residentId("320102", LocalDate.of(1960, 1, 1).plusDays(index / 900), index % 900 + 10);
    }

    public static String bankCard(String prefix15) {
        // Luhn check digit for a 16-digit number.
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int d = prefix15.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return prefix15 + (10 - sum % 10) % 10;
    }

    public static String uscc(String first17) {
        return first17 + Validators.Uscc.checkChar(first17);
    }

    public static String mobile(int index) {
        return "139" + String.format("%08d", 10000000 + index * 7 % 89999999);
    }
}

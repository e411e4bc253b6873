package cn.energydata.discovery.support;

/** GB 11643-1999 check digit of an 18-digit resident ID number. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    public static boolean isValid(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }

    public static char checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same computation in SQL, for generating many valid numbers inside PostgreSQL. */
    public static String sqlCheckDigit(String body) {
        return "substr('" + CHECK + "', ((SELECT sum(substr(" + body + ", i, 1)::int * "
                + "(ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) FROM generate_series(1, 17) i) % 11)::int + 1, 1)";
    }
}

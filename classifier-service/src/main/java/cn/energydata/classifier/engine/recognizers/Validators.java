package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.AgeBand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The validators rule packs may name. */
public final class Validators {

    private final Map<String, Validator> byName;

    public Validators() {
        byName = Stream.of(new CnResidentId(), new Luhn(), new Uscc(), new Mobile(), new Ipv4(), new GpsPrecision())
                .collect(Collectors.toUnmodifiableMap(Validator::name, Function.identity()));
    }

    /** The value without spaces and dashes (no regex: this runs once per match). */
    static String compact(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-' || c == '\t') {
                if (sb == null) {
                    sb = new StringBuilder(value.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    public Validator get(String name) {
        return byName.get(name);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** GB 11643: province prefix, real birth date not in the future, ISO 7064 MOD 11-2 check character. */
    static final class CnResidentId implements Validator {
        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final char[] CHECK = "10X98765432".toCharArray();
        /** Indexed by the first two digits. */
        private static final boolean[] PROVINCES = new boolean[100];
        private static final Outcome VALID_CHILD = new Outcome(true, AgeBand.CHILD);
        private static final Outcome VALID_MINOR = new Outcome(true, AgeBand.MINOR);
        private static final Outcome VALID_ADULT = new Outcome(true, AgeBand.ADULT);

        static {
            for (int p : new int[]{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}) {
                PROVINCES[p] = true;
            }
        }

        public String name() {
            return "cn-resident-id";
        }

        public Outcome validate(String v, LocalDate today) {
            if (v.length() != 18) {
                return Outcome.INVALID;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return Outcome.INVALID;
                }
                sum += (c - '0') * WEIGHTS[i];
            }
            // digits only from here on (a fuzzed "3.…" once reached parseInt)
            if (!PROVINCES[digits(v, 0, 2)]) {
                return Outcome.INVALID;
            }
            if (Character.toUpperCase(v.charAt(17)) != CHECK[sum % 11]) {
                return Outcome.INVALID;
            }
            LocalDate birth;
            try {
                birth = LocalDate.of(digits(v, 6, 10), digits(v, 10, 12), digits(v, 12, 14));
            } catch (DateTimeException e) {
                return Outcome.INVALID;
            }
            if (birth.isAfter(today) || birth.getYear() < 1900) {
                return Outcome.INVALID;
            }
            int age = Period.between(birth, today).getYears();
            return age < 14 ? VALID_CHILD : age < 18 ? VALID_MINOR : VALID_ADULT;
        }

        /** The number the ASCII digits v[from, to) spell (checked to be digits before). */
        private static int digits(String v, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n = n * 10 + (v.charAt(i) - '0');
            }
            return n;
        }
    }

    static final class Luhn implements Validator {
        public String name() {
            return "luhn";
        }

        public Outcome validate(String value, LocalDate today) {
            String v = compact(value);
            if (v.length() < 12 || v.length() > 19) {
                return Outcome.INVALID;
            }
            int sum = 0;
            boolean dbl = false;
            for (int i = v.length() - 1; i >= 0; i--) {
                int d = v.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    return Outcome.INVALID;
                }
                if (dbl) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
                dbl = !dbl;
            }
            return sum % 10 == 0 ? Outcome.VALID : Outcome.INVALID;
        }
    }

    /** GB 32100 unified social credit code: 17 characters and a MOD 31 check character. */
    public static final class Uscc implements Validator {
        private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        public String name() {
            return "uscc";
        }

        public Outcome validate(String value, LocalDate today) {
            String v = value.toUpperCase();
            if (v.length() != 18) {
                return Outcome.INVALID;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int idx = CHARS.indexOf(v.charAt(i));
                if (idx < 0) {
                    return Outcome.INVALID;
                }
                sum += idx * WEIGHTS[i];
            }
            int check = (31 - sum % 31) % 31;
            return CHARS.charAt(check) == v.charAt(17) ? Outcome.VALID : Outcome.INVALID;
        }

        /** For fixtures: the check character of 17 leading characters. */
        public static char checkChar(String first17) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
            }
            return CHARS.charAt((31 - sum % 31) % 31);
        }
    }

    /** Mainland mobile numbers: 11 digits, 1[3-9], optional +86 / 86 removed by the pattern. */
    static final class Mobile implements Validator {
        public String name() {
            return "mobile";
        }

        public Outcome validate(String value, LocalDate today) {
            String digits = compact(value);
            String v = digits.startsWith("+86") ? digits.substring(3) : digits;
            if (v.length() != 11 || v.charAt(0) != '1' || v.charAt(1) < '3' || v.charAt(1) > '9') {
                return Outcome.INVALID;
            }
            boolean allSameFromFourth = true;
            for (int i = 0; i < 11; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return Outcome.INVALID;
                }
                allSameFromFourth &= i < 3 || c == v.charAt(3);
            }
            return allSameFromFourth ? Outcome.INVALID : Outcome.VALID;
        }
    }

    static final class Ipv4 implements Validator {
        public String name() {
            return "ipv4";
        }

        public Outcome validate(String value, LocalDate today) {
            String[] parts = value.split("\\.", -1);
            if (parts.length != 4) {
                return Outcome.INVALID;
            }
            for (String p : parts) {
                if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                        || Integer.parseInt(p) > 255 || (p.length() > 1 && p.startsWith("0"))) {
                    return Outcome.INVALID;
                }
            }
            return "0.0.0.0".equals(value) ? Outcome.INVALID : Outcome.VALID;
        }
    }

    /** A latitude,longitude pair inside range with at least 4 decimals (≈ 10 m): a precise position. */
    static final class GpsPrecision implements Validator {
        public String name() {
            return "gps-precision";
        }

        public Outcome validate(String value, LocalDate today) {
            String[] parts = value.split("[,，\\s]+");
            if (parts.length != 2) {
                return Outcome.INVALID;
            }
            try {
                double a = Double.parseDouble(parts[0]);
                double b = Double.parseDouble(parts[1]);
                boolean inRange = Math.abs(a) <= 180 && Math.abs(b) <= 180 && (Math.abs(a) <= 90 || Math.abs(b) <= 90);
                return inRange && decimals(parts[0]) >= 4 && decimals(parts[1]) >= 4 ? Outcome.VALID : Outcome.INVALID;
            } catch (NumberFormatException e) {
                return Outcome.INVALID;
            }
        }

        private static int decimals(String s) {
            int dot = s.indexOf('.');
            return dot < 0 ? 0 : s.length() - dot - 1;
        }
    }
}

package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.AgeBand;

import java.time.LocalDate;

/** Checks a candidate value beyond its pattern (check digits, real dates, ranges). One class per validator. */
public interface Validator {

    String name();

    Outcome validate(String value, LocalDate today);

    /** VALID or INVALID; {@code ageBand} (CHILD, MINOR, ADULT) when the value encodes a birth date. */
    record Outcome(boolean valid, AgeBand ageBand) {
        public static final Outcome VALID = new Outcome(true, null);
        public static final Outcome INVALID = new Outcome(false, null);

        public String result() {
            return valid ? "VALID" : "INVALID";
        }
    }
}

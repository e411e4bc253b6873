package cn.energydata.catalog.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the code set
 * 0-9 and A-Z without I, O, S, V, Z; characters 3-8 are the administrative division code (digits); the 18th is the
 * check character: C18 = 31 - (Σ value(Ci) × 3^(i-1) mod 31) mod 31, i = 1..17, as a character of the code set.
 */
public final class Uscc {

    private static final String CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Uscc() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            char c = code.charAt(i);
            int value = CODE_SET.indexOf(c);
            if (value < 0 || (i >= 2 && i < 8 && !Character.isDigit(c))) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return CODE_SET.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }

    /** Bean validation: null passes (combine with {@code @NotBlank}). */
    @Documented
    @Constraint(validatedBy = Check.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Valid {
        String message() default "must be an 18-character unified social credit code with a valid check character"
                + " (GB 32100)";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class Check implements ConstraintValidator<Valid, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Uscc.isValid(value);
        }
    }
}

package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Fixtures;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.InRange;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test (Jazzer, see README "Fuzzing"): every validator answers VALID or INVALID for any string, never throws.
 * Regression inputs, findings included, live in {@code src/test/resources/cn/energydata/classifier/engine/ValidatorsFuzzTestInputs/}.
 */
class ValidatorsFuzzTest {

    private static final Validators VALIDATORS = new Validators();
    private static final List<String> NAMES = VALIDATORS.names().stream().sorted().toList();
    private static final LocalDate EPOCH_2000 = LocalDate.of(2000, 1, 1);

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123), 9_800),
                Arguments.of(Fixtures.bankCard("622202123456789"), 9_800),
                Arguments.of(Fixtures.uscc("91110000100000000"), 9_800),
                Arguments.of(Fixtures.mobile(17), 9_800),
                Arguments.of("+86 139-1234-5678", 9_800),
                Arguments.of("192.168.10.254", 9_800),
                Arguments.of("31.230416, 121.473701", 9_800));
    }

    @MethodSource("values")
    @FuzzTest(maxDuration = "10s")
    void everyValidatorAnswersForAnyString(@NotNull String value, @InRange(min = 0, max = 40_000) int daysAfter2000) {
        LocalDate today = EPOCH_2000.plusDays(daysAfter2000);
        for (String name : NAMES) {
            Validator.Outcome outcome = VALIDATORS.get(name).validate(value, today);
            assertThat(outcome).as(name).isNotNull();
            if (outcome.ageBand() != null) {
                assertThat(outcome.valid()).as(name).isTrue();
            }
        }
    }
}

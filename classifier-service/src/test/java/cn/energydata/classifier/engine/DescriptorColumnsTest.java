package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.EngineResult.ColumnSummary;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.rules.RuleSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A descriptor's columns each get the most significant category found in them, its level and identifiesPerson. */
class DescriptorColumnsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static Engine engine;

    @BeforeAll
    static void load() {
        engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
    }

    static Map<String, ColumnSummary> columns(Descriptor d) {
        EngineResult r = engine.classify(List.of(), d, TODAY, Extraction.COMPLETE);
        return r.columns().stream().filter(c -> Engine.DESCRIPTOR_PATH.equals(c.path()))
                .collect(Collectors.toMap(ColumnSummary::column, Function.identity()));
    }

    @Test
    void idCardBusVoltageAndOrdinaryColumns() {
        Descriptor d = new Descriptor("substation_customers", null, "TABLE", null, null, 3L, null, List.of(
                new Descriptor.Column("cert_no", "证件号码",
                        List.of(Fixtures.residentId(1), Fixtures.residentId(2), Fixtures.residentId(3))),
                new Descriptor.Column("bus_kv", "母线电压等级", List.of("220kV", "110kV", "35kV")),
                new Descriptor.Column("remark", "备注", List.of("正常", "正常", "待复核"))));
        Map<String, ColumnSummary> columns = columns(d);

        assertThat(columns).containsOnlyKeys("cert_no", "bus_kv", "remark");
        ColumnSummary id = columns.get("cert_no");
        assertThat(id.category()).isEqualTo("pi.resident-id");
        assertThat(id.identifiesPerson()).isTrue();
        assertThat(id.level()).isEqualTo(Level.GENERAL);
        assertThat(id.values()).isEqualTo(3);

        ColumnSummary bus = columns.get("bus_kv");
        assertThat(bus.category()).isEqualTo("energy.grid-topology");
        assertThat(bus.level()).isEqualTo(Level.IMPORTANT);
        assertThat(bus.identifiesPerson()).isFalse();
        assertThat(bus.source()).isEqualTo(Detections.ProfileSource.HEADER);

        ColumnSummary remark = columns.get("remark");
        assertThat(remark.category()).isNull();
        assertThat(remark.level()).isEqualTo(Level.GENERAL);
        assertThat(remark.identifiesPerson()).isFalse();
        assertThat(remark.source()).isNull();
    }

    @Test
    void sampleValuesAloneGiveTheCategory() {
        Descriptor d = new Descriptor("t", null, "TABLE", null, null, null, null, List.of(
                new Descriptor.Column("c1", null, List.of(Fixtures.mobile(1), Fixtures.mobile(2), Fixtures.mobile(3)))));
        ColumnSummary c = columns(d).get("c1");
        assertThat(c.category()).isEqualTo("pi.mobile");
        assertThat(c.source()).isEqualTo(Detections.ProfileSource.VALUES);
        assertThat(c.identifiesPerson()).isTrue();
    }

    @Test
    void theMostSignificantCategoryWins() {
        // A header naming both a customer's meter (general PI) and a SCADA point (important): the important one.
        Descriptor d = new Descriptor("t", null, "TABLE", null, null, null, null, List.of(
                new Descriptor.Column("meter_id", "SCADA 遥测点表 测点", List.of("3200012345", "3200012346"))));
        ColumnSummary c = columns(d).get("meter_id");
        assertThat(c.level()).isEqualTo(Level.IMPORTANT);
    }

    @Test
    void documentColumnsCarryLevelAndIdentifiesPerson() {
        StringBuilder csv = new StringBuilder("name,身份证号\n");
        for (int i = 0; i < 5; i++) {
            csv.append("x").append(i).append(',').append(Fixtures.residentId(i)).append('\n');
        }
        EngineResult r = engine.classify(List.of(new cn.energydata.classifier.engine.text.TextPart("c.csv", "text/csv",
                csv.toString(), null)), null, TODAY, Extraction.COMPLETE);
        assertThat(r.columns()).anyMatch(c -> "pi.resident-id".equals(c.category()) && c.identifiesPerson()
                && c.level() == Level.GENERAL && "B".equals(c.column()));
    }
}

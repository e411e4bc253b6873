package cn.energydata.systemtest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A document a journey uploads, generated in the test (invented data only). */
public record Document(String fileName, String mediaType, byte[] bytes) {

    /** The classifier computes ages on the calendar of this zone (classifier.rules.zone). */
    private static final ZoneId CLASSIFIER_ZONE = ZoneId.of("Asia/Shanghai");

    static Document text(String fileName, String mediaType, String text) {
        return new Document(fileName, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IEC 61850 substation configuration (SCL): a grid model, whatever the file is called. */
    public static Document substationConfiguration(String station) {
        return text("station-" + station + ".scd", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">
                  <Header id="%1$s" version="1"/>
                  <Substation name="%1$s">
                    <VoltageLevel name="220kV"><Bay name="Q01"><ConductingEquipment name="QA1" type="CBR"/></Bay></VoltageLevel>
                  </Substation>
                  <Communication>
                    <SubNetwork name="StationBus" type="8-MMS">
                      <ConnectedAP iedName="P1" apName="S1"><Address><P type="IP">10.20.30.11</P></Address></ConnectedAP>
                    </SubNetwork>
                  </Communication>
                  <IED name="P1" manufacturer="Demo"><AccessPoint name="S1"/></IED>
                </SCL>
                """.formatted(station));
    }

    /** A public press release: no personal information, nothing about the grid's posture. */
    public static Document pressRelease() {
        return text("press-release.txt", "text/plain", """
                Press release
                East Grid opens a new customer service hall in Nanjing. From next Monday customers can pay bills,
                ask about tariffs and register for the energy-saving programme at the new hall. Opening hours are
                nine to five on working days. The company thanks its customers for their trust.
                新闻稿：东部电网南京营业厅下周一启用，欢迎市民前来办理业务。
                """);
    }

    /** A customer list and the resident IDs in it, so a test can check they never come back unmasked. */
    record CustomerList(Document document, List<String> residentIds, int adults, int minors, int children) {
    }

    /**
     * A customer list with valid, checksummed resident IDs: {@code adults} aged about 40, {@code minors} aged 16
     * (under 18, not children) and {@code children} aged 9 (under 14) on the day of the test.
     */
    static CustomerList customerList(int adults, int minors, int children) {
        LocalDate today = LocalDate.now(CLASSIFIER_ZONE);
        List<String> ids = new ArrayList<>();
        StringBuilder csv = new StringBuilder("客户编号,姓名,身份证号,手机\n");
        String[] names = {"张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷"};
        int row = 0;
        int firstSequence = ThreadLocalRandom.current().nextInt(1, 900);
        for (int age : ages(adults, minors, children)) {
            // Birthdays 120 days past keep the age away from any boundary on the day of the test.
            LocalDate birth = today.minusYears(age).minusDays(120);
            String id = residentId("320102", birth, firstSequence + row);
            ids.add(id);
            csv.append(String.format("C%03d,%s,%s,%s%n", row + 1, names[row % names.length], id, mobile()));
            row++;
        }
        return new CustomerList(text("customers.csv", "text/csv", csv.toString()), ids, adults, minors, children);
    }

    /** A customer list of twenty adults with valid resident IDs and mobile numbers (personal information). */
    public static Document customerListDocument() {
        return customerList(20, 0, 0).document();
    }

    /**
     * A customer list of {@code people} adults with distinct valid resident IDs (birth dates 30 years and up to a few
     * months back, sequence numbers 000–999), for the cross-border thresholds.
     */
    static Document adultCustomers(int people) {
        LocalDate born = LocalDate.now(CLASSIFIER_ZONE).minusYears(30);
        StringBuilder csv = new StringBuilder("客户编号,身份证号\n");
        for (int i = 0; i < people; i++) {
            csv.append('C').append(i + 1).append(',')
                    .append(residentId("320102", born.minusDays(i / 1000), i % 1000)).append('\n');
        }
        return text("customers-" + people + ".csv", "text/csv", csv.toString());
    }

    /** A customer list of {@code people} distinct mobile numbers: personal information, not sensitive. */
    static Document mobileCustomers(int people, int series) {
        StringBuilder csv = new StringBuilder("客户编号,手机\n");
        for (int i = 0; i < people; i++) {
            csv.append('M').append(i + 1).append(',').append(String.format("13%d%08d", series, i)).append('\n');
        }
        return text("mobiles-" + people + ".csv", "text/csv", csv.toString());
    }

    /** A table of strategic crude reserves by site (invented): the classifier flags it a possible state secret. */
    static Document strategicReserves() {
        return text("reserves.txt", "text/plain", "国家石油储备库库存月报（内部）\n战略石油储备：各储备库库存与周转计划。\n");
    }

    private static List<Integer> ages(int adults, int minors, int children) {
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < adults; i++) {
            ages.add(40 + i);
        }
        for (int i = 0; i < minors; i++) {
            ages.add(16);
        }
        for (int i = 0; i < children; i++) {
            ages.add(9);
        }
        return ages;
    }

    /** An 18-character resident ID (GB 11643): region, birth date, sequence, ISO 7064 MOD 11-2 check character. */
    static String residentId(String region, LocalDate birth, int sequence) {
        String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String mobile() {
        return "13" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** A password-protected archive: nothing in it can be read. */
    static Document encryptedArchive() {
        try (var in = Document.class.getResourceAsStream("/documents/encrypted-settings.zip")) {
            return new Document("settings.zip", "application/zip", in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PSD-BPA power-flow case in GBK, as Chinese grid companies keep them (invented stations), named .dat. */
    static Document bpaCaseInGbk() {
        String cards = """
                (POWERFLOW,CASEID=DEMO,PROJECT=华东)
                /NETWORK_DATA\\
                B     苏南京500 525.  江苏    0.   0.
                B     苏东善500 525.  江苏  120.  40.
                B     浙北仑500 525.  浙江   80.  20.
                L     苏南京500 525.苏东善500 525.1    .0002 .0031   .12
                L     苏东善500 525.浙北仑500 525.1    .0004 .0052   .20
                """;
        return new Document("east-china-demo.dat", "application/octet-stream", cards.getBytes(java.nio.charset.Charset.forName("GBK")));
    }
}

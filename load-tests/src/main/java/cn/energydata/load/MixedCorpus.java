package cn.energydata.load;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The documents the registrants upload: the kinds of the classifier's labelled corpus (Chinese and English
 * prose in several encodings, office documents, PDF, mail, tables with personal information, archives, energy
 * formats such as IEC 61850 SCL, CIM, PSS/E, GeoJSON, KML and the real MATPOWER case 9) in three sizes: most
 * are below 10 KB, a few are 50–100 KB, two are about 1 MB. Everything is invented (identity numbers are
 * computed with valid check digits for fictitious people); nothing is read from outside the repository.
 */
public final class MixedCorpus {

    /** One document to upload. */
    public record Doc(String name, String contentType, byte[] bytes) {
        public String format() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1);
        }
    }

    private MixedCorpus() {
    }

    /** @param root the project checkout, for the MATPOWER sample kept in the classifier's test resources */
    public static List<Doc> build(Path root) {
        try {
            return documents(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Doc> documents(Path root) throws IOException {
        List<Doc> docs = new ArrayList<>();
        String notice = "关于召开2026年第四季度安全生产工作会议的通知\n请各部门负责同志于12月5日上午9时准时参加，会议地点为三楼会议室。\n"
                + "会议议程：总结本季度工作，部署冬季安全措施。\n";
        String settings = "某500kV变电站继电保护定值单（2026年版）\n线路距离保护Ⅰ段定值：0.85Ω，时间0s。\n母线差动保护定值：启动电流0.3A。\n";
        String limits = "Dispatch note: transfer limits of the 500 kV north-south corridor for winter peak.\n"
                + "Corridor A: 3200 MW; corridor B: 2700 MW.\nStability control actions shed 400 MW of load if line L2 trips.\n";
        String ledger = "Equipment ledger of the Riverside 110 kV substation.\nTransformer T1: commissioned 2009, last overhaul 2024.\n"
                + "Switchgear bay 3: replaced breaker in 2025.\nInspection record kept by the shift team.\n";
        String scada = "电力监控系统安全I区IP地址规划\nEMS前置机：10.1.1.10\n纵向加密装置：10.1.1.1\n调度数据网接入交换机：10.1.2.1\n";
        String pipeline = "某输气管道支线管道走向说明\n起点首站，经三座阀室至末站，全长86公里。\n管输能力每年12亿立方米。\n";
        String nuclear = "Physical protection plan of unit 3.\nAccess zones, guard rounds and the inventory of nuclear material "
                + "in the fuel building.\nDistribution: security department only.\n";
        String reserves = "国家石油储备库库存月报（2026年10月）\n各储备库库存量及周转计划如下，请严格保密。\n一号库：库容满载；二号库：检修中。\n";

        // Small documents in many formats.
        docs.add(text("notice.txt", notice, StandardCharsets.UTF_8));
        docs.add(text("notice-gbk.txt", notice, Charset.forName("GBK")));
        docs.add(text("settings-utf16.txt", settings, StandardCharsets.UTF_16));
        docs.add(new Doc("newsletter.html", "text/html", ("<html><head><title>Newsletter</title></head><body><p>"
                + "Company newsletter, November edition.</p><p>Our volunteer team planted 300 trees this autumn.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        docs.add(new Doc("limits.eml", "message/rfc822", ("From: dispatch@example.org\r\nTo: review@example.org\r\n"
                + "Subject: corridor limits\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + limits)
                .getBytes(StandardCharsets.UTF_8)));
        docs.add(new Doc("settings.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(settings)));
        docs.add(new Doc("reserves.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(reserves)));
        docs.add(new Doc("ledger.pdf", "application/pdf", pdf(ledger)));
        docs.add(new Doc("nuclear.pdf", "application/pdf", pdf(nuclear)));
        List<List<String>> customers = customers(6, 0);
        docs.add(new Doc("customers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                table(new XSSFWorkbook(), customers)));
        docs.add(new Doc("customers.xls", "application/vnd.ms-excel", table(new HSSFWorkbook(), customers)));
        docs.add(text("customers.csv", csv(customers), StandardCharsets.UTF_8));
        docs.add(new Doc("scada-plan.zip", "application/zip", zip("plan/scada-plan.txt", scada)));
        docs.add(new Doc("pipeline.txt.gz", "application/gzip", gzip(pipeline)));
        docs.add(text("substation.scd", SCL, StandardCharsets.UTF_8));
        docs.add(text("model.xml", CIM, StandardCharsets.UTF_8));
        docs.add(text("case14.raw", PSSE, StandardCharsets.UTF_8));
        docs.add(text("lines.geojson", GEOJSON, StandardCharsets.UTF_8));
        docs.add(text("towers.kml", KML, StandardCharsets.UTF_8));
        Path matpower = root.resolve("classifier-service/src/test/resources/samples/matpower-case9.m");
        if (Files.isRegularFile(matpower)) {
            docs.add(new Doc("case9.m", "text/plain", Files.readAllBytes(matpower)));
        }

        // Medium: 50–100 KB.
        docs.add(text("meter-readings.csv", csv(customers(1_500, 100)), StandardCharsets.UTF_8));
        docs.add(new Doc("inspection-report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(repeat(ledger + limits, 100_000))));
        docs.add(new Doc("outage-statistics.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                table(new XSSFWorkbook(), outages(3_000))));

        // Large: about 1 MB.
        docs.add(text("customers-large.csv", csv(customers(30_000, 10_000)), StandardCharsets.UTF_8));
        docs.add(text("operations-log.txt", repeat(notice + ledger + pipeline, 1_000_000), StandardCharsets.UTF_8));
        return List.copyOf(docs);
    }

    private static Doc text(String name, String content, Charset charset) {
        String type = name.endsWith(".csv") ? "text/csv" : "text/plain";
        byte[] bytes = content.getBytes(charset);
        if (charset.equals(StandardCharsets.UTF_16)) {
            type += "; charset=UTF-16";
        }
        return new Doc(name, type, bytes);
    }

    private static String repeat(String paragraph, int targetBytes) {
        int paragraphBytes = paragraph.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder sb = new StringBuilder();
        for (int i = 1, bytes = 0; bytes < targetBytes; i++) {
            String head = "Entry " + i + ". ";
            sb.append(head).append(paragraph);
            bytes += head.length() + paragraphBytes;
        }
        return sb.toString();
    }

    /** Invented customers: name, resident identity number (valid check digit), mobile, address. */
    static List<List<String>> customers(int count, int firstNumber) {
        String[] surnames = {"张", "李", "王", "赵", "陈", "刘", "杨", "黄"};
        String[] given = {"晓明", "华", "芳", "磊", "静", "洋", "伟", "敏"};
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("客户姓名", "身份证号", "手机", "用电地址"));
        for (int i = 0; i < count; i++) {
            int n = firstNumber + i;
            rows.add(List.of(surnames[n % surnames.length] + given[(n / 8) % given.length],
                    residentId("320102", LocalDate.of(1960, 1, 1).plusDays(n % 15_000), n % 1000),
                    "139" + String.format("%08d", 12_340_000 + n), "城东路" + (n % 500 + 1) + "号"));
        }
        return rows;
    }

    private static List<List<String>> outages(int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Feeder", "Date", "Minutes", "Customers affected", "Cause"));
        String[] causes = {"tree contact", "equipment failure", "planned work", "lightning", "vehicle"};
        for (int i = 0; i < count; i++) {
            rows.add(List.of("F-" + (100 + i % 300), LocalDate.of(2026, 1, 1).plusDays(i % 330).toString(),
                    String.valueOf(5 + i % 240), String.valueOf(20 + (i * 37) % 900), causes[i % causes.length]));
        }
        return rows;
    }

    /** An 18-character resident identity number with the GB 11643 check character. */
    static String residentId(String area, LocalDate birth, int sequence) {
        String body = area + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString();
    }

    private static byte[] table(Workbook workbook, List<List<String>> rows) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF 1.4 with the text in Helvetica, written directly (ASCII only: the standard 14 fonts have no
     * Chinese glyphs). Written by hand rather than with PDFBox, whose font lookup scans the system fonts first.
     */
    static byte[] pdf(String text) {
        StringBuilder content = new StringBuilder("BT /F1 11 Tf 14 TL 50 720 Td\n");
        for (String line : text.split("\n")) {
            content.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        content.append("ET\n");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static final String SCL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">
              <Header id="Demo110kV" version="1"/>
              <Substation name="DEMO1">
                <VoltageLevel name="110kV"><Bay name="Q01"><ConductingEquipment name="QA1" type="CBR"/></Bay></VoltageLevel>
              </Substation>
              <Communication>
                <SubNetwork name="StationBus" type="8-MMS">
                  <ConnectedAP iedName="P1" apName="S1"><Address><P type="IP">192.168.10.11</P></Address></ConnectedAP>
                </SubNetwork>
              </Communication>
              <IED name="P1" manufacturer="Demo"><AccessPoint name="S1"/></IED>
            </SCL>
            """;

    private static final String CIM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cim="http://iec.ch/TC57/2013/CIM-schema-cim16#">
              <cim:Substation rdf:ID="_SS1"><cim:IdentifiedObject.name>Demo North</cim:IdentifiedObject.name></cim:Substation>
              <cim:ACLineSegment rdf:ID="_L1">
                <cim:IdentifiedObject.name>North-South 1</cim:IdentifiedObject.name>
                <cim:ACLineSegment.r>1.2</cim:ACLineSegment.r><cim:ACLineSegment.x>12.5</cim:ACLineSegment.x>
              </cim:ACLineSegment>
              <cim:PowerTransformer rdf:ID="_T1"><cim:IdentifiedObject.name>T1</cim:IdentifiedObject.name></cim:PowerTransformer>
            </rdf:RDF>
            """;

    private static final String PSSE = """
            0,   100.00, 33, 0, 1, 60.00     / PSS(R)E-33 RAW created for a demo case
            DEMO CASE
            THREE BUS TEST
                1,'BUS-1       ', 138.0000,3,   1,   1,   1,1.05000,   0.0000
                2,'BUS-2       ', 138.0000,2,   1,   1,   1,1.04500,  -4.9800
                3,'BUS-3       ', 138.0000,1,   1,   1,   1,1.01000, -12.7200
            0 / END OF BUS DATA, BEGIN LOAD DATA
                3,'1 ',1,   1,   1,    94.200,    19.000
            0 / END OF LOAD DATA, BEGIN FIXED SHUNT DATA
            0 / END OF FIXED SHUNT DATA, BEGIN GENERATOR DATA
                1,'1 ',   232.392,   -16.549,   10.000,   -10.000,1.06000,     0,   615.000
            0 / END OF GENERATOR DATA, BEGIN BRANCH DATA
                1,     2,'1 ', 0.01938, 0.05917, 0.05280,     0.00,     0.00,     0.00
                2,     3,'1 ', 0.04699, 0.19797, 0.04380,     0.00,     0.00,     0.00
            0 / END OF BRANCH DATA
            Q
            """;

    private static final String GEOJSON = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"500kV North-South line","voltage_kv":500,"operator":"demo grid"},
               "geometry":{"type":"LineString","coordinates":[[118.78,32.04],[118.90,31.80],[119.10,31.50]]}},
              {"type":"Feature","properties":{"name":"Substation Demo North","voltage_kv":500},
               "geometry":{"type":"Point","coordinates":[118.78,32.04]}}]}
            """;

    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Transmission towers</name>
              <Placemark><name>Tower N-17 (500 kV line)</name><Point><coordinates>118.80,32.01,0</coordinates></Point></Placemark>
              <Placemark><name>Tower N-18 (500 kV line)</name><Point><coordinates>118.82,31.99,0</coordinates></Point></Placemark>
            </Document></kml>
            """;
}

package cn.energydata.classifier.corpus;

import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.classifier.engine.grading.Level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled corpus: invented documents (no real people's data) in many formats, each with its expected
 * level and categories. Texts are rendered into several formats by {@link Render}.
 */
public final class Corpus {

    /** One labelled document on disk. */
    public record Doc(String name, Path file, Level level, Set<String> categories) {
    }

    /** A text with its label; {@code zh} decides which encodings apply; {@code formats} where to render it. */
    record Content(String id, boolean zh, Level level, Set<String> categories, List<String> formats, String text) {
    }

    private Corpus() {
    }

    static List<Content> contents() {
        return List.of(
                new Content("notice", true, Level.GENERAL, Set.of(), List.of("txt", "docx", "gbk"),
                        "关于召开2026年第四季度安全生产工作会议的通知\n请各部门负责同志于12月5日上午9时准时参加，会议地点为三楼会议室。\n会议议程：总结本季度工作，部署冬季安全措施。"),
                new Content("newsletter", false, Level.GENERAL, Set.of(), List.of("txt", "pdf", "html"),
                        "Company newsletter, November edition.\nOur volunteer team planted 300 trees this autumn.\nThe canteen will open a new salad bar next month."),
                new Content("ticket", true, Level.GENERAL, Set.of("energy.operations-general"), List.of("txt", "docx", "gb18030"),
                        "220kV城东变电站第二种工作票\n工作内容：更换2号主变冷却风扇，清扫端子箱。\n安全措施：断开风扇电源，设置围栏。\n本工作票共一页。"),
                new Content("ledger", false, Level.GENERAL, Set.of("energy.operations-general"), List.of("txt", "pdf", "odt"),
                        "Equipment ledger of the Riverside 110 kV substation.\nTransformer T1: commissioned 2009, last overhaul 2024.\nSwitchgear bay 3: replaced breaker in 2025.\nInspection record kept by the shift team."),
                new Content("settings", true, Level.IMPORTANT, Set.of("energy.grid-topology"), List.of("txt", "docx", "utf16"),
                        "某500kV变电站继电保护定值单（2026年版）\n线路距离保护Ⅰ段定值：0.85Ω，时间0s。\n母线差动保护定值：启动电流0.3A。\n执行时间：2026年12月1日。"),
                new Content("limits", false, Level.IMPORTANT, Set.of("energy.grid-topology"), List.of("txt", "pdf", "eml"),
                        "Dispatch note: transfer limits of the 500 kV north-south corridor for winter peak.\nCorridor A: 3200 MW; corridor B: 2700 MW.\nStability control actions shed 400 MW of load if line L2 trips."),
                new Content("scada-plan", true, Level.IMPORTANT, Set.of("energy.power-monitoring"), List.of("txt", "html", "zip"),
                        "电力监控系统安全I区IP地址规划\nEMS前置机：10.1.1.10\n纵向加密装置：10.1.1.1\n调度数据网接入交换机：10.1.2.1\n生产控制大区与管理信息大区之间采用横向隔离装置。"),
                new Content("nuclear", false, Level.CORE, Set.of("energy.nuclear"), List.of("txt", "pdf", "pptx"),
                        "Physical protection plan of unit 3.\nAccess zones, guard rounds and the inventory of nuclear material in the fuel building.\nDistribution: security department only."),
                new Content("reserves", true, Level.CORE, Set.of("energy.strategic-reserves"), List.of("txt", "docx", "tgz"),
                        "国家石油储备库库存月报（2026年10月）\n各储备库库存量及周转计划如下，请严格保密。\n一号库：库容满载；二号库：检修中。"),
                // Prose naming provinces does not set scope (issue 12): the model text is important, not core.
                new Content("national-grid", false, Level.IMPORTANT, Set.of("energy.grid-topology"), List.of("txt", "pdf", "odt"),
                        "Backbone grid network model for the inter-provincial East China system.\nThe model covers Jiangsu, Zhejiang, Anhui and Shanghai 500 kV substations and lines.\nPower flow case for the 2027 summer peak."),
                new Content("pipeline", true, Level.IMPORTANT, Set.of("energy.pipeline-lng"), List.of("txt", "html", "gz"),
                        "某输气管道支线管道走向说明\n起点首站，经三座阀室至末站，全长86公里。\n管输能力每年12亿立方米。"),
                new Content("ev", false, Level.IMPORTANT, Set.of("energy.ev-charging"), List.of("txt", "eml", "pptx"),
                        "Monthly report of charging sessions on the city charging network.\nSessions per station and hour, energy delivered, utilisation.\nPrepared for the operator's planning team."),
                new Content("hr-contacts", false, Level.GENERAL, Set.of("pi.email", "pi.mobile", "pi.person-name"), List.of("txt", "html", "eml"),
                        "Project contact list\nContact: Alice Brown, alice.brown@example.org, mobile 13912340001\nContact: Bob Green, bob.green@example.org, mobile 13912340002"),
                new Content("heating", true, Level.GENERAL, Set.of("scope.out-of-scope"), List.of("txt", "docx", "gbk"),
                        "本市集中供热管网冬季运行保障方案\n各供热站于11月15日开始供暖，热力公司负责巡线。"),
                new Content("statistics", true, Level.IMPORTANT, Set.of("energy.aggregate-statistics"), List.of("txt", "docx", "utf16"),
                        "2026年10月全省用电量及分行业用电量统计（未公开，内部资料）\n第二产业用电同比增长5.2%，第三产业增长8.1%。"),
                new Content("seismic", false, Level.IMPORTANT, Set.of("energy.oil-gas-reserves"), List.of("txt", "pdf", "zip"),
                        "Block 7 exploration summary.\nThe 3D seismic survey and well logs of wells B7-2 and B7-5 confirm the reservoir model.\nThe team recommends an appraisal well."),
                new Content("finance", true, Level.GENERAL, Set.of("energy.operations-general"), List.of("txt", "gb18030", "odt"),
                        "2026年三季度财务报表说明\n营业收入同比增长3%，管理费用下降2%。\n本报告供公司内部经营分析使用。"),
                new Content("invoice-en", false, Level.GENERAL, Set.of(), List.of("txt", "pdf", "7z"),
                        "Invoice 2026-118 for office supplies.\nPaper, toner and folders, total 1,240.00.\nPayment within 30 days."));
    }

    public static List<Doc> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Doc> docs = new ArrayList<>();
        for (Content c : contents()) {
            for (String format : c.formats()) {
                String name = c.id() + "." + Render.extension(format);
                if (format.equals("utf16") || format.equals("gbk") || format.equals("gb18030")) {
                    name = c.id() + "-" + format + ".txt";
                }
                Path file = dir.resolve(name);
                Files.write(file, Render.render(format, c.id(), c.text()));
                Set<String> expected = new java.util.TreeSet<>(c.categories());
                if (format.equals("eml")) {
                    expected.add("pi.email"); // the sender and recipient addresses
                }
                docs.add(new Doc(name, file, c.level(), expected));
            }
        }
        docs.addAll(tabular(dir));
        docs.addAll(structured(dir));
        return docs;
    }

    private static List<Doc> tabular(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<List<String>> customers = new ArrayList<>();
        customers.add(List.of("客户姓名", "身份证号", "手机", "用电地址"));
        String[] names = {"张晓明", "李华", "王芳", "赵磊", "陈静", "刘洋"};
        for (int i = 0; i < names.length; i++) {
            customers.add(List.of(names[i], Fixtures.residentId(i + 1), Fixtures.mobile(i + 1), "城东路" + (i + 1) + "号"));
        }
        Set<String> piCats = Set.of("pi.resident-id", "pi.mobile", "pi.person-name");
        for (String f : List.of("csv", "xlsx", "xls", "tsv")) {
            Path file = dir.resolve("customers." + f);
            Files.write(file, Render.table(f, "客户", customers));
            docs.add(new Doc(file.getFileName().toString(), file, Level.GENERAL, piCats));
        }
        List<List<String>> pupils = new ArrayList<>();
        pupils.add(List.of("Name", "Resident ID", "Class"));
        for (int i = 0; i < 5; i++) {
            pupils.add(List.of("Pupil " + (char) ('A' + i), Fixtures.residentId("320102", LocalDate.of(2016, 2, 1 + i), 20 + i), "2A"));
        }
        Path pupilsFile = dir.resolve("kindergarten.xlsx");
        Files.write(pupilsFile, Render.table("xlsx", "Pupils", pupils));
        docs.add(new Doc("kindergarten.xlsx", pupilsFile, Level.GENERAL, Set.of("pi.resident-id")));

        List<List<String>> debit = new ArrayList<>();
        debit.add(List.of("Customer", "Bank card", "Meter id"));
        for (int i = 0; i < 4; i++) {
            debit.add(List.of("Customer " + i, Fixtures.bankCard("62220212345670" + i), "M-00" + i));
        }
        Path debitFile = dir.resolve("direct-debit.csv");
        Files.write(debitFile, Render.table("csv", "debit", debit));
        docs.add(new Doc("direct-debit.csv", debitFile, Level.GENERAL, Set.of("pi.bank-card", "energy.customer-metering")));

        List<List<String>> points = new ArrayList<>();
        points.add(List.of("Point name", "IED", "Type", "IOA address"));
        for (int i = 0; i < 8; i++) {
            points.add(List.of("L" + i + " breaker position", "PCS-931_" + i, i % 2 == 0 ? "DI" : "AI", String.valueOf(1001 + i)));
        }
        for (String f : List.of("csv", "xlsx")) {
            Path file = dir.resolve("points." + f);
            Files.write(file, Render.table(f, "points", points));
            docs.add(new Doc(file.getFileName().toString(), file, Level.IMPORTANT, Set.of("energy.power-monitoring")));
        }

        // Mass personal information: 100 000 distinct invented people.
        StringBuilder mass = new StringBuilder("户号,身份证号\n");
        for (int i = 0; i < 100_000; i++) {
            mass.append(3_200_000_000L + i).append(',').append(Fixtures.residentId(i)).append('\n');
        }
        Path massFile = dir.resolve("customers-mass.csv");
        Files.writeString(massFile, mass.toString());
        docs.add(new Doc("customers-mass.csv", massFile, Level.IMPORTANT, Set.of("pi.resident-id", "energy.customer-metering")));
        return docs;
    }

    private static List<Doc> structured(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path matpower = dir.resolve("case9.m");
        Files.copy(Path.of("src/test/resources/samples/matpower-case9.m"), matpower,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        docs.add(new Doc("case9.m", matpower, Level.IMPORTANT, Set.of("energy.grid-topology")));
        docs.add(write(dir, "substation.scd", Level.IMPORTANT, "energy.power-monitoring", Formats.SCL));
        docs.add(write(dir, "model.xml", Level.IMPORTANT, "energy.grid-topology", Formats.CIM));
        docs.add(write(dir, "case14.raw", Level.IMPORTANT, "energy.grid-topology", Formats.PSSE));
        docs.add(write(dir, "fault.cfg", Level.IMPORTANT, "energy.fault-records", Formats.COMTRADE));
        docs.add(write(dir, "lines.geojson", Level.IMPORTANT, "energy.infrastructure-gis", Formats.GEOJSON));
        docs.add(write(dir, "towers.kml", Level.IMPORTANT, "energy.infrastructure-gis", Formats.KML));
        // The same model renamed: recognised by content, not name.
        docs.add(write(dir, "notes.txt", Level.IMPORTANT, "energy.grid-topology", Formats.PSSE));
        Path zipped = dir.resolve("models.zip");
        Files.write(zipped, Render.zip(List.of("scd/substation.scd"), List.of(Formats.SCL.getBytes(StandardCharsets.UTF_8))));
        docs.add(new Doc("models.zip", zipped, Level.IMPORTANT, Set.of("energy.power-monitoring")));
        return docs;
    }

    private static Doc write(Path dir, String name, Level level, String category, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new Doc(name, file, level, Set.of(category));
    }
}

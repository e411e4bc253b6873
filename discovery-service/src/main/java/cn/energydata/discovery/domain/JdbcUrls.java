package cn.energydata.discovery.domain;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: a password or user put into the URL's parameters is cut out. */
public final class JdbcUrls {

    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;](password|user|pwd)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    private JdbcUrls() {
    }

    /** Whether the URL carries a password (a parameter, or user:password@ before the host). */
    public static boolean carriesPassword(String url) {
        return java.util.regex.Pattern.compile("(?i)[?&;](password|pwd)=").matcher(url).find()
                || java.util.regex.Pattern.compile("//[^/@]*:[^/@]*@").matcher(url).find();
    }

    public static String withoutSecrets(String url) {
        String cut = SECRET_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(cut).replaceAll("//***@");
    }
}

package cn.energydata.discovery.domain;

/** A user name and password to reach a source; {@link #toString()} never shows the password. */
public record Credentials(String username, String password) {

    public static final Credentials NONE = new Credentials(null, null);

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}

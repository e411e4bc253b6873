package cn.energydata.console.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * The interface language of this request: the {@code lang} cookie set by the language switch, otherwise the
 * first supported language of {@code Accept-Language}, otherwise English.
 */
@RequestScoped
@Named("ui")
public class UiLocale {

    public static final String COOKIE = "lang";

    @Inject
    HttpHeaders headers;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    /** The language tag for {@code <html lang>}: {@code zh} or {@code en}. */
    public String getLang() {
        return locale().getLanguage();
    }

    public boolean isZh() {
        return "zh".equals(getLang());
    }

    private Locale resolve() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null) {
            Locale chosen = supported(cookie.getValue());
            if (chosen != null) {
                return chosen;
            }
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            Locale chosen = supported(accepted.getLanguage());
            if (chosen != null) {
                return chosen;
            }
        }
        return Locale.ENGLISH;
    }

    /** {@code zh}/{@code en} (any region) or null. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}

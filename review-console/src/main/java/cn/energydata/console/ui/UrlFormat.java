package cn.energydata.console.ui;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code {url:encode(text)}}: a query-parameter value, e.g. a department name in a link to the asset list. */
@TemplateExtension(namespace = "url")
public class UrlFormat {

    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

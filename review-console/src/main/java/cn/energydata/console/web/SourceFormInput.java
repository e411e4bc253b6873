package cn.energydata.console.web;

import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** The posted data-source form (form-urlencoded), field by field; see {@link SourceForm}. */
public class SourceFormInput {

    @RestForm public String name;
    @RestForm public String kind;
    @RestForm public String description;
    @RestForm public String department;
    @RestForm public String jdbcUrl;
    @RestForm public String jdbcSchemas;
    @RestForm public String s3Endpoint;
    @RestForm public String s3Region;
    @RestForm public String s3Bucket;
    @RestForm public String s3Prefix;
    @RestForm public String s3PathStyle;
    @RestForm public String filesystemRoot;
    @RestForm public String credentialsUsername;
    /** Write-only: passed on to the service, never put back into a page. */
    @RestForm public String credentialsPassword;
    @RestForm public String credentialsRef;
    @RestForm public String samplingRowsPerTable;
    @RestForm public String samplingObjectBytes;
    @RestForm public String samplingMaxObjects;
    @RestForm public String scheduleCron;
    @RestForm public String scheduleWindowFrom;
    @RestForm public String scheduleWindowTo;
    @RestForm public String scheduleWindowZone;
    @RestForm public String maxConnections;
    @RestForm public String statementTimeoutSeconds;
    /** What the service said it holds when the form was shown (STORED, REFERENCED, NONE), for the hint. */
    @RestForm public String storedCredentials;

    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("kind", kind);
        v.put("description", description);
        v.put("department", department);
        v.put("jdbcUrl", jdbcUrl);
        v.put("jdbcSchemas", jdbcSchemas);
        v.put("s3Endpoint", s3Endpoint);
        v.put("s3Region", s3Region);
        v.put("s3Bucket", s3Bucket);
        v.put("s3Prefix", s3Prefix);
        v.put("s3PathStyle", s3PathStyle);
        v.put("filesystemRoot", filesystemRoot);
        v.put("credentialsUsername", credentialsUsername);
        v.put("credentialsRef", credentialsRef);
        v.put("samplingRowsPerTable", samplingRowsPerTable);
        v.put("samplingObjectBytes", samplingObjectBytes);
        v.put("samplingMaxObjects", samplingMaxObjects);
        v.put("scheduleCron", scheduleCron);
        v.put("scheduleWindowFrom", scheduleWindowFrom);
        v.put("scheduleWindowTo", scheduleWindowTo);
        v.put("scheduleWindowZone", scheduleWindowZone);
        v.put("maxConnections", maxConnections);
        v.put("statementTimeoutSeconds", statementTimeoutSeconds);
        return v;
    }
}

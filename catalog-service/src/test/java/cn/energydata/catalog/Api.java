package cn.energydata.catalog;

import cn.energydata.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Short ways to act as the realm's people in tests. */
final class Api {

    private Api() {
    }

    static String registrant(String name, String org) {
        return TestTokens.user(name, org, "data-registrant");
    }

    static String reviewer(String name, String org) {
        return TestTokens.user(name, org, "security-reviewer");
    }

    static String admin(String name, String org) {
        return TestTokens.user(name, org, "security-admin");
    }

    static String auditor(String name, String org) {
        return TestTokens.user(name, org, "auditor");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static Map<String, Object> asset(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Customer metering extract");
        body.put("type", "DATASET");
        body.put("ownerDepartment", "Marketing");
        body.put("ownerContact", "ops@example.com");
        body.put("energyActivity", "CONSUMPTION");
        body.put("system", "CIS");
        body.put("storageLocation", "dc1/db/cis");
        body.put("storageRegions", List.of("Jiangsu"));
        body.put("format", "PostgreSQL table");
        body.put("volume", Map.of("bytes", 1000, "records", 1000, "distinctPersons", 900));
        body.put("provinces", List.of("Jiangsu"));
        body.put("purpose", "billing");
        return body;
    }

    /** An asset body with every filing field (asset() lacks securityMeasures). */
    static Map<String, Object> fileable(String name) {
        Map<String, Object> body = asset(name);
        body.put("securityMeasures", "SM4 at rest, named-user access");
        return body;
    }

    /** Gives the organisation a valid profile (the catalogue's header), as its security-admin. */
    static void profile(String adminToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", "测试电力有限公司");
        body.put("uscc", "91320500MA1W7K2DXD");
        body.put("sector", "POWER_GENERATION");
        body.put("province", "江苏");
        body.put("filingAuthority", "国家能源局江苏监管办公室");
        body.put("ciio", false);
        body.put("dataSecurityOfficer", "Wang Fang");
        body.put("dataSecurityBody", "数据安全领导小组");
        as(adminToken).body(body).put("/api/organisation/profile").then().statusCode(200);
    }

    /** Registers, grades from the descriptor and has the reviewer confirm the grade. */
    static String reviewed(String registrant, String reviewer, Map<String, Object> body) {
        String id = register(registrant, body);
        gradeDescriptor(registrant, id).statusCode(200);
        review(reviewer, id, "CONFIRM", null, version(reviewer, id)).statusCode(200);
        return id;
    }

    static String register(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/assets").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse gradeDescriptor(String token, String id) {
        return as(token).post("/api/assets/" + id + "/grading").then();
    }

    static ValidatableResponse get(String token, String id) {
        return as(token).get("/api/assets/" + id).then();
    }

    static long version(String token, String id) {
        return ((Number) get(token, id).statusCode(200).extract().path("asset.version")).longValue();
    }

    static ValidatableResponse review(String token, String id, String decision, String level, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("level", level);
        body.put("justification", "checked against the rule pack");
        body.put("version", version);
        return as(token).body(body).post("/api/assets/" + id + "/reviews").then();
    }
}

package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The identity chain on the real stack: Keycloak tokens → each service → the caller's org and roles. */
@ExtendWith(StackExtension.class)
class IdentitySystemTest {

    private static StackConfig config;

    @BeforeAll
    static void stack(Stack stack) {
        config = stack.config();
    }

    static List<String> services() {
        return List.of(config.classifierUrl(), config.catalogUrl(), config.policyUrl());
    }

    @ParameterizedTest
    @MethodSource("services")
    void userTokenShowsOrgAndRoles(String service) {
        Map<String, List<String>> expected = Map.of(
                "alice", List.of("east-grid", "data-registrant"),
                "bob", List.of("east-grid", "security-reviewer"),
                "carol", List.of("east-grid", "security-admin"),
                "dave", List.of("east-grid", "auditor"),
                "erin", List.of("north-oil", "data-registrant"),
                "frank", List.of("north-oil", "security-reviewer"));
        expected.forEach((user, orgAndRole) ->
                given().auth().oauth2(Tokens.user(config, user))
                        .get(service + "/api/me")
                        .then().statusCode(200)
                        .body("username", equalTo(user))
                        .body("organisation", equalTo(orgAndRole.get(0)))
                        .body("roles", contains(orgAndRole.get(1)))
                        .body("serviceAccount", equalTo(false)));
    }

    @Test
    void aServiceAccountsTokenIsAcceptedOnlyByTheServicesItsClientCalls() {
        // Issue 17: audience mappers put into each client's tokens the services it may call.
        Map<String, String> calls = Map.of("catalog-service", config.classifierUrl(),
                "policy-service", config.catalogUrl());
        calls.forEach((client, callee) -> {
            String token = Tokens.service(config, client);
            given().auth().oauth2(token)
                    .get(callee + "/api/me")
                    .then().statusCode(200)
                    .body("username", equalTo("service-account-" + client))
                    .body("serviceAccount", equalTo(true))
                    .body("clientId", equalTo(client))
                    .body("organisation", nullValue())
                    .body("roles", contains("internal-service"));
            for (String other : services()) {
                if (!other.equals(callee)) {
                    given().auth().oauth2(token).get(other + "/api/me").then().statusCode(401)
                            .contentType("application/problem+json");
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("services")
    void anIdTokenIsNotAnAccessToken(String service) {
        String idToken = given().formParam("grant_type", "password").formParam("client_id", "energy-cli")
                .formParam("username", "alice").formParam("password", "alice").formParam("scope", "openid")
                .post(config.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("id_token");
        given().auth().oauth2(idToken).get(service + "/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("services")
    void noTokenIs401Problem(String service) {
        given().get(service + "/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @MethodSource("services")
    void tokenOfAnotherIssuerIs401(String service) {
        given().auth().oauth2(Tokens.masterRealmAdmin(config))
                .get(service + "/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("services")
    void tokenSignedByAnotherKeyIs401(String service) throws JOSEException {
        given().auth().oauth2(forgedToken())
                .get(service + "/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndOpenApiOnThePublicOne() {
        for (String module : List.of(Stack.CLASSIFIER, Stack.CATALOG, Stack.POLICY, Stack.CONSOLE)) {
            String management = config.managementUrl(module);
            given().get(management + "/q/health/live").then().statusCode(200);
            given().get(management + "/q/health/ready").then().statusCode(200);
            given().get(management + "/q/health/started").then().statusCode(200);
        }
        // The three services export Prometheus metrics; the console has none to export.
        for (String module : List.of(Stack.CLASSIFIER, Stack.CATALOG, Stack.POLICY)) {
            given().get(config.managementUrl(module) + "/q/metrics").then().statusCode(200);
        }
        for (String service : services()) {
            // Issue 17: the public port (the one an Ingress routes) serves neither health nor metrics.
            given().get(service + "/q/metrics").then().statusCode(404);
            given().get(service + "/q/health/ready").then().statusCode(404);
            given().get(service + "/q/openapi").then().statusCode(200).body(containsString("/api/me"));
        }
        // The services with a database report it in readiness.
        for (String module : List.of(Stack.CATALOG, Stack.POLICY)) {
            given().get(config.managementUrl(module) + "/q/health/ready")
                    .then().body(containsString("Database connections health check"));
        }
    }

    /** Claims exactly like alice's, with the right issuer, but signed by a key Keycloak never issued. */
    private static String forgedToken() throws JOSEException {
        RSAKey rogue = new RSAKeyGenerator(2048).keyID("rogue").generate();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(config.issuer())
                .subject("alice")
                .claim("preferred_username", "alice")
                .claim("org", "east-grid")
                .claim("realm_access", Map.of("roles", List.of("security-admin")))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rogue.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(rogue));
        return jwt.serialize();
    }
}

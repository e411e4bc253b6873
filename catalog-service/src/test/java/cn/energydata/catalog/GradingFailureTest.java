package cn.energydata.catalog;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 15 item 1: an upload the classifier refuses (415, 422) leaves its asset visibly failed, listed by a filter,
 * with retry and retire working; the level filter has UNGRADED.
 */
@QuarkusTest
class GradingFailureTest {

    private static ValidatableResponse upload(String token, String id, String content) {
        return given().auth().oauth2(token).multiPart("file", "scan.bin", content.getBytes(), "application/octet-stream")
                .post("/api/assets/" + id + "/content").then();
    }

    @Test
    void aRefusedUploadLeavesTheAssetVisiblyFailedAndARetryClearsIt() {
        String org = "failure-org-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        String failed = register(alice, asset("Refused scan"));
        String unsupported = register(alice, asset("Unsupported scan"));
        String fine = register(alice, asset("Readable scan"));
        StubMapping refuse = ClassifierStub.refuse("[UNREADABLE]", 422);
        StubMapping unsupportedType = ClassifierStub.refuse("[UNSUPPORTED]", 415);
        try {
            upload(alice, failed, "[UNREADABLE] garbage").statusCode(422)
                    .body("type", equalTo("urn:energy-data:problem:classifier-rejected"));
            upload(alice, unsupported, "[UNSUPPORTED] bytes").statusCode(422);
        } finally {
            ClassifierStub.remove(refuse);
            ClassifierStub.remove(unsupportedType);
        }
        upload(alice, fine, "a plain [IMPORTANT] text").statusCode(200);

        Api.get(alice, failed).statusCode(200)
                .body("asset.status", equalTo("REGISTERED"))
                .body("asset.level", nullValue())
                .body("asset.gradingFailure.reason", equalTo("CLASSIFIER_REJECTED"))
                .body("asset.gradingFailure.at", notNullValue());
        as(alice).get("/api/assets?gradingFailed=true").then().statusCode(200)
                .body("items.id", containsInAnyOrder(failed, unsupported));
        as(alice).get("/api/assets?level=UNGRADED").then().statusCode(200)
                .body("items.id", containsInAnyOrder(failed, unsupported));
        as(alice).get("/api/assets?level=IMPORTANT").then().body("items.id", contains(fine));
        as(alice).get("/api/assets?level=ungraded").then().statusCode(400).body("errors[0].field", equalTo("level"));
        as(alice).get("/api/audit/records?assetId=" + failed).then().statusCode(403);
        as(Api.auditor("aud", org)).get("/api/audit/records?assetId=" + failed).then()
                .body("items[0].action", equalTo("GRADING_REJECTED"))
                .body("items[0].summary", equalTo("classifierStatus=422; contentSha256="
                        + cn.energydata.common.hash.Sha256.hex("[UNREADABLE] garbage")));

        // Retry: a readable upload grades the asset and clears the failure.
        upload(alice, failed, "now a readable [IMPORTANT] text").statusCode(200)
                .body("level", equalTo("IMPORTANT")).body("gradingFailure", nullValue());
        as(alice).get("/api/assets?gradingFailed=true").then().body("items.id", contains(unsupported));

        // Retire: the failed asset is retired as any other.
        as(alice).body(Map.of("reason", "wrong file type, not needed")).post("/api/assets/" + unsupported + "/retirement")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        as(alice).get("/api/assets?gradingFailed=true").then().body("items", empty());
        as(alice).get("/api/assets/statistics").then().body("byLevel.UNGRADED", equalTo(null));
    }

    @Test
    void aRefusedDescriptorIsAVisibleFailureToo() {
        String alice = registrant("alice", "failure-descriptor-org");
        String id = register(alice, asset("[UNREADABLE] descriptor"));
        StubMapping refuse = ClassifierStub.refuse("[UNREADABLE]", 422);
        try {
            Api.gradeDescriptor(alice, id).statusCode(422);
        } finally {
            ClassifierStub.remove(refuse);
        }
        Api.get(alice, id).body("asset.gradingFailure.reason", equalTo("CLASSIFIER_REJECTED"));
        as(alice).get("/api/assets?gradingFailed=true&level=UNGRADED").then()
                .body("items.id", hasItem(id)).body("items.gradingFailure.reason", hasItem("CLASSIFIER_REJECTED"));
    }
}

package cn.energydata.console;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for catalog-service, policy-service, discovery-service and classifier-service (one WireMock server,
 * their paths do not overlap), answering
 * with the JSON shapes of their real API records. Tests reset it and stub what they need.
 */
public class BackendStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    public static final String ASSET_ID = "4b0c2a9e-1111-4c3b-9a53-0a6d2b8b1c01";

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.rest-client.policy.url", server.baseUrl(),
                "quarkus.rest-client.discovery.url", server.baseUrl(),
                "quarkus.rest-client.classifier.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static void reset() {
        server.resetAll();
    }

    static void json(MappingBuilder request, int status, String body) {
        server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static void problem(MappingBuilder request, int status, String slug, String title, String detail) {
        server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"urn:energy-data:problem:%s","title":"%s","status":%d,"detail":"%s","instance":"/x"}
                        """.formatted(slug, title, status, detail))));
    }

    /** Connection reset: the console must say "service unavailable". */
    static void down(String pathRegex) {
        server.stubFor(any(urlPathMatching(pathRegex))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The stubs every page of a normal day needs. */
    static void standard() {
        json(get(urlPathEqualTo("/api/assets/statistics")), 200, STATISTICS);
        json(get(urlPathEqualTo("/api/assets")), 200, SEARCH);
        json(get(urlPathEqualTo("/api/review-queue")), 200, QUEUE);
        json(get(urlPathEqualTo("/api/assets/" + ASSET_ID)), 200, DETAIL);
        json(get(urlPathMatching("/api/controls/.*")), 200, CONTROLS);
        json(get(urlPathEqualTo("/api/obligations")), 200, OBLIGATIONS);
        json(get(urlPathEqualTo("/api/approvals")), 200, APPROVALS);
        json(get(urlPathEqualTo("/api/assessments")), 200, ASSESSMENTS);
        json(get(urlPathEqualTo("/api/exports")), 200, EXPORTS);
        json(get(urlPathEqualTo("/api/audit/verify")), 200, VERIFY);
        json(get(urlPathEqualTo("/api/decisions")), 200, DECISIONS);
        json(get(urlPathEqualTo("/api/organisation/profile")), 200, PROFILE);
        json(get(urlPathEqualTo("/api/cross-border-ledger")), 200, LEDGER);
        json(get(urlPathEqualTo("/api/cross-border-ledger/verify")), 200, LEDGER_VERIFY);
        json(get(urlPathEqualTo("/api/policies")), 200, POLICIES);
        json(get(urlPathEqualTo("/api/exports/refiling-due")), 200, REFILING_DUE);
        json(get(urlPathEqualTo("/api/incidents")), 200, INCIDENTS);
        json(get(urlPathEqualTo("/api/rules")), 200, RULES);
    }

    /** classifier-service's glossary (GET /api/rules): names and definitions in both languages. */
    static final String RULES = """
            {"version":"2026.11.1","hash":"sha256:1","packs":[],"rules":[],"thresholds":[],
             "categories":[{"id":"energy.power-monitoring","name":"Power monitoring","nameZh":"电力监控",
               "definition":"Configuration and data of power monitoring systems (SCADA, substation automation).",
               "definitionZh":"电力监控系统（SCADA、变电站自动化）的配置和数据。","level":"IMPORTANT","flags":[],
               "pack":"energy","source":"NDSMR"},
              {"id":"energy.dispatch-plan","name":"Dispatch plan","nameZh":"调度计划","definition":"Plans of the dispatch centre.",
               "definitionZh":"调度中心的计划。","level":"IMPORTANT","flags":[],"pack":"energy","source":"NDSMR"}]}
            """;

    static final String ASSET = """
            {"id":"%s","organisation":"east-grid","name":"Substation EAST-220 configuration","description":"SCD file",
             "type":"FILE","ownerDepartment":"Dispatch centre","ownerContact":"dispatch@east-grid.example",
             "energyActivity":"PRODUCTION","system":"EMS","storageLocation":null,"storageRegions":[],"format":null,
             "volume":{"bytes":null,"records":null,"distinctPersons":null},"provinces":["Jiangsu"],"purpose":null,
             "shared":false,"sharingDetails":null,"crossBorder":false,"securityMeasures":null,"status":"PROPOSED",
             "level":"IMPORTANT","categories":["energy.power-monitoring"],"needsReview":false,
             "extractionStatus":"COMPLETE","content":{"sha256":"abc123","contentType":"application/xml","sizeBytes":512},
             "rulePackVersion":"2026.11.1","gradingPending":false,"regradeDue":false,"awaitingReview":true,
             "lineageException":null,"registeredBy":"alice","registeredAt":"2026-11-28T10:00:00Z","updatedBy":"alice",
             "updatedAt":"2026-11-28T10:05:00Z","retiredAt":null,"retireReason":null,"version":3}
            """.formatted(ASSET_ID);

    /** An asset a reviewer confirmed as CORE; a re-grade proposes IMPORTANT and frank's downgrade awaits a second review. */
    static final String DETAIL_WITH_PROPOSAL_AND_SECOND_REVIEW = """
            {"asset":%s,"gradings":[],"reviews":[{"id":7,"decision":"OVERRIDE","fromLevel":"CORE","toLevel":"GENERAL",
               "categories":[],"justification":"Only a test bay","state":"AWAITING_SECOND_REVIEW","revisionId":null,
               "reviewer":"frank","decidedAt":"2026-11-28T12:00:00Z"}],
             "lineage":{"sources":[{"assetId":"5c1d2a9e-1111-4c3b-9a53-0a6d2b8b1c09","name":"Grid model","level":"CORE",
               "method":"EXTRACT"}],"derived":[],"floor":"CORE"},
             "openProposal":{"revisionId":44,"currentLevel":"CORE","proposedLevel":"IMPORTANT",
               "addedCategories":["energy.dispatch-plan"],"removedCategories":["energy.grid-topology"],
               "currentRulePackVersion":"2026.11.1","proposedRulePackVersion":"2026.12.0","trigger":"RULE_PACK_CHANGE",
               "gradedAt":"2026-11-28T13:00:00Z"},
             "awaitingSecondReview":{"id":7,"decision":"OVERRIDE","fromLevel":"CORE","toLevel":"GENERAL",
               "justification":"Only a test bay","state":"AWAITING_SECOND_REVIEW","reviewer":"frank",
               "decidedAt":"2026-11-28T12:00:00Z"}}
            """.formatted(ASSET.replace("\"status\":\"PROPOSED\"", "\"status\":\"CONFIRMED\"")
                    .replace("\"level\":\"IMPORTANT\"", "\"level\":\"CORE\""));

    static final String STATISTICS = """
            {"total":12,"byLevel":{"CORE":2,"IMPORTANT":4,"GENERAL":5,"UNGRADED":1},
             "byStatus":{"PROPOSED":6,"CONFIRMED":5,"REGISTERED":1},"byCategory":{"pi.mobile":3}}
            """;

    static final String SEARCH = """
            {"items":[%s],"page":0,"size":20,"total":1,"totalExact":true}
            """.formatted(ASSET);

    static final String QUEUE = """
            {"items":[{"asset":%s,"reason":"IMPORTANT","proposal":null}],"page":0,"size":20,"total":7}
            """.formatted(ASSET);

    static final String DETAIL = """
            {"asset":%s,
             "gradings":[{"id":41,"level":"IMPORTANT","categories":["energy.power-monitoring"],"flags":[],
               "needsReview":false,"extractionStatus":"COMPLETE",
               "evidence":{"classifierLevel":"IMPORTANT","lineageFloor":null,
                 "reasons":[{"level":"IMPORTANT","source":"FORMAT","ref":"format.iec61850-scl",
                             "explanation":"IEC 61850 SCL substation configuration"}],
                 "categories":[{"id":"energy.power-monitoring","name":"Power monitoring","group":"ENERGY",
                   "sensitive":false,"minors":false,"level":"IMPORTANT","count":1,"distinctSubjects":null}],
                 "subjects":{"persons":0,"minors":0,"children":0},
                 "extraction":{"status":"COMPLETE","reason":null,"embeddedDocuments":0,"characters":420},
                 "findingCount":1,
                 "findings":[{"ruleId":"energy.scl-ip-address","ruleVersion":"1.0.0","category":"energy.power-monitoring",
                   "location":{"path":"station.scd","page":null,"sheet":null,"row":4,"column":null,"start":120,"end":131},
                   "maskedSnippet":"10.20.**.**","scoreAfter":0.9,"validatorResult":"VALID"}]},
               "rulePackVersion":"2026.11.1","rulePackHash":"sha256:1","contentSha256":"abc123",
               "contentType":"application/xml","contentSize":512,"source":"AUTOMATIC","trigger":"UPLOAD",
               "proposalStatus":null,"gradedAt":"2026-11-28T10:05:00Z","gradedBy":"alice"},
              {"id":42,"level":"IMPORTANT","categories":["energy.power-monitoring"],"flags":[],"needsReview":false,
               "extractionStatus":null,"evidence":null,"rulePackVersion":"2026.11.1","rulePackHash":null,
               "contentSha256":null,"contentType":null,"contentSize":null,"source":"REVIEWER","trigger":"REVIEW",
               "proposalStatus":null,"gradedAt":"2026-11-28T10:06:00Z","gradedBy":"frank"}],
             "reviews":[],
             "lineage":{"sources":[],"derived":[],"floor":null},
             "openProposal":null,"awaitingSecondReview":null}
            """.formatted(ASSET);

    static final String CONTROLS = """
            {"level":"CORE","assumptions":"Computed from the loaded policies",
             "rows":[{"action":"DOWNLOAD",
               "withoutAssessments":{"effect":"APPROVAL_REQUIRED","summary":"Needs approval with dual control",
                 "obligations":{"dualControl":true},"policyIds":["core.download"],"sources":["NDSMR art. 30"]},
               "withAllAssessments":{"effect":"APPROVAL_REQUIRED","summary":"Needs approval with dual control",
                 "obligations":{"dualControl":true},"policyIds":["core.download"],"sources":["NDSMR art. 30"]}},
              {"action":"TRANSFER_CROSS_BORDER",
               "withoutAssessments":{"effect":"DENY","summary":"Core data never leaves the country",
                 "obligations":{},"policyIds":["core.cross-border"],"sources":["Measures"]},
               "withAllAssessments":{"effect":"DENY","summary":"Core data never leaves the country",
                 "obligations":{},"policyIds":["core.cross-border"],"sources":["Measures"]}}]}
            """;

    /** policy ObligationService: statuses of every kind, and the catalog's inventory it derived them from. */
    static final String OBLIGATIONS = """
            {"organisation":"east-grid","asOf":"2026-11-28","levelsSeen":["IMPORTANT"],"holdsImportantOrCore":true,
             "holdsMinorsPersonalInformation":true,"importantDataProcessorByPersonalInformationScale":false,
             "inventory":{"known":true,"assets":12,"assetsWithMinors":3,"persons":1250000,"sensitivePersons":40000,
                          "minors":5200,"children":800},
             "items":[{"obligation":"ANNUAL_RISK_ASSESSMENT","source":"Measures; NDSMR art. 33","due":"2026-11-28",
                       "status":"NONE_ON_FILE","derived":true,"basis":"IMPORTANT data seen"},
                      {"obligation":"IMPORTANT_DATA_CATALOGUE_FILING","source":"Measures","status":"UNKNOWN",
                       "derived":false,"note":"catalog-service computes re-filing"},
                      {"obligation":"DATA_SECURITY_OFFICER_AND_BODY","source":"NDSMR art. 30; DSL art. 27",
                       "status":"MISSING","derived":true,"basis":"the organisation holds important or core data"},
                      {"obligation":"MINORS_PI_COMPLIANCE_AUDIT","source":"Regulations on the Protection of Minors Online art. 37",
                       "due":"2027-01-31","status":"UPCOMING","derived":true,"basis":"3 asset(s) hold minors' PI"},
                      {"obligation":"INCIDENT_INITIAL_REPORT","source":"Measures for the reporting of national cybersecurity incidents art. 4",
                       "due":"2026-11-28","status":"OVERDUE","derived":true,"basis":"incident i1 (LARGER)"}]}
            """;

    /** The catalog could not be read: the duties derived from the inventory are unknown, never "none". */
    static final String OBLIGATIONS_INVENTORY_UNKNOWN = """
            {"organisation":"east-grid","asOf":"2026-11-28","levelsSeen":[],"holdsImportantOrCore":false,
             "holdsMinorsPersonalInformation":null,"importantDataProcessorByPersonalInformationScale":null,
             "inventory":{"known":false,"problem":"catalog-service unavailable"},
             "items":[{"obligation":"IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE","source":"NDSMR art. 28",
                       "status":"UNKNOWN","derived":false,"note":"catalog-service unavailable"},
                      {"obligation":"MINORS_PI_COMPLIANCE_AUDIT","source":"Regulations on the Protection of Minors Online art. 37",
                       "due":"2027-01-31","status":"UNKNOWN","derived":false,"note":"catalog-service unavailable"},
                      {"obligation":"IMPORTANT_DATA_REORGANISATION_REPORT","source":"NDSMR art. 32","status":"ON_EVENT",
                       "derived":true},
                      {"obligation":"DATA_SECURITY_OFFICER_AND_BODY","source":"NDSMR art. 30","status":"MET","derived":true}]}
            """;

    static final String APPROVAL_ID = "9d7f3c1e-2222-4c3b-9a53-0a6d2b8b1c02";

    static final String APPROVALS = """
            {"page":0,"size":20,"total":1,"items":[{"id":"%s","status":"PENDING","usable":false,
              "createdAt":"2026-11-28T11:00:00Z","requester":"alice","assetId":"%s","effectiveLevel":"IMPORTANT",
              "action":"TRANSFER_CROSS_BORDER","destination":"CROSS_BORDER","country":"DE","purpose":"joint research",
              "bulk":false,"decisionId":"d1","policyIds":["important.cross-border"],"approvalsRequired":1}]}
            """.formatted(APPROVAL_ID, ASSET_ID);

    static final String ASSESSMENTS = """
            [{"id":"a1","organisation":"east-grid","type":"ANNUAL_RISK","reference":"EG-RA-2026","scope":"whole",
              "assetIds":[],"validFrom":"2026-01-01","validUntil":"2026-12-31","validToday":true,
              "recordedBy":"carol","recordedAt":"2026-01-02T09:00:00Z"}]
            """;

    static final String EXPORT_ID = "7e3f1a2b-4444-4c3b-9a53-0a6d2b8b1c04";
    static final String OLD_EXPORT_ID = "7e3f1a2b-5555-4c3b-9a53-0a6d2b8b1c05";

    /** Newest first: an export kept with its catalogue, and one made before the catalog kept them (V4). */
    static final String EXPORTS = """
            [{"id":"%s","format":"csv","entries":4,"refiling":1,"exportedBy":"carol","exportedAt":"2026-11-01T09:00:00Z",
              "filed":3,"incomplete":1,"defiling":2,"downloadable":true},
             {"id":"%s","format":"json","entries":2,"refiling":0,"exportedBy":"carol","exportedAt":"2026-05-01T09:00:00Z",
              "filed":0,"incomplete":0,"defiling":0,"downloadable":false}]
            """.formatted(EXPORT_ID, OLD_EXPORT_ID);

    /** catalog ExportService.RefilingDue, earliest due first: an overdue de-filing and a re-filing still ahead. */
    static final String REFILING_DUE = """
            [{"assetId":"%s","name":"Retired load forecast","level":"IMPORTANT","filedLevel":"IMPORTANT",
              "status":"RETIRED","filing":"DEFILING","reason":"retired: ERASED","changedAt":"2000-01-03T02:00:00Z",
              "dueBy":"2000-04-03","overdue":true},
             {"assetId":"%s","name":"Substation EAST-220 configuration","level":"CORE","filedLevel":"IMPORTANT",
              "status":"CONFIRMED","filing":"REFILING_REQUIRED","reason":"level IMPORTANT → CORE",
              "changedAt":"2026-11-20T02:00:00Z","dueBy":"2999-02-20","overdue":false}]
            """.formatted("5c1d2a9e-6666-4c3b-9a53-0a6d2b8b1c06", ASSET_ID);

    static final String VERIFY = """
            {"organisation":"east-grid","records":57,"valid":true,"brokenAtSeq":null,"problem":null}
            """;

    static final String DECISIONS = """
            {"page":0,"size":20,"total":1,"items":[{"decisionId":"d1","decidedAt":"2026-11-28T11:00:00Z",
              "requester":"alice","action":"TRANSFER_CROSS_BORDER","assetId":"%s","assetLevel":"IMPORTANT",
              "effectiveLevel":"IMPORTANT","effect":"DENY","policyIds":["important.cross-border.assessment"],
              "reasons":["Exporting important data needs a valid CAC security assessment on file"]}]}
            """.formatted(ASSET_ID);

    // ---- issue 13: organisation profile, flags and secrecy review, cross-border ledger, exemptions

    /** east-grid's profile (catalog ProfileView): a CIIO holding important data without officer and body. */
    static final String PROFILE = """
            {"organisation":"east-grid","legalName":"华东电网有限公司 (demo)","uscc":"91310000MA1FL0X0XQ",
             "sector":"POWER_GRID","province":"上海","filingAuthority":"国家能源局华东监管局","ciio":true,
             "dataSecurityOfficer":null,"dataSecurityBody":null,"updatedAt":"2026-11-29T10:00:00Z","updatedBy":"seed",
             "holdsImportantData":true,"missingFields":["dataSecurityOfficer","dataSecurityBody"]}
            """;

    /** city-solar's profile: not a CIIO, nothing missing. */
    static final String PROFILE_NOT_CIIO = """
            {"organisation":"city-solar","legalName":"城市光伏 (demo)","uscc":"91320100MA1XYZ0000",
             "sector":"NEW_ENERGY","province":"江苏","filingAuthority":"江苏能源监管办","ciio":false,
             "dataSecurityOfficer":"Wang Li","dataSecurityBody":"Data security committee",
             "updatedAt":"2026-11-29T10:00:00Z","updatedBy":"erin","holdsImportantData":false,"missingFields":[]}
            """;

    static final String SECRET_ID = "4b0c2a9e-3333-4c3b-9a53-0a6d2b8b1c03";

    /** An asset flagged by the classifier (every flag), not cleared; evidence of an encrypted archive entry. */
    static final String DETAIL_SECRET = """
            {"asset":%s,
             "gradings":[{"id":51,"level":"CORE","categories":["energy.strategic-reserve"],
               "flags":["POSSIBLE_STATE_SECRET","NEEDS_REVIEW"],"needsReview":true,"extractionStatus":"ENCRYPTED",
               "evidence":{"classifierLevel":"CORE","levelBasis":"PARTIAL","lineageFloor":null,
                 "reasons":[{"level":"CORE","source":"EXTRACTION","ref":"extraction.encrypted",
                             "explanation":"An entry could not be read"}],
                 "categories":[],"subjects":{"persons":0,"minors":0,"children":0},
                 "extraction":{"status":"ENCRYPTED","reason":"entry reserves/2026.xlsx is password-protected",
                               "embeddedDocuments":2,"characters":1200},
                 "findingCount":0,"findings":[]},
               "rulePackVersion":"2026.12.1","rulePackHash":"sha256:2","contentSha256":"def456",
               "contentType":"application/zip","contentSize":2048,"source":"AUTOMATIC","trigger":"UPLOAD",
               "proposalStatus":null,"gradedAt":"2026-11-29T09:00:00Z","gradedBy":"alice"}],
             "reviews":[],"lineage":{"sources":[],"derived":[],"floor":null},
             "openProposal":null,"awaitingSecondReview":null}
            """.formatted(ASSET.replace(ASSET_ID, SECRET_ID)
                    .replace("\"version\":3}", "\"version\":5,"
                            + "\"flags\":[\"POSSIBLE_STATE_SECRET\",\"OUT_OF_SCOPE\",\"NEEDS_REVIEW\",\"PRODUCTION_CONTROL_ZONE\"],"
                            + "\"secrecyReview\":null}"));

    /** The same asset once a security-admin recorded the secrecy review's clearance. */
    static final String DETAIL_SECRET_CLEARED = DETAIL_SECRET.replace("\"secrecyReview\":null",
            "\"secrecyReview\":{\"cleared\":true,\"reference\":\"BM-2026-014\","
                    + "\"justification\":\"Secrecy office: not a state secret\",\"by\":\"carol\","
                    + "\"at\":\"2026-11-29T10:00:00Z\"}");

    /** 2026 of east-grid's ledger: exactly 100 000 persons (the contract threshold, 以上 includes it). */
    static final String LEDGER = """
            {"organisation":"east-grid","year":2026,"persons":100000,"sensitivePersons":2500,"page":0,"size":20,
             "total":2,"items":[
              {"seq":1,"at":"2026-03-01T08:00:00Z","decisionId":"d21","assetId":"%s","action":"TRANSFER_CROSS_BORDER",
               "country":"DE","requester":"alice","persons":60000,"sensitivePersons":0,"approvalId":"ap1",
               "hash":"h1"},
              {"seq":2,"at":"2026-06-01T08:00:00Z","decisionId":"d22","assetId":"%s","action":"PROVIDE_TO_ENTITY",
               "country":"SG","requester":"dave","persons":40000,"sensitivePersons":2500,
               "exemptionType":"CROSS_BORDER_HR","hash":"h2"}]}
            """.formatted(ASSET_ID, ASSET_ID);

    static final String LEDGER_VERIFY = """
            {"organisation":"east-grid","records":2,"valid":true,"brokenAtSeq":null,"problem":null}
            """;

    /** The cumulative thresholds of policy-service's cross-border.yaml (as GET /api/policies shows them). */
    static final String POLICIES = """
            [{"id":"general.cross-border.pi-assessment","version":2,"priority":300,
              "description":"Export of personal information of ≥ 1 million people since 1 January needs a CAC security assessment.",
              "source":"PIPL art. 40; Provisions art. 7(2)","effect":"DENY","reason":"…",
              "match":{"levels":["GENERAL"],"destinations":["CROSS_BORDER"],"categories":["PERSONAL_INFORMATION"],
                       "ciio":false,"exemptionClaimed":false,"minCumulativePersons":1000000,
                       "missingAssessment":"CAC_CROSS_BORDER"},"file":"cross-border.yaml"},
             {"id":"general.cross-border.pi-contract","version":2,"priority":200,
              "description":"Export of personal information of ≥ 100 000 people since 1 January needs a standard contract or certification.",
              "source":"PIPL art. 38; Provisions art. 8","effect":"APPROVAL_REQUIRED","reason":"…",
              "match":{"levels":["GENERAL"],"destinations":["CROSS_BORDER"],"categories":["PERSONAL_INFORMATION"],
                       "ciio":false,"exemptionClaimed":false,"minCumulativePersons":100000},
              "obligations":{"contract":true},"file":"cross-border.yaml"},
             {"id":"general.cross-border.sensitive-pi-assessment","version":2,"priority":300,
              "description":"Export of sensitive personal information of ≥ 10 000 people since 1 January needs a CAC security assessment.",
              "source":"PIPL art. 40; Provisions art. 7(2)","effect":"DENY","reason":"…",
              "match":{"destinations":["CROSS_BORDER"],"categories":["SENSITIVE_PERSONAL_INFORMATION"],"ciio":false,
                       "minCumulativeSensitivePersons":10000,"missingAssessment":"CAC_CROSS_BORDER"},
              "file":"cross-border.yaml"},
             {"id":"core.view","version":1,"priority":100,"description":"Core data may be viewed","source":"NDSMR",
              "effect":"PERMIT","reason":"…","match":{"levels":["CORE"],"actions":["VIEW"]},"file":"core.yaml"}]
            """;

    /** A pending approval whose requester claimed an art. 5 exemption. */
    static final String APPROVALS_WITH_EXEMPTION = APPROVALS.replace("\"approvalsRequired\":1",
            "\"approvalsRequired\":1,\"exemptionType\":\"CROSS_BORDER_HR\","
                    + "\"exemptionReason\":\"payroll of staff seconded to Hamburg\"");

    /** A DENY of a possible state secret with the secrecy obligation, and a decision with a claimed exemption. */
    static final String DECISIONS_ISSUE_13 = """
            {"page":0,"size":20,"total":2,"items":[
              {"decisionId":"d31","decidedAt":"2026-11-29T11:00:00Z","requester":"alice","action":"DOWNLOAD",
               "assetId":"%s","assetLevel":"CORE","effectiveLevel":"CORE","effect":"DENY",
               "obligations":{"secrecyProcess":true},"policyIds":["secrecy.possible-state-secret"],
               "reasons":["The asset may be a state secret: route the request to the secrecy process"]},
              {"decisionId":"d32","decidedAt":"2026-11-29T12:00:00Z","requester":"dave","action":"TRANSFER_CROSS_BORDER",
               "assetId":"%s","assetLevel":"GENERAL","effectiveLevel":"GENERAL","effect":"APPROVAL_REQUIRED",
               "obligations":{"recordKeepingYears":3,"separateConsent":true},"policyIds":["pi.cross-border.exemption-claimed"],
               "reasons":["An art. 5 exemption is claimed"],
               "exemption":{"type":"EMERGENCY","reason":"evacuation of an injured engineer"}}]}
            """.formatted(SECRET_ID, ASSET_ID);

    // ---- issue 13 items 7 and 8: filing fields, incidents

    static final String FILING_ID = "4b0c2a9e-7777-4c3b-9a53-0a6d2b8b1c07";

    /** A reviewed IMPORTANT asset of east-grid lacking filing fields, with a change whose re-filing is overdue. */
    static final String DETAIL_FILING = DETAIL.replace(ASSET_ID, FILING_ID)
            .replace("\"status\":\"PROPOSED\"", "\"status\":\"CONFIRMED\"")
            .replace("\"storageRegions\":[]", "\"storageRegions\":[\"Shanghai\"]")
            .replace("\"version\":3}", "\"version\":8,\"flags\":[],\"secrecyReview\":null,"
                    + "\"missingFilingFields\":[\"format\",\"storageLocation\",\"volume\",\"volume.distinctPersons\","
                    + "\"purpose\",\"securityMeasures\"],"
                    + "\"refilingDueBy\":\"2000-03-01\",\"refilingReason\":\"categories changed\"}");

    /** The same asset once complete: no missing field, a re-filing due in the future. */
    static final String DETAIL_FILED = DETAIL_FILING.replace("\"missingFilingFields\":[\"format\",\"storageLocation\","
                    + "\"volume\",\"volume.distinctPersons\",\"purpose\",\"securityMeasures\"]", "\"missingFilingFields\":[]")
            .replace("\"refilingDueBy\":\"2000-03-01\"", "\"refilingDueBy\":\"2999-03-01\"");

    static final String INCIDENT_CIIO = "8a1b2c3d-8888-4c3b-9a53-0a6d2b8b1c08";
    static final String INCIDENT_LATE = "8a1b2c3d-9999-4c3b-9a53-0a6d2b8b1c09";
    static final String INCIDENT_MINOR = "8a1b2c3d-aaaa-4c3b-9a53-0a6d2b8b1c0a";

    /**
     * policy IncidentView, latest discovery first: a CIIO's leak raised to LARGER with its initial report overdue and
     * the final one due; an incident reported late then on time; a GENERAL incident that owes no report.
     */
    static final String INCIDENTS = """
            {"page":0,"size":20,"total":3,"items":[
              {"id":"%s","organisation":"east-grid","assetIds":["%s"],"declaredSeverity":"GENERAL","severity":"LARGER",
               "severityRaisedBy":["incident.severity.pi-leak-1m"],"personsAffected":1000000,
               "discoveredAt":"2026-11-29T08:00:00Z","description":"Customer list copied to a public bucket",
               "ciio":true,"ciioAssumption":null,
               "initialReport":{"required":true,"due":"2026-11-29T09:00:00Z","rule":"incident.initial-report.ciio",
                 "source":"Measures for the reporting of national cybersecurity incidents (CAC 2025) art. 4",
                 "recipient":"CII protection department and public security organ","status":"OVERDUE"},
               "finalReport":{"required":true,"due":"2026-12-29T08:00:00Z","rule":"incident.final-report",
                 "source":"Measures art. 6","recipient":"provincial cyberspace administration","status":"DUE"},
               "overdue":true,"recordedBy":"carol","recordedAt":"2026-11-29T08:30:00Z"},
              {"id":"%s","organisation":"east-grid","assetIds":[],"declaredSeverity":"MAJOR","severity":"MAJOR",
               "severityRaisedBy":[],"personsAffected":0,"discoveredAt":"2026-10-01T08:00:00Z",
               "description":"Ransomware in the billing system","ciio":true,
               "ciioAssumption":"no organisation profile: treated as a CIIO",
               "initialReport":{"required":true,"due":"2026-10-01T09:00:00Z","rule":"incident.initial-report.ciio",
                 "source":"Measures art. 4","recipient":"CII protection department","status":"REPORTED_LATE",
                 "report":{"reportedAt":"2026-10-01T10:30:00Z","reference":"GA-2026-77","recipient":"Shanghai PSB",
                           "recordedBy":"carol","recordedAt":"2026-10-01T10:31:00Z"}},
               "finalReport":{"required":true,"due":"2026-10-31T08:00:00Z","rule":"incident.final-report",
                 "source":"Measures art. 6","recipient":"provincial cyberspace administration","status":"REPORTED",
                 "report":{"reportedAt":"2026-10-20T08:00:00Z","reference":"CAC-SH-2026-12","recordedBy":"carol",
                           "recordedAt":"2026-10-20T08:01:00Z"}},
               "overdue":false,"recordedBy":"carol","recordedAt":"2026-10-01T08:10:00Z"},
              {"id":"%s","organisation":"east-grid","assetIds":[],"declaredSeverity":"GENERAL","severity":"GENERAL",
               "severityRaisedBy":[],"personsAffected":12,"discoveredAt":"2026-09-01T08:00:00Z",
               "description":"Phishing mail opened","ciio":false,"ciioAssumption":null,
               "initialReport":{"required":false,"status":"NOT_REQUIRED"},
               "finalReport":{"required":false,"status":"NOT_REQUIRED"},
               "overdue":false,"recordedBy":"carol","recordedAt":"2026-09-01T09:00:00Z"}]}
            """.formatted(INCIDENT_CIIO, ASSET_ID, INCIDENT_LATE, INCIDENT_MINOR);
}

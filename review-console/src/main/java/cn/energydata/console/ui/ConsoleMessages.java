package cn.energydata.console.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the interface up to issue 15 item 3, in English (the default locale); Chinese in messages/msg_zh.properties.
 * Templates use them as {@code {msg:key}}. Generated from one table by review-console/tools/messages.py, so both
 * languages always have the same keys. Do not edit: edit the script and run it.
 * tools/messages.py sha256: 3be0b0f66b734632c5fee9f86eecd996d043985f5695ec5a79c98893dc3e74f5
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("{#when level}{#is 'CORE'}Core{#is 'IMPORTANT'}Important{#is 'GENERAL'}General{#else}{level}{/when}")
    String level(String level);

    @Message("{#when status}{#is 'REGISTERED'}Registered{#is 'GRADING_PENDING'}Grading pending{#is 'PROPOSED'}Awaiting review{#is 'CONFIRMED'}Confirmed{#is 'OVERRIDDEN'}Changed by a reviewer{#is 'RETIRED'}Retired{#else}{status}{/when}")
    String status(String status);

    @Message("{#when reason}{#is 'SECOND_REVIEW'}Second review{#is 'PROPOSAL'}Re-grading proposal{#is 'CORE'}Core{#is 'IMPORTANT'}Important{#is 'UNCERTAIN'}Uncertain result{#is 'PROPOSED'}Proposed grade{#else}{reason}{/when}")
    String queue_reason(String reason);

    @Message("{#when effect}{#is 'PERMIT'}Permit{#is 'APPROVAL_REQUIRED'}Approval required{#is 'DENY'}Deny{#else}{effect}{/when}")
    String effect(String effect);

    @Message("{#when action}{#is 'VIEW'}View{#is 'DOWNLOAD'}Download{#is 'MODIFY'}Modify{#is 'SHARE_INTERNAL'}Share internally{#is 'PROVIDE_TO_ENTITY'}Provide to another entity{#is 'TRANSFER_CROSS_BORDER'}Cross-border transfer{#is 'PUBLISH'}Publish{#is 'DELETE'}Delete{#is 'MODEL_TRAINING'}Model training{#else}{action}{/when}")
    String action(String action);

    @Message("{#when status}{#is 'PENDING'}Pending{#is 'APPROVED'}Approved{#is 'REJECTED'}Rejected{#is 'CONSUMED'}Used{#else}{status}{/when}")
    String approval_status(String status);

    @Message("{#when type}{#is 'ANNUAL_RISK'}Annual risk assessment{#is 'CAC_CROSS_BORDER'}CAC cross-border security assessment{#is 'CROSS_ENTITY'}Cross-entity risk assessment{#is 'PUBLICATION'}Publication assessment{#is 'PI_IMPACT'}Personal information protection impact assessment (PIPL art. 55){#else}{type}{/when}")
    String assessment_type(String type);

    @Message("{#when type}{#is 'FILE'}File{#is 'DATASET'}Data set{#is 'TABLE'}Table{#is 'DATABASE'}Database{#is 'SYSTEM'}System{#is 'DOCUMENT_COLLECTION'}Document collection{#is 'STREAM'}Stream{#else}{type}{/when}")
    String asset_type(String type);

    @Message("{#when activity}{#is 'PLANNING'}Planning{#is 'DESIGN'}Design{#is 'CONSTRUCTION'}Construction{#is 'PRODUCTION'}Production{#is 'STORAGE_TRANSPORT'}Storage and transport{#is 'CONSUMPTION'}Consumption{#is 'RESEARCH_DEVELOPMENT'}Research and development{#is 'OUT_OF_SCOPE_CITY_GAS'}City gas (out of scope){#is 'OUT_OF_SCOPE_HEATING'}Heating (out of scope){#is 'OUT_OF_SCOPE_FILLING_STATION'}Filling station (out of scope){#is 'OUT_OF_SCOPE_OTHER'}Other (out of scope){#else}{activity}{/when}")
    String activity(String activity);

    @Message("{#when obligation}{#is 'ANNUAL_RISK_ASSESSMENT'}Annual risk assessment{#is 'MINORS_PI_COMPLIANCE_AUDIT'}Minors' personal information audit (by 31 January){#is 'IMPORTANT_DATA_CATALOGUE_FILING'}Important-data catalogue filing{#is 'DATA_SECURITY_OFFICER_AND_BODY'}Data-security officer and body{#is 'IMPORTANT_DATA_REORGANISATION_REPORT'}Disposal plan reported on a merger, division, dissolution or bankruptcy{#is 'IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE'}Important-data processor duties (personal information of 10 million people or more){#is 'INCIDENT_INITIAL_REPORT'}Incident: initial report{#is 'INCIDENT_FINAL_REPORT'}Incident: final report{#else}{obligation}{/when}")
    String obligation(String obligation);

    @Message("{#when notice}{#is 'registered'}The asset was registered.{#is 'graded'}The asset was registered or uploaded and graded.{#is 'pending'}The classifier is unavailable: grading will follow automatically.{#is 'reviewed'}Your review was recorded.{#is 'awaiting-second'}The core downgrade now awaits a second reviewer.{#is 'second-approved'}The downgrade was approved.{#is 'second-rejected'}The downgrade was rejected.{#is 'proposal-rejected'}The proposal was rejected; the grade stays.{#is 'approved'}The approval was recorded.{#is 'rejected'}The request was rejected.{#is 'assessment'}The assessment was recorded.{#is 'secrecy-cleared'}The secrecy review's clearance was recorded; the flag stays beside it.{#is 'profile-saved'}The organisation profile was saved.{#is 'filing-saved'}The filing fields were saved.{#is 'incident-recorded'}The incident was recorded with its report deadlines.{#is 'incident-reported'}The report was recorded.{#is 'retired'}The asset was retired; its history and audit trail stay.{#is 'source-saved'}The data source was saved.{#is 'scan-started'}The scan was started.{#is 'asset-saved'}The changes to the description and lineage were saved.{#else}{notice}{/when}")
    String notice(String notice);

    @Message("{#when flag}{#is 'POSSIBLE_STATE_SECRET'}Possible state secret{#is 'OUT_OF_SCOPE'}Out of scope{#is 'NEEDS_REVIEW'}Needs review{#is 'PRODUCTION_CONTROL_ZONE'}Production control zone{#else}{flag}{/when}")
    String flag(String flag);

    @Message("{#when flag}{#is 'POSSIBLE_STATE_SECRET'}Possibly a state secret: until the secrecy review clears it, every action but VIEW by its registrant and the organisation's reviewers and security-admins is denied and routed to the secrecy process.{#is 'OUT_OF_SCOPE'}Outside the energy data rules (other regulators): it stays graded and visible but is kept out of the NEA important-data catalogue.{#is 'NEEDS_REVIEW'}The classifier is not sure (content not fully read, or a borderline result): a reviewer must decide, and until then it is handled as core.{#is 'PRODUCTION_CONTROL_ZONE'}Power monitoring system data of production control zones I/II: it stays in the zone and crosses only through the isolation devices.{#else}{flag}{/when}")
    String flag_explained(String flag);

    @Message("{#when basis}{#is 'CONTENT'}Whole content{#is 'PARTIAL'}Part of the content{#is 'UNKNOWN'}Content unknown{#else}{basis}{/when}")
    String level_basis_label(String basis);

    @Message("{#when basis}{#is 'CONTENT'}graded on everything the document contains.{#is 'PARTIAL'}graded on the part that could be read; the rest is unknown.{#is 'UNKNOWN'}nothing of the content could be read: handled as core until a reviewer decides.{#else}{basis}{/when}")
    String level_basis_explained(String basis);

    @Message("{#when status}{#is 'COMPLETE'}Complete{#is 'TRUNCATED'}Truncated{#is 'PARTIAL'}Partial{#is 'ENCRYPTED'}Encrypted{#is 'UNREADABLE'}Unreadable{#is 'EMPTY'}Empty{#is 'UNSUPPORTED'}Unsupported{#else}{status}{/when}")
    String extraction_label(String status);

    @Message("{#when status}{#is 'COMPLETE'}everything was read.{#is 'TRUNCATED'}the size limit was reached; only the first part was read.{#is 'PARTIAL'}a parser stopped after some text; only that part was read.{#is 'ENCRYPTED'}the document, or an entry of an archive, is encrypted or password-protected.{#is 'UNREADABLE'}corrupt or malformed, or no text at all (an image, a scan).{#is 'EMPTY'}0 bytes, or white space only.{#is 'UNSUPPORTED'}binary content of a type no parser reads.{/when}")
    String extraction_explained(String status);

    @Message("{#when sector}{#is 'POWER_GRID'}Power grid{#is 'POWER_GENERATION'}Power generation{#is 'OIL_GAS'}Oil and gas{#is 'COAL'}Coal{#is 'NUCLEAR'}Nuclear{#is 'NEW_ENERGY'}New energy{#is 'OTHER'}Other{#else}{sector}{/when}")
    String sector(String sector);

    @Message("{#when field}{#is 'organisation'}Organisation{#is 'legalName'}Legal name{#is 'uscc'}Unified social credit code{#is 'sector'}Sector{#is 'province'}Province{#is 'filingAuthority'}Filing authority{#is 'ciio'}Critical-information-infrastructure operator{#is 'dataSecurityOfficer'}Data-security officer{#is 'dataSecurityBody'}Data-security body{#else}{field}{/when}")
    String org_field(String field);

    @Message("{#when type}{#is 'CONTRACT_WITH_INDIVIDUAL'}Contract with the individual (art. 5){#is 'CROSS_BORDER_HR'}Cross-border human-resources management (art. 5){#is 'EMERGENCY'}Emergency: a person's life, health or property (art. 5){#else}{type}{/when}")
    String exemption_type(String type);

    @Message("{#when name}{#is 'encryption'}Encryption{#is 'masking'}Masking{#is 'watermark'}Watermark{#is 'logging'}Logging{#is 'recordKeepingYears'}Records kept{#is 'contract'}Standard contract{#is 'erasure'}Erasure with certificate{#is 'dualControl'}Dual control{#is 'separateConsent'}Evidence of separate consent{#is 'secrecyProcess'}Route to the secrecy process (possible state secret){#else}{name}{/when}")
    String decision_obligation(String name);

    @Message("{#when status}{#is 'OVERDUE'}Overdue{#is 'DUE_SOON'}Due soon{#is 'UPCOMING'}Upcoming{#is 'NONE_ON_FILE'}None on file{#is 'MET'}Met{#is 'MISSING'}Missing{#is 'ON_EVENT'}When the event happens{#is 'UNKNOWN'}Unknown: the facts could not be read{#else}{status}{/when}")
    String obligation_status(String status);

    @Message("{#when field}{#is 'system'}System holding the data{#is 'format'}Carrier (form of the data){#is 'storageLocation'}Storage location{#is 'storageRegions'}Storage regions{#is 'provinces'}Coverage (provinces){#is 'volume'}Volume (records or bytes){#is 'volume.records'}Records{#is 'volume.bytes'}Bytes{#is 'volume.distinctPersons'}Number of people (personal information){#is 'purpose'}Purpose of processing{#is 'shared'}Shared outside the organisation{#is 'sharingDetails'}Sharing details{#is 'crossBorder'}Transferred abroad{#is 'securityMeasures'}Security measures{#is 'version'}Version{#else}{field}{/when}")
    String filing_field(String field);

    @Message("{#when filing}{#is 'NEW'}New filing{#is 'UNCHANGED'}Unchanged{#is 'REFILING_REQUIRED'}Re-filing{#is 'DEFILING'}De-filing{#is 'INCOMPLETE'}Incomplete, not filed{#else}{filing}{/when}")
    String filing_kind(String filing);

    @Message("{#when severity}{#is 'GENERAL'}General{#is 'LARGER'}Larger{#is 'MAJOR'}Major{#is 'ESPECIALLY_MAJOR'}Especially major{#else}{severity}{/when}")
    String severity(String severity);

    @Message("{#when status}{#is 'NOT_REQUIRED'}Not required{#is 'DUE'}Due{#is 'OVERDUE'}Overdue{#is 'REPORTED'}Reported{#is 'REPORTED_LATE'}Reported late{#else}{status}{/when}")
    String report_status(String status);

    @Message("{#when type}{#is 'INITIAL'}Initial report{#is 'FINAL'}Final report{#else}{type}{/when}")
    String report_type(String type);

    @Message("{#when name}{#is 'uscc'}18 characters (GB 32100); the catalog verifies the check character.{/when}")
    String org_hint(String name);

    @Message("{#when metric}{#is 'persons'}Persons ≥ {atLeast}{#is 'sensitivePersons'}Sensitive persons ≥ {atLeast}{#else}{metric}{/when}")
    String threshold_metric(String metric, Object atLeast);

    @Message("Energy data review console")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Assets")
    String nav_assets();

    @Message("Register an asset")
    String nav_register();

    @Message("Review queue")
    String nav_review();

    @Message("Security administration")
    String nav_admin();

    @Message("Audit")
    String nav_audit();

    @Message("Log out")
    String logout();

    @Message("Grades energy data as general, important or core (NEA data security measures).")
    String footer();

    @Message("Dashboard")
    String dashboard_title();

    @Message("Welcome, {name}.")
    String welcome(String name);

    @Message("Assets")
    String stats_heading();

    @Message("Assets per level")
    String stats_by_level();

    @Message("Assets per status")
    String stats_by_status();

    @Message("Level")
    String col_level();

    @Message("Count")
    String col_count();

    @Message("Status")
    String col_status();

    @Message("Ungraded")
    String level_none();

    @Message("Total")
    String total();

    @Message("Review queue")
    String queue_heading();

    @Message("waiting for review")
    String queue_waiting();

    @Message("Open the review queue")
    String queue_open();

    @Message("Obligations due")
    String obligations_heading();

    @Message("No obligations are due.")
    String obligations_none();

    @Message("Obligation")
    String col_obligation();

    @Message("Due")
    String col_due();

    @Message("Basis")
    String col_basis();

    @Message("Recent changes")
    String recent_heading();

    @Message("The important-data catalogue has not been exported yet.")
    String refiling_no_export();

    @Message("Latest catalogue export: {entries} entries, {refiling} need re-filing —")
    String refiling_last(Object entries, Object refiling);

    @Message("No assets.")
    String no_assets();

    @Message("Name")
    String col_name();

    @Message("Updated")
    String col_updated();

    @Message("Assets")
    String assets_title();

    @Message("Search")
    String filter_search();

    @Message("Any")
    String filter_any();

    @Message("Apply")
    String filter_apply();

    @Message("Assets found: {count}")
    String assets_found(Object count);

    @Message("Assets found: {count} or more")
    String assets_found_many(Object count);

    @Message("Categories")
    String col_categories();

    @Message("Owner")
    String col_owner();

    @Message("grading pending")
    String grading_pending();

    @Message("Pages")
    String pager_label();

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("Page {current} of {total}")
    String page_of(Object current, Object total);

    @Message("Register an asset")
    String register_title();

    @Message("Describe the asset; upload its content to have it graded by content, or leave the file empty to grade it from this description.")
    String register_intro();

    @Message("File")
    String field_file();

    @Message("Separate several with commas.")
    String hint_comma_list();

    @Message("Optional. Content is streamed to the classifier and never stored; only hashes and masked evidence are kept.")
    String hint_file();

    @Message("Uploading…")
    String uploading();

    @Message("Register and grade")
    String register_submit();

    @Message("Version")
    String version();

    @Message("Description")
    String descriptor_heading();

    @Message("Content")
    String content();

    @Message("Registered")
    String registered();

    @Message("Lineage justification")
    String lineage_exception();

    @Message("Retired")
    String retired();

    @Message("re-grade due")
    String regrade_due();

    @Message("Grade and evidence")
    String evidence_heading();

    @Message("{#when source}{#is 'AUTOMATIC'}Graded automatically by the classifier{#is 'REVIEWER'}Decided by a reviewer{#else}{source}{/when}")
    String graded_by(String source);

    @Message("Rule pack")
    String rule_pack();

    @Message("Extraction")
    String extraction();

    @Message("Deciding reasons")
    String reasons_heading();

    @Message("None.")
    String none();

    @Message("Source")
    String col_source();

    @Message("Reference")
    String col_ref();

    @Message("Explanation")
    String col_explanation();

    @Message("Findings")
    String findings_heading();

    @Message("{shown} of {all} shown")
    String findings_shown(Object shown, Object all);

    @Message("Rule")
    String col_rule();

    @Message("Category")
    String col_category();

    @Message("Location")
    String col_location();

    @Message("Masked snippet")
    String col_snippet();

    @Message("Validation")
    String col_validator();

    @Message("Not graded yet.")
    String no_evidence();

    @Message("Re-grading proposal")
    String proposal_heading();

    @Message("{#when trigger}{#is 'RULE_PACK_CHANGE'}New classification rules propose a change to the grade a reviewer decided. Accept or reject it.{#is 'UPLOAD'}A new upload of the content proposes a change to the grade a reviewer decided. Accept or reject it.{/when}{#if trigger != 'RULE_PACK_CHANGE' && trigger != 'UPLOAD'}A re-grading proposes a change to the grade a reviewer decided. Accept or reject it.{/if}")
    String proposal_intro(String trigger);

    @Message("Before")
    String before();

    @Message("After")
    String after();

    @Message("Justification")
    String field_justification();

    @Message("Accept proposal")
    String proposal_accept();

    @Message("Reject proposal")
    String proposal_reject();

    @Message("Second review of a core downgrade")
    String second_heading();

    @Message("{reviewer} lowered the grade from {#when from}{#is 'CORE'}core{#is 'IMPORTANT'}important{#is 'GENERAL'}general{#else}{from}{/when} to {#when to}{#is 'CORE'}core{#is 'IMPORTANT'}important{#is 'GENERAL'}general{#else}{to}{/when}. A second reviewer must approve or reject.")
    String second_intro(String reviewer, String from, String to);

    @Message("You made this downgrade; another reviewer must decide.")
    String second_own();

    @Message("Approve downgrade")
    String second_approve();

    @Message("Reject downgrade")
    String second_reject();

    @Message("Review the grade")
    String review_heading();

    @Message("You registered this asset; another reviewer must review it (four eyes).")
    String review_own();

    @Message("Decision")
    String field_decision();

    @Message("Confirm the grade")
    String decision_confirm();

    @Message("Override the grade")
    String decision_override();

    @Message("Level (override)")
    String field_new_level();

    @Message("Categories (override, optional)")
    String field_categories();

    @Message("Tick the categories that apply; none ticked keeps the current ones.")
    String hint_categories();

    @Message("Why it may be below its sources (de-identified or statistical derivatives)")
    String field_lineage_justification();

    @Message("Record the review")
    String review_submit();

    @Message("Upload new content")
    String upload_heading();

    @Message("Upload and grade")
    String upload_submit();

    @Message("{#when level}{#is 'CORE'}How core data is handled{#is 'IMPORTANT'}How important data is handled{#is 'GENERAL'}How general data is handled{#else}{level}{/when}")
    String controls_heading(String level);

    @Message("{#when basis}{#is 'REVIEWED'}A reviewer decided the level: these are the rules for it.{#is 'UNREVIEWED'}Not reviewed yet: handled as core until a reviewer decides.{#is 'UNGRADED'}Not graded yet: handled as core until it is graded and a reviewer decides.{#else}{basis}{/when}")
    String controls_basis(String basis, String level, String graded);

    @Message("{#when effect}{#is 'PERMIT'}Allowed.{#is 'APPROVAL_REQUIRED'}Only with a security administrator's approval.{#is 'DENY'}Not allowed.{#else}{effect}{/when}")
    String control_effect(String effect);

    @Message("{#when effect}{#is 'PERMIT'}Once every required assessment is on file: allowed.{#is 'APPROVAL_REQUIRED'}Once every required assessment is on file: with a security administrator's approval.{#is 'DENY'}Even with every assessment on file: not allowed.{#else}{effect}{/when}")
    String control_with_assessments(String effect);

    @Message("Action")
    String col_action();

    @Message("Lineage")
    String lineage_heading();

    @Message("Lowest level allowed by the sources:")
    String lineage_floor();

    @Message("Direction")
    String col_direction();

    @Message("Method")
    String col_method();

    @Message("Source")
    String lineage_source();

    @Message("Derived")
    String lineage_derived();

    @Message("History")
    String history_heading();

    @Message("Gradings")
    String gradings_heading();

    @Message("When")
    String col_when();

    @Message("Trigger")
    String col_trigger();

    @Message("Proposal")
    String col_proposal();

    @Message("Reviews")
    String reviews_heading();

    @Message("Reviewer")
    String col_reviewer();

    @Message("Change")
    String col_change();

    @Message("State")
    String col_state();

    @Message("Review queue")
    String review_queue_title();

    @Message("Highest risk first: second reviews and core, then important, then uncertain results; oldest first within each.")
    String review_queue_intro();

    @Message("{count} in the queue")
    String queue_total(Object count);

    @Message("Nothing to review.")
    String queue_empty();

    @Message("Why")
    String col_reason();

    @Message("Security administration")
    String admin_title();

    @Message("Approval requests")
    String approvals_heading();

    @Message("No approval requests.")
    String approvals_none();

    @Message("Requested")
    String col_requested();

    @Message("Requester")
    String col_requester();

    @Message("Asset")
    String col_asset();

    @Message("Decide")
    String col_decide();

    @Message("dual control: first approved by {first}")
    String dual_control(String first);

    @Message("expires")
    String expires();

    @Message("Your own request: another security-admin decides.")
    String approval_own();

    @Message("Valid until")
    String field_expires_on();

    @Message("Comment")
    String field_comment();

    @Message("Approve")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Assessments on file")
    String assessments_heading();

    @Message("Assessment")
    String field_assessment_type();

    @Message("Reference")
    String field_reference();

    @Message("Scope")
    String field_scope();

    @Message("Asset ids (empty: the whole organisation)")
    String field_asset_ids();

    @Message("Separate several with commas or spaces.")
    String hint_asset_ids();

    @Message("Valid from")
    String field_valid_from();

    @Message("Valid until")
    String field_valid_until();

    @Message("Record the assessment")
    String assessment_submit();

    @Message("No assessments on file.")
    String assessments_none();

    @Message("Validity")
    String col_validity();

    @Message("{#when value}{#is 'AUTOMATIC'}Classifier{#is 'REVIEWER'}Reviewer{#is 'UPLOAD'}Upload{#is 'DESCRIPTOR'}Description{#is 'RETRY'}Retry{#is 'RULE_PACK_CHANGE'}New rules{#is 'REVIEW'}Review{#is 'OPEN'}Open{#is 'ACCEPTED'}Accepted{#is 'REJECTED'}Rejected{#is 'SUPERSEDED'}Superseded{#is 'NO_CHANGE'}No change{#is 'CONFIRM'}Confirmed{#is 'OVERRIDE'}Changed{#is 'ACCEPT_PROPOSAL'}Proposal accepted{#is 'REJECT_PROPOSAL'}Proposal rejected{#is 'APPLIED'}Applied{#is 'AWAITING_SECOND_REVIEW'}Awaiting second review{#is 'RULE'}Rule{#is 'THRESHOLD'}Threshold{#is 'FORMAT'}File format{#is 'EXTRACTION'}Content reading{#is 'LINEAGE'}Lineage{#is 'COPY'}Copy{#is 'EXTRACT'}Extract{#is 'DEIDENTIFIED'}De-identified{#is 'STATISTICS'}Statistics{#is 'FUSED'}Fused{#else}{value}{/when}")
    String term(String value);

    @Message("Recorded")
    String col_recorded();

    @Message("valid today")
    String valid_today();

    @Message("Important-data catalogue exports")
    String exports_heading();

    @Message("Exports the important and core assets with the filing fields for the provincial energy authority; every export is recorded.")
    String exports_intro();

    @Message("Download CSV")
    String export_csv();

    @Message("Download JSON")
    String export_json();

    @Message("No exports yet.")
    String exports_none();

    @Message("Export history")
    String exports_history();

    @Message("Format")
    String col_format();

    @Message("Entries")
    String col_entries();

    @Message("Re-filing")
    String col_refiling();

    @Message("By")
    String col_by();

    @Message("Audit")
    String audit_title();

    @Message("Audit trail chain")
    String verify_heading();

    @Message("The hash chain of {records} records is intact.")
    String chain_valid(Object records);

    @Message("The hash chain of {records} records is broken at record {seq}")
    String chain_broken(Object records, Object seq);

    @Message("Verify again")
    String verify_again();

    @Message("Decision log")
    String decisions_heading();

    @Message("Effect")
    String col_effect();

    @Message("Reasons")
    String col_reasons();

    @Message("No decisions.")
    String decisions_none();

    @Message("Organisation")
    String nav_organisation();

    @Message("Cross-border ledger")
    String nav_ledger();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Organisation profile")
    String org_title();

    @Message("Profile")
    String org_profile_heading();

    @Message("Your organisation has no profile yet.")
    String org_none();

    @Message("The organisation holds important or core data, so its profile must also name (DSL art. 27; NDSMR art. 30):")
    String org_missing_intro();

    @Message("Holds important or core data")
    String org_holds_important();

    @Message("Edit the profile")
    String org_edit_heading();

    @Message("The data-security officer and body are required once the organisation holds important or core data.")
    String org_officer_hint();

    @Message("Save the profile")
    String org_save();

    @Message("Yes: a critical-information-infrastructure operator")
    String ciio_option_yes();

    @Message("No")
    String ciio_option_no();

    @Message("As a critical-information-infrastructure operator, the organisation may send any personal information or important data abroad only with a CAC security assessment on file (for personal information, unless an art. 5 exemption is claimed), whatever the number of people (Provisions on cross-border data flows art. 7(1); PIPL art. 40).")
    String ciio_yes_explained();

    @Message("As an organisation that is not a critical-information-infrastructure operator, it sends personal information abroad under this year's cumulative thresholds (standard contract from 100 000 people or for any sensitive personal information, CAC security assessment from 1 million people or 10 000 people's sensitive personal information), and important data only with a CAC security assessment (Provisions on cross-border data flows art. 7/8).")
    String ciio_no_explained();

    @Message("Without a profile saying otherwise, the policy service treats the organisation as a critical-information-infrastructure operator (fail closed): any personal information or important data abroad needs a CAC security assessment.")
    String ciio_unknown_explained();

    @Message("Flags and secrecy review")
    String flags_heading();

    @Message("Awaiting the secrecy review: actions on this asset are denied and routed to the secrecy process, except VIEW by its registrant and the organisation's reviewers and security-admins.")
    String secrecy_pending();

    @Message("The secrecy review cleared this asset (reference {reference}, recorded by {by})")
    String secrecy_cleared(String reference, String by);

    @Message("Record the secrecy office's decision that the asset is not a state secret. The flag stays on the asset; the policy service stops denying.")
    String secrecy_form_intro();

    @Message("Reference of the secrecy decision")
    String secrecy_reference();

    @Message("Record the clearance")
    String secrecy_submit();

    @Message("Grade based on")
    String level_basis();

    @Message("Reason")
    String extraction_reason();

    @Message("Exemption claimed")
    String exemption_claimed();

    @Message("Reason")
    String exemption_reason();

    @Message("Obligations")
    String col_obligations();

    @Message("Cross-border ledger")
    String ledger_title();

    @Message("Personal information the policy service permitted abroad, per calendar year (Asia/Shanghai); each export is added to this year's total, and the export thresholds apply to the total plus the request.")
    String ledger_intro();

    @Message("Year")
    String ledger_year();

    @Message("Totals of {year}")
    String ledger_totals_heading(Object year);

    @Message("Totals of this year")
    String ledger_totals_heading_current();

    @Message("Persons")
    String ledger_persons();

    @Message("Sensitive persons")
    String ledger_sensitive_persons();

    @Message("Entries are added up, never deduplicated: overlap between assets is unknown, so the count errs on the strict side.")
    String ledger_counting();

    @Message("Thresholds of the loaded policies (以上 includes the number)")
    String thresholds_caption();

    @Message("Threshold")
    String col_threshold();

    @Message("This year")
    String col_this_year();

    @Message("not a CIIO")
    String threshold_not_ciio();

    @Message("Reached")
    String threshold_reached();

    @Message("{remaining} to go")
    String threshold_remaining(Object remaining);

    @Message("No policy sets a cumulative threshold.")
    String thresholds_none();

    @Message("Entries")
    String ledger_entries_heading();

    @Message("{count} entries this year")
    String ledger_entries_count(Object count);

    @Message("No personal information was permitted abroad this year.")
    String ledger_empty();

    @Message("Country")
    String col_country();

    @Message("Hash")
    String col_hash();

    @Message("approval")
    String ledger_approval();

    @Message("Ledger chain")
    String ledger_verify_heading();

    @Message("The ledger's hash chain of {records} entries is intact.")
    String ledger_chain_valid(Object records);

    @Message("The ledger's hash chain of {records} entries is broken at entry {seq}")
    String ledger_chain_broken(Object records, Object seq);

    @Message("{#when field}{#is 'name'}Name{#is 'description'}Description{#is 'type'}Type{#is 'energyActivity'}Energy activity{#is 'ownerDepartment'}Owner department{#is 'ownerContact'}Owner contact{#is 'system'}System{#is 'provinces'}Provinces{#is 'purpose'}Purpose{#is 'file'}File{#is 'justification'}Justification{#is 'lineageJustification'}Lineage justification{#is 'level'}Level{#is 'categories'}Categories{#is 'version'}Version{#is 'reference'}Reference{#is 'comment'}Comment{#is 'reason'}Reason{#is 'scope'}Scope{#is 'expiresOn'}Valid until{#is 'validFrom'}Valid from{#is 'validUntil'}Valid until{#is 'assetIds'}Assets{#is 'severity'}Severity{#is 'personsAffected'}People affected{#is 'discoveredAt'}Discovered at{#is 'reportedAt'}Reported at{#is 'recipient'}Recipient{#else}{field}{/when}")
    String reg_field(String field);

    @Message("{#when code}{#is 'required'}Required: fill this in.{#is 'too-long'}Too long: shorten it.{#is 'file-empty'}The file is empty (0 bytes). Choose the file with the content, or leave this field empty to grade from the description.{#is 'file-unreadable'}The file could not be read, so the asset is not graded yet. Choose the file again (or another export of it) and submit, or leave this field empty to grade from the description.{#is 'file-missing'}Choose a file to upload.{#is 'not-a-number'}A whole number of 0 or more.{#is 'date-format'}A date as YYYY-MM-DD.{#is 'time-format'}A time as YYYY-MM-DDTHH:MM (UTC).{#is 'invalid'}Not accepted:{#else}{code}{/when}")
    String form_problem(String code);

    @Message("{#when key}{#is 'not_registered_heading'}The asset was not registered. Correct the fields below and submit again.{#is 'not_graded_heading'}The asset is registered but not graded yet.{#is 'kept_intro'}Submitting again grades this asset; no second asset is registered. You can also open it to retire it.{#is 'kept_open'}Open the registered asset{#is 'grade_again'}Grade the registered asset{#is 'ungraded_heading'}Not graded{#is 'ungraded_text'}This asset has no grade: its grading failed (for example, its file could not be read) or never ran. Until it is graded and reviewed it is handled as core.{#is 'ungraded_retry_upload'}Try again with the file:{#is 'grade_from_description'}Grade from the description{#is 'retire_reason'}Reason for retiring it{#is 'retire_submit'}Retire the asset{#else}{key}{/when}")
    String reg_text(String key);

    @Message("{#when problem}{#is 'nothing-ticked'}Nothing ticked{#is 'justification-missing'}No justification{#is 'file-missing'}No file{#is 'file-empty'}Empty file{#is 'invalid-date'}Invalid date{#is 'invalid-time'}Invalid time{#is 'invalid-number'}Invalid number{#else}{problem}{/when}")
    String refusal_title(String problem);

    @Message("{#when problem}{#is 'file-empty'}The file is empty (0 bytes). Choose the file with the content, or leave this field empty to grade from the description.{#is 'file-missing'}Choose a file to upload.{#is 'nothing-ticked'}Tick at least one grade to confirm, then submit again.{#is 'justification-missing'}Give the justification for the grades you confirm.{#is 'invalid-date'}Use the form YYYY-MM-DD.{#is 'invalid-time'}Use the form YYYY-MM-DDTHH:MM (UTC).{#is 'invalid-number'}Numbers are whole numbers of 0 or more.{#else}{problem}{/when}")
    String refusal_detail(String problem);

    @Message("Grading is not possible right now ({service} cannot be reached). The asset is registered: submit again in a moment.")
    String grading_unavailable(String service);

    @Message(": ")
    String colon();

    @Message("{#when kind}{#is 'page'}page {value}{#is 'sheet'}sheet {value}{#is 'row'}row {value}{#is 'column'}column {value}{#is 'line'}line {value}{/when}")
    String location_part(String kind, String value);

    @Message("{#when key}{#is 'not_found_title'}Page not found.{#is 'controls_conditions'}Conditions:{#is 'review_override_legend'}Only when overriding the grade{#is 'col_waiting'}Waiting{#is 'bulk'}bulk{#is 'dual_control_none_yet'}dual control: two security administrators must approve{#is 'queue_nothing_to_decide'}Nothing here for you to decide.{#is 'queue_not_yours_heading'}Waiting for another reviewer{#is 'queue_not_yours_intro'}You cannot decide these: you registered the asset (four eyes), or the core downgrade awaiting its second review is yours.{#is 'not_found_detail'}There is no page at this address. Check the link, or start again from the dashboard.{#else}{key}{/when}")
    String ui_text(String key);

    @Message("{#when reason}{#is 'SECOND_REVIEW'}A reviewer lowered a core grade: a second reviewer must approve or reject it.{#is 'PROPOSAL'}A re-grading proposes to change a grade a reviewer decided: accept or reject it.{#is 'CORE'}Graded core by the classifier: a reviewer must confirm or correct it.{#is 'IMPORTANT'}Graded important by the classifier: a reviewer must confirm or correct it.{#is 'UNCERTAIN'}The classifier is not sure (content not fully read, or a borderline result): handled as core until reviewed.{#is 'PROPOSED'}Graded general by the classifier: waiting for a reviewer to confirm it.{/when}")
    String queue_why(String reason);

    @Message("{#when unit}{#is 'DAYS'}{age} days{#is 'HOURS'}{age} hours{#is 'LESS_THAN_HOUR'}less than an hour{/when}")
    String queue_age(String unit, long age);

    @Message("{#when by}{#is 'OWN_REGISTRATION'}You registered this asset: another reviewer decides.{#is 'OWN_DOWNGRADE'}Your downgrade: another reviewer decides.{/when}")
    String queue_blocked(String by);

    @Message("{#when key}{#is 'filing_heading'}Filing with the energy authority{#is 'filing_missing_intro'}Graded important or core: the important-data catalogue cannot file this asset until these fields are filled:{#is 'filing_form_intro'}Fill in the filing fields. A number left empty stays as it is; clearing a text or a list removes it.{#is 'filing_missing_tag'}missing{#is 'filing_submit'}Save the filing fields{#is 'filing_refusal_intro'}The catalog did not accept the filing fields:{#is 'refiling_overdue'}overdue{#is 'refiling_reason'}Why{#is 'export_xlsx'}Download XLSX{#is 'col_filed'}Filed{#is 'col_incomplete'}Incomplete{#is 'col_defiling'}De-filing{#is 'col_download'}Download again{#is 'export_not_kept'}not kept (made before the catalogue was stored){#is 'refiling_due_heading'}Changes to file{#is 'refiling_due_intro'}Filed entries whose change has not been filed yet: file them within 3 months of the change (re-filing, or de-filing of an entry that left the catalogue). The next export files them.{#is 'refiling_due_none'}No filed entry has an unfiled change.{#is 'col_filed_level'}Level on file{#is 'col_filing'}Filing{#is 'col_changed'}Changed{#is 'col_due_by'}Due by{#is 'refiling_due_link'}See the changes to file{#else}{key}{/when}")
    String filing_text(String key);

    @Message("{#when key}{#is 'nav_incidents'}Incidents{#is 'incidents_title'}Cybersecurity incidents{#is 'incidents_intro'}Incidents of the organisation and the reports owed to the authorities: for an incident rated larger (较大) or above, the initial report within 1 hour of discovery for a critical-information-infrastructure operator, 4 hours otherwise; the final report within 30 days.{#is 'incidents_none'}No incidents recorded.{#is 'incident_record_heading'}Record an incident{#is 'field_severity'}Severity (your assessment){#is 'hint_severity'}A leak of the personal information of 1 000 000 people or more is rated larger at least.{#is 'field_persons_affected'}People affected{#is 'field_discovered_at'}Discovered at (UTC){#is 'field_incident_description'}What happened (no personal data){#is 'incident_submit'}Record the incident{#is 'col_discovered'}Discovered{#is 'col_severity'}Severity{#is 'col_persons'}People{#is 'col_description'}Description{#is 'incident_declared'}declared{#is 'incident_raised_by'}raised by{#is 'incident_ciio'}CIIO{#is 'incident_not_ciio'}not a CIIO{#is 'report_due'}due{#is 'report_to'}to{#is 'field_report_reference'}Reference{#is 'field_report_recipient'}Recipient (optional){#is 'field_reported_at'}Reported at (UTC, empty: now){#is 'incident_overdue'}a report is overdue{#else}{key}{/when}")
    String incident_text(String key);

    @Message("{#when key}{#is 'inventory_heading'}Personal information in the catalogue{#is 'inventory_assets'}Assets holding personal information{#is 'inventory_assets_minors'}of them with minors' personal information{#is 'inventory_persons'}People (added up per asset, an upper bound){#is 'inventory_sensitive'}People with sensitive personal information{#is 'inventory_minors'}Minors{#is 'inventory_children'}Children under 14{#is 'inventory_holds_minors'}Holds minors' personal information{#is 'inventory_scale'}Personal information of 10 million people or more (important-data processor duties){#is 'unknown'}Unknown{#else}{key}{/when}")
    String inventory_text(String key);

    @Message("Re-filing due by {due}")
    String refiling_due_by(Object due);

    @Message("{count} filed entries have an unfiled change, {overdue} overdue; the earliest is due by {due}.")
    String refiling_due_summary(Object count, Object overdue, Object due);

    @Message("{count} incidents")
    String incidents_total(Object count);

    @Message("reported, reference {reference}:")
    String report_made(String reference);

    @Message("{#when type}{#is 'INITIAL'}Record the initial report{#is 'FINAL'}Record the final report{#else}{type}{/when}")
    String report_submit(String type);

    @Message("Unknown: the catalog's inventory could not be read ({problem}). The duties derived from it are listed as unknown, not as absent.")
    String inventory_unknown(String problem);

    @Message("Error {status}")
    String error_title(Object status);

    @Message("Service unavailable.")
    String unavailable_title();

    @Message("{service} cannot be reached right now. Please try again in a moment.")
    String unavailable_detail(String service);

    @Message("Service unavailable: {service} cannot be reached right now.")
    String unavailable_panel(String service);

    @Message("Not allowed.")
    String forbidden_title();

    @Message("Your roles do not allow this page or action.")
    String forbidden_detail();

    @Message("The form could not be accepted.")
    String csrf_title();

    @Message("It has expired or did not come from this console (missing or wrong security token). Reload the page and submit the form again.")
    String csrf_detail();

    @Message("Reported by {service}.")
    String error_source(String service);

    @Message("Go back")
    String go_back();

    @Message("Something went wrong.")
    String unexpected_title();

    @Message("Please try again. If it happens again, give the administrator this reference: {reference}.")
    String unexpected_detail(String reference);

    @Message("Logged out")
    String logged_out_title();

    @Message("You have been logged out.")
    String logged_out_text();

    @Message("Log in again")
    String login_again();

    @Message("{#when key}{#is 'nav'}Discovery{#is 'discovered_in'}Found by discovery in{#is 'last_seen'}last seen{#is 'sources_title'}Data sources{#is 'sources_intro'}Databases, object stores and file systems of the organisation that discovery scans: every table and object found is graded by the classifier and kept in step in the catalogue.{#is 'sources_none'}No data sources registered yet.{#is 'source_new'}Register a data source{#is 'source_edit'}Edit the data source{#is 'source_save'}Save the data source{#is 'source_edit_link'}Edit{#is 'source_refused'}The data source was not saved. Correct the fields below and submit again.{#is 'source_unavailable'}The data source was not saved: discovery-service cannot be reached right now. What you typed is kept (type the password again); submit in a moment.{#is 'col_kind'}Kind{#is 'col_location'}Location{#is 'col_department'}Department{#is 'col_credentials'}Credentials{#is 'col_schedule'}Schedule{#is 'section_where'}Where it is{#is 'section_credentials'}Credentials{#is 'section_sampling'}Sampling and limits{#is 'section_schedule'}Schedule{#is 'credentials_intro'}Credentials are write-only: they are stored encrypted or read from a Kubernetes Secret, and never shown again. Use a read-only account.{#is 'credentials_keep'}Leave the password empty to keep the stored credentials.{#is 'hint_schemas'}Schemas to scan, separated by commas; empty: all the account may read.{#is 'hint_cron'}A cron expression (seconds first), e.g. 0 0 2 * * ? for 02:00 every day; empty: only by hand.{#is 'hint_window'}Scans run only inside this window (a scan started outside it waits).{#is 'hint_credentials_ref'}Instead of a password: the name of a mounted Kubernetes Secret holding username and password.{#is 'no_schedule'}by hand only{#is 'scans_heading'}Scan history{#is 'scans_none'}Not scanned yet.{#is 'scan_start_heading'}Scan now{#is 'scan_mode'}Mode{#is 'scan_start'}Start the scan{#is 'scan_title'}Scan{#is 'scan_of'}Scan of{#is 'scan_refresh'}Refresh{#is 'scan_progress_label'}Progress{#is 'scan_error'}The scan could not run:{#is 'items_heading'}Tables and objects{#is 'items_none'}Nothing in this scan yet.{#is 'col_key'}Table or object{#is 'col_outcome'}Outcome{#is 'col_reason'}Why{#is 'col_asset'}Catalogue asset{#is 'col_started'}Started{#is 'col_finished'}Finished{#is 'col_requested_by'}Requested by{#is 'open_asset'}open{#is 'partly_read'}partly read{#is 'persons'}people{#is 'kind.JDBC'}Database (JDBC){#is 'kind.S3'}Object storage (S3){#is 'kind.FILESYSTEM'}File system{#is 'item.TABLE'}Table{#is 'item.OBJECT'}Object{#is 'item.FILE'}File{#is 'cred.STORED'}Stored, encrypted{#is 'cred.REFERENCED'}From a Kubernetes Secret{#is 'cred.NONE'}None{#is 'mode.INCREMENTAL'}Incremental: what changed{#is 'mode.FULL'}Full: everything again{#is 'state.QUEUED'}Queued{#is 'state.WAITING_FOR_WINDOW'}Waiting for its time window{#is 'state.RUNNING'}Running{#is 'state.SUCCEEDED'}Finished{#is 'state.PARTLY_FAILED'}Finished, some items failed{#is 'state.FAILED'}Failed{#is 'state.CANCELLED'}Cancelled{#is 'outcome.GRADED'}Graded{#is 'outcome.UNCHANGED'}Unchanged{#is 'outcome.SKIPPED'}Skipped{#is 'outcome.FAILED'}Failed{#is 'catalog.CREATED'}added to the catalogue{#is 'catalog.GRADED'}re-graded{#is 'catalog.PROPOSED'}re-grading proposed to a reviewer{#is 'catalog.UNCHANGED'}catalogue unchanged{#is 'basis.EXACT'}counted{#is 'basis.ESTIMATE'}estimated{#is 'trigger.MANUAL'}by hand{#is 'trigger.SCHEDULE'}scheduled{#is 'count.total'}To scan{#is 'count.seen'}Seen{#is 'count.sampled'}Sampled{#is 'count.graded'}Graded{#is 'count.unchanged'}Unchanged{#is 'count.skipped'}Skipped{#is 'count.failed'}Failed{#is 'field.name'}Name{#is 'field.kind'}Kind{#is 'field.description'}Description{#is 'field.department'}Department{#is 'field.jdbcUrl'}JDBC URL{#is 'field.jdbcSchemas'}Schemas{#is 'field.s3Endpoint'}Endpoint{#is 'field.s3Region'}Region{#is 'field.s3Bucket'}Bucket{#is 'field.s3Prefix'}Prefix{#is 'field.s3PathStyle'}Path-style addressing (MinIO, Ceph){#is 'field.filesystemRoot'}Mounted directory{#is 'field.credentialsUsername'}User name{#is 'field.credentialsPassword'}Password{#is 'field.credentialsRef'}Kubernetes Secret name{#is 'field.credentials'}Credentials{#is 'field.samplingRowsPerTable'}Rows sampled per table{#is 'field.samplingObjectBytes'}Bytes read per object{#is 'field.samplingMaxObjects'}Objects at most{#is 'field.scheduleCron'}Schedule (cron){#is 'field.scheduleWindowFrom'}Window from{#is 'field.scheduleWindowTo'}Window to{#is 'field.scheduleWindowZone'}Time zone{#is 'field.maxConnections'}Connections at most{#is 'field.statementTimeoutSeconds'}Statement timeout (seconds){#else}{key}{/when}")
    String discovery(String key);

    @Message("{done} of {total} tables and objects done ({percent} %)")
    String scan_progress(Object done, Object total, Object percent);

    @Message("{#when key}{#is 'other_findings'}Findings without a category{#is 'glossary_missing'}Category names could not be read from the classifier right now: categories are shown by their ids.{#is 'changes_heading'}What changes, and the findings behind it{#is 'change.ADDED'}Found now{#is 'change.REMOVED'}No longer found{#is 'no_listed_findings'}No finding of this category is listed: it was found from the description, the file format or a threshold.{#is 'finding_rule'}rule{#else}{key}{/when}")
    String evidence_text(String key);

    @Message("found {count} times")
    String findings_in_category(Object count);

    @Message("{#when key}{#is 'by_category'}Assets per category (the 10 most frequent){#is 'click_hint'}Select a slice or bar to list those assets.{#else}{key}{/when}")
    String chart_text(String key);

    @Message("{#when key}{#is 'records_title'}Audit records{#is 'records_intro'}Every change the catalog recorded for the organisation, newest first, as stored in the hash chain (no content).{#is 'records_none'}No audit record matches.{#is 'records_csv'}Download these records as CSV{#is 'decisions_csv'}Download the decision log as CSV{#is 'col_actor'}Actor{#is 'on_behalf_of'}on behalf of{#is 'col_summary'}What{#is 'field_from'}From (date){#is 'field_to'}To (date){#is 'first_page'}Newest{#is 'older'}Older{#else}{key}{/when}")
    String audit_text(String key);

    @Message("{#when action}{#is 'REGISTERED'}Registered{#is 'UPDATED'}Updated{#is 'GRADING_PENDING'}Grading pending{#is 'REVIEWED'}Reviewed{#is 'DOWNGRADE_REQUESTED'}Core downgrade requested{#is 'DOWNGRADE_APPROVED'}Core downgrade approved{#is 'DOWNGRADE_REJECTED'}Core downgrade rejected{#is 'PROPOSAL_REJECTED'}Proposal rejected{#is 'SECRECY_REVIEW_CLEARED'}Secrecy review cleared{#is 'RETIRED'}Retired{#is 'UPLOAD_EXPIRED'}Upload expired{#is 'EXPORTED'}Catalogue exported{#is 'PROFILE_UPDATED'}Organisation profile updated{#else}{action}{/when}")
    String audit_action(String action);
}

package cn.energydata.console.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels added since issue 15 items 4 and 5 (the msg bundle is full), in English (the default locale); Chinese in messages/lbl_zh.properties.
 * Templates use them as {@code {lbl:key}}. Generated from one table by review-console/tools/messages.py, so both
 * languages always have the same keys. Do not edit: edit the script and run it.
 * tools/messages.py sha256: 7eab82f0618aa5005cca6e57031995c8f025ef1ff3e98ce20a3fb7e8ec105a51
 */
@MessageBundle(value = "lbl", locale = "en")
public interface LabelMessages {

    @Message("Confirm several general grades at once")
    String bulk_heading();

    @Message("Tick the general grades awaiting review that you have checked, give one justification and confirm them together. Each is confirmed on its own: a refusal does not undo the others.")
    String bulk_intro();

    @Message("Confirm")
    String bulk_pick();

    @Message("Confirm the grade of {name}")
    String bulk_pick_asset(String name);

    @Message("Justification for every ticked grade")
    String bulk_justification();

    @Message("Confirm the ticked grades")
    String bulk_submit();

    @Message("No general grade awaiting review on this page can be confirmed together.")
    String bulk_none_eligible();

    @Message("Confirmed: {confirmed}. Not confirmed: {refused}.")
    String bulk_result(Object confirmed, Object refused);

    @Message("Not confirmed")
    String bulk_refused_heading();

    @Message("{#when type}{#is 'not-found'}not found in your organisation{#is 'four-eyes'}you registered it: another reviewer must decide{#is 'not-awaiting-review'}no longer awaiting review{#is 'asset-retired'}retired{#is 'conflict'}a core downgrade awaits a second reviewer{#is 'stale-version'}changed meanwhile: open it and review it again{#else}{type}{/when}")
    String bulk_refusal(String type);

    @Message("Categories (from the glossary)")
    String categories_legend();

    @Message("The glossary could not be read: type the category ids, separated by commas.")
    String categories_glossary_missing();

    @Message("not in the current glossary")
    String categories_not_in_glossary();

    @Message("Claim")
    String col_claim();

    @Message("Claim")
    String claim_button();

    @Message("Claim {name} for review")
    String claim_button_asset(String name);

    @Message("Release")
    String release_button();

    @Message("Release your claim on {name}")
    String release_button_asset(String name);

    @Message("Claimed by {name} until {until}")
    String claimed_by(String name, String until);

    @Message("Claimed by you until {until}")
    String claimed_by_you(String until);

    @Message("Not claimed")
    String claim_none();

    @Message("Already claimed by {name}: another reviewer is on it. The claim does not stop you deciding; check with {name} first.")
    String claim_taken(String name);

    @Message("Already claimed by another reviewer, who is on it.")
    String claim_taken_unknown();

    @Message("{#when notice}{#is 'claimed'}You claimed the asset: the other reviewers see that you are on it.{#is 'released'}You released your claim.{#else}{notice}{/when}")
    String review_notice(String notice);

    @Message("Department (exact name)")
    String filter_department();

    @Message("Province (exact name)")
    String filter_province();

    @Message("Registered over the last 12 months, and how many are important or core")
    String chart_trend();

    @Message("Assets per department (top 20)")
    String chart_departments();

    @Message("Assets per province (top 20)")
    String chart_provinces();

    @Message("Registered")
    String series_registered();

    @Message("Important")
    String series_important();

    @Message("Core")
    String series_core();

    @Message("Other levels")
    String series_other();

    @Message("Month")
    String col_month();

    @Message("Department")
    String col_department();

    @Message("Province")
    String col_province();

    @Message("All assets")
    String col_total();
}

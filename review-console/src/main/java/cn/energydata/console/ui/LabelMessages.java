package cn.energydata.console.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels added since issue 15 items 4 and 5 (the msg bundle is full), in English (the default locale); Chinese in messages/lbl_zh.properties.
 * Templates use them as {@code {lbl:key}}. Generated from one table by review-console/tools/messages.py, so both
 * languages always have the same keys. Do not edit: edit the script and run it.
 * tools/messages.py sha256: 3be0b0f66b734632c5fee9f86eecd996d043985f5695ec5a79c98893dc3e74f5
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

    @Message("Edit the description and lineage")
    String ae_link();

    @Message("Edit {name}")
    String ae_title(String name);

    @Message("Change the description and the assets this one is derived from. Saving replaces the lineage with the sources listed here; the filing fields stay as they are (they have their own form on the asset page).")
    String ae_intro();

    @Message("Description")
    String ae_descriptor();

    @Message("Lineage: the assets this one is derived from")
    String ae_lineage();

    @Message("Copied, extracted and fused data keep the source's grade as a floor; de-identified data and statistics may go below it only with a reviewer's justification.")
    String ae_methods_help();

    @Message("No sources recorded.")
    String ae_no_sources();

    @Message("Remove {name} from the lineage")
    String ae_remove_source(String name);

    @Message("Add a source")
    String ae_add();

    @Message("Asset id")
    String ae_add_id();

    @Message("or choose one of your organisation's assets")
    String ae_add_pick();

    @Message("(none)")
    String ae_add_none();

    @Message("Method")
    String ae_method();

    @Message("Save the changes")
    String ae_submit();

    @Message("Back to the asset")
    String ae_cancel();

    @Message("The changes were not saved:")
    String ae_errors_heading();

    @Message("Source to add {n}")
    String ae_add_row(int n);

    @Message("Source {name}")
    String ae_source_row(String name);

    @Message("{#when code}{#is 'not-an-id'}not an asset id (a UUID such as 4b0c2a9e-1111-4c3b-9a53-0a6d2b8b1c01).{#is 'method-missing'}choose how this asset was derived from it.{#is 'no-such-asset'}no such asset in your organisation, or it is this asset itself.{#else}{code}{/when}")
    String ae_problem(String code);

    @Message("{#when type}{#is 'stale-version'}Someone changed this asset after you opened the form, so your changes were not saved (they are kept below). Open the asset again to see what changed, then edit it again.{#is 'lineage-floor'}These sources would put the grade below a source it was copied, extracted or fused from, and such data never goes below its source. Keep that source, or change its method only if the data really was de-identified or aggregated.{#is 'asset-retired'}The asset is retired: it can no longer be changed.{/when}")
    String ae_conflict(String type);

    @Message("Open the asset")
    String ae_open_asset();
}

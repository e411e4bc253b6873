package cn.energydata.console.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels added since issue 15 items 4 and 5 (the msg bundle is full), in English (the default locale); Chinese in messages/lbl_zh.properties.
 * Templates use them as {@code {lbl:key}}. Generated from one table by review-console/tools/messages.py, so both
 * languages always have the same keys. Do not edit: edit the script and run it.
 * tools/messages.py sha256: 43ada73983fbe0fcd671871c18bb626a994d1004b10e9e8f2fe13e1e58ff97c7
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
}

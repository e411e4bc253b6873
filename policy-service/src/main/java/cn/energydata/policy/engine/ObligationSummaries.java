package cn.energydata.policy.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says each obligation in one plain sentence, in English and Chinese, in words a data owner understands (no API
 * names, no enum values). Order: the console's (encryption, masking, watermark, logging, records, contract, erasure,
 * dual control, separate consent, secrecy process).
 */
final class ObligationSummaries {

    private ObligationSummaries() {
    }

    static List<Obligations.Summary> of(Obligations o) {
        List<Obligations.Summary> s = new ArrayList<>();
        if (o.encryption() != null) {
            s.add(encryption(o.encryption()));
        }
        if (o.masking() != null && !o.masking().isEmpty()) {
            s.add(new Obligations.Summary("masking",
                    "Mask the personal information in it whenever the data is shown or handed on.",
                    "展示或提供数据时，须对其中的个人信息进行脱敏。"));
        }
        if (Boolean.TRUE.equals(o.watermark())) {
            s.add(new Obligations.Summary("watermark",
                    "Mark every copy with a watermark, so that a copy found elsewhere can be traced back.",
                    "每份副本都须加水印，以便追溯副本的流向。"));
        }
        if (o.logging() != null) {
            s.add(logging(o.logging()));
        }
        if (o.recordKeepingYears() != null) {
            s.add(new Obligations.Summary("recordKeepingYears",
                    "Keep the records of this handling (what was handed to whom, when and why) for at least "
                            + o.recordKeepingYears() + " years.",
                    "本次处理的记录（向谁提供了什么、何时、为何）须至少保存" + o.recordKeepingYears() + "年。"));
        }
        if (Boolean.TRUE.equals(o.contract())) {
            s.add(new Obligations.Summary("contract",
                    "Hand the data on only under a written contract with the recipient; for personal information sent "
                            + "abroad, the standard contract for the export of personal information (or a certification).",
                    "只能依据与接收方签订的书面合同提供数据；个人信息出境的，须订立个人信息出境标准合同（或通过个人信息保护认证）。"));
        }
        if (o.erasure() != null) {
            s.add(erasure(o.erasure()));
        }
        if (Boolean.TRUE.equals(o.dualControl())) {
            s.add(new Obligations.Summary("dualControl",
                    "Two people are needed: two different security administrators approve, neither of them the "
                            + "requester, and a second person takes part in the work.",
                    "实行双人控制：须由两名不同的安全管理员审批（均不得为申请人本人），并由第二人共同参与操作。"));
        }
        if (Boolean.TRUE.equals(o.separateConsent())) {
            s.add(new Obligations.Summary("separateConsent",
                    "Keep proof that the people concerned gave their separate consent to this, or record the other "
                            + "legal basis that makes their consent unnecessary.",
                    "须保存个人对此单独同意的证明，或记录无需取得个人同意的其他合法依据。"));
        }
        if (Boolean.TRUE.equals(o.secrecyProcess())) {
            s.add(new Obligations.Summary("secrecyProcess",
                    "The data may be a state secret: the request goes to your organisation's secrecy process, which "
                            + "decides what may be done with it.",
                    "数据可能涉及国家秘密：申请须转入本单位保密审查程序，由其决定如何处理。"));
        }
        return List.copyOf(s);
    }

    private static Obligations.Summary encryption(Obligations.Encryption e) {
        String en = e.atRest() ? "Keep the data encrypted when stored and when sent" : "Encrypt the data whenever it is sent";
        String zh = e.atRest() ? "数据在存储和传输时均须加密" : "数据在传输时须加密";
        if (e.keysSeparated()) {
            en += ", with the encryption keys kept apart from the data";
            zh += "，加密密钥须与数据分开保管";
        }
        if (e.algorithmClass() != null) {
            en += "; algorithms: " + e.algorithmClass();
            zh += "；算法要求：" + (e.algorithmClassZh() != null ? e.algorithmClassZh() : e.algorithmClass());
        }
        return new Obligations.Summary("encryption", en + ".", zh + "。");
    }

    private static Obligations.Summary logging(Obligations.Logging l) {
        String en = "Log every access and keep the log for at least " + l.retentionMonths() + " months";
        String zh = "每次访问都须记录日志，日志至少保存" + l.retentionMonths() + "个月";
        if (l.tamperEvident()) {
            en += ", protected against tampering";
            zh += "，并防止篡改";
        }
        if (l.realTimeAlerting()) {
            en += ", with real-time alerts on unusual access";
            zh += "，异常访问须实时告警";
        }
        return new Obligations.Summary("logging", en + ".", zh + "。");
    }

    private static Obligations.Summary erasure(Obligations.Erasure e) {
        String en;
        String zh;
        if (e.certificateRequired() || e.verificationRequired()) {
            en = "Erase the data so that it cannot be recovered, by the method given for its storage medium";
            zh = "须按存储介质规定的方法销毁数据，使其无法恢复";
            if (e.verificationRequired()) {
                en += ", have the erasure checked";
                zh += "，并核验销毁效果";
            }
            if (e.certificateRequired()) {
                en += " and keep the erasure certificate";
                zh += "，保留销毁证明";
            }
        } else {
            en = "Really delete the data with its copies and indexes, by the method given for its storage medium; "
                    + "marking it as deleted is not enough";
            zh = "须按存储介质规定的方法真正删除数据及其副本和索引，仅标记为已删除是不够的";
        }
        if (e.methods() != null && e.methods().size() == 1) {
            Map.Entry<Medium, String> only = e.methods().entrySet().iterator().next();
            String methodZh = e.methodsZh() == null ? null : e.methodsZh().get(only.getKey());
            en += "; method: " + only.getValue();
            zh += "；方法：" + (methodZh != null ? methodZh : only.getValue());
        }
        return new Obligations.Summary("erasure", en + ".", zh + "。");
    }
}

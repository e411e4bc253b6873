package cn.energydata.policy.engine;

/** Chinese words for the enums that reasons name, and the effect in both languages (the controls' sentences). */
public final class Terms {

    private Terms() {
    }

    public static String zh(Action action) {
        return switch (action) {
            case VIEW -> "查看";
            case DOWNLOAD -> "下载";
            case MODIFY -> "修改";
            case SHARE_INTERNAL -> "内部共享";
            case PROVIDE_TO_ENTITY -> "向其他主体提供";
            case TRANSFER_CROSS_BORDER -> "出境传输";
            case PUBLISH -> "公开";
            case DELETE -> "删除";
            case MODEL_TRAINING -> "模型训练";
        };
    }

    public static String zh(Level level) {
        return switch (level) {
            case GENERAL -> "一般数据";
            case IMPORTANT -> "重要数据";
            case CORE -> "核心数据";
        };
    }

    public static String en(Effect effect) {
        return switch (effect) {
            case PERMIT -> "Permitted";
            case APPROVAL_REQUIRED -> "Needs approval";
            case DENY -> "Denied";
        };
    }

    public static String zh(Effect effect) {
        return switch (effect) {
            case PERMIT -> "允许";
            case APPROVAL_REQUIRED -> "需审批";
            case DENY -> "拒绝";
        };
    }
}

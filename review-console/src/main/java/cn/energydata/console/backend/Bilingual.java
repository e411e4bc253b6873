package cn.energydata.console.backend;

/**
 * The policy service answers its sentences in English and Chinese (issue 15 item 4); the Chinese one may be null
 * (an operator's policy without Chinese, a record made before): then the English one is shown.
 */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(boolean zh, String english, String chinese) {
        return zh && chinese != null && !chinese.isBlank() ? chinese : english;
    }
}

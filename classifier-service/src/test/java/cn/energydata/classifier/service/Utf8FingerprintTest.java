package cn.energydata.classifier.service;

import cn.energydata.common.hash.Sha256;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8FingerprintTest {

    @Test
    void sameAsHashingTheWholeEncoding() {
        String longMixed = "客户姓名：张晓明，身份证号 110101199003078515 🙂 abc\n".repeat(5000); // many 64 KiB pieces
        for (String text : new String[]{"", "hello", "电网调度", "lone \uD800 surrogate", longMixed}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(new Utf8Fingerprint(Sha256.hex(bytes), bytes.length), Utf8Fingerprint.of(text), text.length() + " chars");
        }
    }
}

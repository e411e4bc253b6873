package cn.energydata.common.problem;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StreamedBodyLimitTest {

    @Test
    void aBodyOfExactlyTheLimitIsRead() throws IOException {
        byte[] body = new byte[1000];
        try (InputStream in = new StreamedBodyLimit.LimitedInputStream(new ByteArrayInputStream(body), 1000)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreIsTooLarge() {
        InputStream in = new StreamedBodyLimit.LimitedInputStream(new ByteArrayInputStream(new byte[1001]), 1000);
        assertThrows(PayloadTooLargeException.class, in::readAllBytes);
    }

    @Test
    void singleByteReadsAndSkipsCountToo() throws IOException {
        InputStream in = new StreamedBodyLimit.LimitedInputStream(new ByteArrayInputStream(new byte[10]), 5);
        in.skip(4);
        in.read();
        assertThrows(PayloadTooLargeException.class, in::read);
    }
}

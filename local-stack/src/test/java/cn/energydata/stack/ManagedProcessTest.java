package cn.energydata.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagedProcessTest {

    @Test
    void aProcessThatDiesWhileStartingReportsTheTailOfItsLog(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ManagedProcess failing = new ManagedProcess("broken-service",
                List.of("bash", "-c", "echo 'config error: quarkus.datasource.jdbc.url is invalid'; exit 3"),
                Map.of(), dir, dir.resolve("logs/broken.log"), URI.create("http://localhost:" + port + "/q/health/ready"),
                port);
        failing.start();
        StackException e = assertThrows(StackException.class, () -> failing.awaitReady(Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("broken-service exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("quarkus.datasource.jdbc.url is invalid"), e.getMessage());
        assertFalse(failing.isRunning());
    }
}

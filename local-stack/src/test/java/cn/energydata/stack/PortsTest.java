package cn.energydata.stack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void takenPortGivesAMessageNamingPortComponentAndRemedy() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackException e = assertThrows(StackException.class,
                    () -> Ports.requireFree(taken.getLocalPort(), "Keycloak"));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " (Keycloak) is already in use"));
            assertTrue(e.getMessage().contains("KEYCLOAK_PORT"));
        }
    }

    @Test
    void freePortPasses() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertDoesNotThrow(() -> Ports.requireFree(port, "catalog-service"));
    }
}

package cn.energydata.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Refuses to start a component on a port another program already holds, with a message that says what to do. */
final class Ports {

    private Ports() {
    }

    /** A port nobody holds right now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free port: " + e.getMessage(), e);
        }
    }

    static void requireFree(int port, String component) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like the servers themselves: connections of a just-stopped stack in TIME_WAIT don't count.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StackException("Port " + port + " (" + component + ") is already in use. Stop the program "
                    + "holding it (e.g. a stack still running: `ss -ltnp | grep " + port + "`), or choose another "
                    + "port (see README: KEYCLOAK_PORT, CLASSIFIER_PORT, CATALOG_PORT, POLICY_PORT, CONSOLE_PORT, DISCOVERY_PORT, "
                    + "STACK_POSTGRES_PORT, or CLASSIFIER_MANAGEMENT_PORT … DISCOVERY_MANAGEMENT_PORT for the management interfaces).");
        }
    }
}

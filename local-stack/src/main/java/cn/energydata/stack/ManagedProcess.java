package cn.energydata.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One child process of the stack (Keycloak or a service): started with its output in a log file, ready
 * when its readiness URL answers 200, stopped gracefully with its descendants. It can be stopped and
 * started again, which the failure tests use.
 */
public class ManagedProcess {

    private static final int LOG_TAIL_LINES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private final URI readinessUrl;
    private final int port;
    private Process process;

    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
                          Path logFile, URI readinessUrl, int port) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.logFile = logFile;
        this.readinessUrl = readinessUrl;
        this.port = port;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Ports.requireFree(port, name);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new StackException("Could not start " + name + " (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
    }

    /** Waits until the readiness URL answers 200; fails fast with the log's tail if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new StackException(name + " exited with code " + exitCode() + " while starting. Last lines of "
                        + logFile + ":\n" + tailOfLog());
            }
            if (answers200()) {
                return;
            }
            sleep(Duration.ofMillis(300));
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s (" + readinessUrl
                + "). Last lines of " + logFile + ":\n" + tailOfLog());
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The operating system's process id, or -1 when not running. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** {@code kill -9}: no shutdown hook, no flush, as when a node or a container dies. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** SIGTERM to the process and its children, then SIGKILL after a grace period. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    /** Resident memory of the process and its descendants, in MiB (from /proc; 0 elsewhere). */
    public synchronized long residentMemoryMiB() {
        if (!isRunning()) {
            return 0;
        }
        long kib = rssKib(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            kib += rssKib(child.pid());
        }
        return kib / 1024;
    }

    public String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean answers200() {
        try {
            HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + name);
        }
    }

    private synchronized String exitCode() {
        return process == null ? "?" : String.valueOf(process.exitValue());
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone or not Linux
        }
        return 0;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted");
        }
    }
}

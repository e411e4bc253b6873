package cn.energydata.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** HTTP calls that time themselves into an {@link EndpointStats}. One client (HTTP/1.1, keep-alive) for all. */
public final class Http implements AutoCloseable {

    /** Longer than the catalog's two 60 s attempts at the classifier, so its 202 "grading pending" is seen. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(180);

    /** An answer that counted as OK or TOLERATED. */
    public record Answer(int status, String body, JsonNode json) {
    }

    public static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "http-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(executor)
            .build();

    public static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
    }

    public static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /**
     * Sends, times and records one call.
     *
     * @return the answer when its status is {@code expected} or one of {@code tolerated}; otherwise null (an error,
     * recorded with its status and the start of the body)
     */
    public Answer send(EndpointStats stats, HttpRequest request, long bodyBytes, int expected, Set<Integer> tolerated) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            stats.record(start, System.nanoTime() - start, EndpointStats.Outcome.ERROR, "timeout", 0,
                    request.method() + " " + request.uri() + ": " + e.getMessage());
            return null;
        } catch (ConnectException e) {
            stats.record(start, System.nanoTime() - start, EndpointStats.Outcome.ERROR, "connect", 0,
                    request.uri() + ": " + e);
            return null;
        } catch (IOException e) {
            stats.record(start, System.nanoTime() - start, EndpointStats.Outcome.ERROR, "io", 0,
                    request.uri() + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long duration = System.nanoTime() - start;
        int status = response.statusCode();
        EndpointStats.Outcome outcome = status == expected ? EndpointStats.Outcome.OK
                : tolerated.contains(status) ? EndpointStats.Outcome.TOLERATED : EndpointStats.Outcome.ERROR;
        stats.record(start, duration, outcome, String.valueOf(status), bodyBytes,
                outcome == EndpointStats.Outcome.ERROR ? request.method() + " " + request.uri().getPath() + " "
                        + response.body() : null);
        if (outcome == EndpointStats.Outcome.ERROR) {
            return null;
        }
        JsonNode json = null;
        String body = response.body();
        if (body != null && !body.isBlank() && response.headers().firstValue("Content-Type")
                .map(t -> t.contains("json")).orElse(false)) {
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                json = null;
            }
        }
        return new Answer(status, body, json);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package cn.energydata.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the threads do. Registrants (alice of east-grid, erin of north-oil) register an asset and upload a
 * document of the mixed corpus for it, in turn; deciders ask policy-service for decisions on the graded assets
 * of their organisation (one in ten on the other organisation's, which must be a DENY); readers (bob and frank
 * in turn, each call) read the review queue, search, read an asset's detail and confirm the proposed grade of
 * fresh assets.
 */
final class Workload {

    static final String TOKEN = "POST /realms/energy/…/token (Keycloak)";
    static final String REGISTER = "POST /api/assets (catalog)";
    static final String UPLOAD = "POST /api/assets/{id}/content (catalog → classifier)";
    static final String UPLOAD_SMALL = "documents below 100 KB";
    static final String UPLOAD_LARGE = "documents of 1 MB or more";
    static final long LARGE_BYTES = 1_000_000;
    static final String DECISION = "POST /api/decisions (policy → catalog)";
    static final String QUEUE = "GET /api/review-queue (catalog)";
    static final String SEARCH = "GET /api/assets?q= (catalog)";
    static final String DETAIL = "GET /api/assets/{id} (catalog)";
    static final String REVIEW = "POST /api/assets/{id}/reviews (catalog)";

    private static final String BOUNDARY = "----load-test-boundary-3c9f1e";
    private static final List<String> ACTIONS = List.of("VIEW", "DOWNLOAD", "MODIFY", "SHARE_INTERNAL",
            "PROVIDE_TO_ENTITY", "TRANSFER_CROSS_BORDER", "PUBLISH", "DELETE", "MODEL_TRAINING");
    private static final List<String> SEARCH_TERMS = List.of("customers", "substation", "report", "load", "case");

    /** A user of the demo realm and the organisation in its token. */
    record User(String name, String organisation) {
    }

    static final User ALICE = new User("alice", "east-grid");
    static final User ERIN = new User("erin", "north-oil");
    static final User BOB = new User("bob", "east-grid");
    static final User FRANK = new User("frank", "north-oil");

    private record Upload(MixedCorpus.Doc doc, byte[] multipart) {
    }

    private final Http http;
    private final String catalog;
    private final String policy;
    private final int thinkMillis;
    private final Map<String, EndpointStats> stats = new LinkedHashMap<>();
    private final Map<String, TokenSource> tokens = new LinkedHashMap<>();
    private final List<Upload> uploads = new ArrayList<>();
    private final AtomicLong nextDoc = new AtomicLong();
    private final Map<String, AssetPool> graded = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> toReview = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> effects = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> levels = new ConcurrentHashMap<>();
    private final AtomicLong driverFailures = new AtomicLong();
    private volatile boolean stopped;

    Workload(Http http, Window window, String issuer, String catalog, String policy, List<MixedCorpus.Doc> corpus,
             int thinkMillis) {
        this.http = http;
        this.catalog = catalog;
        this.policy = policy;
        this.thinkMillis = thinkMillis;
        for (String name : List.of(REGISTER, UPLOAD, DECISION, QUEUE, SEARCH, DETAIL, REVIEW, TOKEN)) {
            stats.put(name, new EndpointStats(name, window));
            if (name.equals(UPLOAD)) {
                stats.put(UPLOAD_SMALL, new EndpointStats(UPLOAD_SMALL, window, stats.get(UPLOAD)));
                stats.put(UPLOAD_LARGE, new EndpointStats(UPLOAD_LARGE, window, stats.get(UPLOAD)));
            }
        }
        if (corpus.stream().anyMatch(d -> d.bytes().length >= 100_000 && d.bytes().length < LARGE_BYTES)) {
            throw new IllegalArgumentException("The upload breakdown assumes no document of 100 KB to 1 MB");
        }
        for (User user : List.of(ALICE, ERIN, BOB, FRANK)) {
            tokens.put(user.name(), new TokenSource(http, stats.get(TOKEN), issuer, user.name()));
        }
        for (MixedCorpus.Doc doc : corpus) {
            uploads.add(new Upload(doc, multipart(doc)));
        }
        for (String org : List.of(ALICE.organisation(), ERIN.organisation())) {
            graded.put(org, new AssetPool());
            toReview.put(org, new ConcurrentLinkedQueue<>());
        }
    }

    /** Fetches every user's first token (outside the measured window). */
    void login() {
        tokens.values().forEach(TokenSource::token);
    }

    void stop() {
        stopped = true;
    }

    Map<String, EndpointStats> stats() {
        return stats;
    }

    long driverFailures() {
        return driverFailures.get();
    }

    Map<String, Long> effects() {
        return snapshot(effects);
    }

    Map<String, Long> levels() {
        return snapshot(levels);
    }

    Runnable registrant(int index) {
        User user = index % 2 == 0 ? ALICE : ERIN;
        return loop(() -> registerAndUpload(user));
    }

    Runnable decider(int index) {
        User user = index % 2 == 0 ? ALICE : ERIN;
        return loop(() -> decide(user));
    }

    /** Alternates bob and frank from one iteration to the next, so one reader serves both organisations. */
    Runnable reader(int index) {
        AtomicLong iteration = new AtomicLong(index);
        return loop(() -> {
            long i = iteration.getAndIncrement();
            read(i % 2 == 0 ? BOB : FRANK, i);
        });
    }

    private Runnable loop(Runnable iteration) {
        return () -> {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                try {
                    iteration.run();
                } catch (TokenUnavailable e) {
                    pause(500); // recorded as a token error already
                } catch (RuntimeException e) {
                    driverFailures.incrementAndGet();
                    System.err.println("Load driver failure (a bug of the driver, not of the stack): " + e);
                    e.printStackTrace();
                    pause(500);
                }
                if (thinkMillis > 0) {
                    pause(thinkMillis);
                }
            }
        };
    }

    private void registerAndUpload(User user) {
        Upload upload = uploads.get((int) (nextDoc.getAndIncrement() % uploads.size()));
        ObjectNode asset = Http.JSON.createObjectNode()
                .put("name", "load " + upload.doc().name() + " " + System.nanoTime())
                .put("description", "Registered by the load test")
                .put("type", "FILE")
                .put("ownerDepartment", "Load test")
                .put("ownerContact", "load@" + user.organisation() + ".example")
                .put("energyActivity", "PRODUCTION")
                .put("format", upload.doc().format());
        asset.putArray("provinces").add("Jiangsu");
        Http.Answer registered = http.send(stats.get(REGISTER), Http.request(catalog + "/api/assets")
                .header("Authorization", bearer(user))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(asset.toString()))
                .build(), 0, 201, Set.of());
        if (registered == null || registered.json() == null) {
            return;
        }
        String id = registered.json().path("id").asText();
        // 202 is the catalog's documented answer when the classifier is unreachable (grading pending): tolerated,
        // counted separately, and the asset is not used further.
        EndpointStats uploadStats = stats.get(upload.doc().bytes().length >= LARGE_BYTES ? UPLOAD_LARGE : UPLOAD_SMALL);
        Http.Answer graded = http.send(uploadStats, Http.request(catalog + "/api/assets/" + id + "/content")
                .header("Authorization", bearer(user))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(upload.multipart()))
                .build(), upload.doc().bytes().length, 200, Set.of(202));
        if (graded != null && graded.status() == 200 && graded.json() != null) {
            levels.computeIfAbsent(graded.json().path("level").asText("none"), k -> new LongAdder()).increment();
            this.graded.get(user.organisation()).add(id);
            toReview.get(user.organisation()).add(id);
        }
    }

    private void decide(User user) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean otherOrganisation = random.nextInt(10) == 0;
        String org = otherOrganisation ? other(user.organisation()) : user.organisation();
        String assetId = graded.get(org).random();
        if (assetId == null) {
            pause(200); // nothing graded yet (warm-up)
            return;
        }
        String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
        ObjectNode body = Http.JSON.createObjectNode().put("action", action).put("assetId", assetId);
        ObjectNode context = body.putObject("context");
        switch (action) {
            case "TRANSFER_CROSS_BORDER" -> context.put("country", "DE").put("purpose", "joint research");
            case "PROVIDE_TO_ENTITY" -> context.put("purpose", "joint planning");
            case "DELETE" -> context.put("medium", "DATABASE");
            default -> { }
        }
        Http.Answer answer = http.send(stats.get(DECISION), Http.request(policy + "/api/decisions")
                .header("Authorization", bearer(user))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), 0, 200, Set.of());
        if (answer != null && answer.json() != null) {
            String effect = answer.json().path("effect").asText("?");
            effects.computeIfAbsent(otherOrganisation ? "other organisation: " + effect : effect,
                    k -> new LongAdder()).increment();
        }
    }

    private void read(User user, long iteration) {
        switch ((int) (iteration % 3)) {
            case 0 -> http.send(stats.get(QUEUE), get(user, catalog + "/api/review-queue?size=20"), 0, 200, Set.of());
            case 1 -> http.send(stats.get(SEARCH), get(user, catalog + "/api/assets?size=20&q="
                    + SEARCH_TERMS.get((int) (iteration / 3 % SEARCH_TERMS.size()))), 0, 200, Set.of());
            default -> detailAndReview(user);
        }
    }

    /** Confirms the grade of the oldest fresh asset of the reviewer's organisation, or reads a random one. */
    private void detailAndReview(User user) {
        String fresh = toReview.get(user.organisation()).poll();
        String id = fresh != null ? fresh : graded.get(user.organisation()).random();
        if (id == null) {
            pause(200);
            return;
        }
        Http.Answer detail = http.send(stats.get(DETAIL), get(user, catalog + "/api/assets/" + id), 0, 200, Set.of());
        if (fresh == null || detail == null || detail.json() == null) {
            return;
        }
        JsonNode asset = detail.json().path("asset");
        if (!"PROPOSED".equals(asset.path("status").asText())) {
            return;
        }
        ObjectNode review = Http.JSON.createObjectNode().put("decision", "CONFIRM")
                .put("justification", "Confirmed by the load test")
                .put("version", asset.path("version").asLong());
        http.send(stats.get(REVIEW), Http.request(catalog + "/api/assets/" + id + "/reviews")
                .header("Authorization", bearer(user))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(review.toString()))
                .build(), 0, 200, Set.of());
    }

    private java.net.http.HttpRequest get(User user, String url) {
        return Http.request(url).header("Authorization", bearer(user)).GET().build();
    }

    private String bearer(User user) {
        try {
            return "Bearer " + tokens.get(user.name()).token();
        } catch (IllegalStateException e) {
            throw new TokenUnavailable(e);
        }
    }

    private static String other(String organisation) {
        return organisation.equals(ALICE.organisation()) ? ERIN.organisation() : ALICE.organisation();
    }

    private static byte[] multipart(MixedCorpus.Doc doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.bytes().length + 300);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + doc.name()
                + "\"\r\nContent-Type: " + doc.contentType() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(doc.bytes());
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keycloak gave no token: the call was recorded as an error; the thread waits and tries again. */
    private static final class TokenUnavailable extends RuntimeException {
        TokenUnavailable(Throwable cause) {
            super(cause);
        }
    }

    /** Ids of graded assets, for random picks. */
    static final class AssetPool {
        private final List<String> ids = new ArrayList<>();

        synchronized void add(String id) {
            ids.add(id);
        }

        synchronized String random() {
            return ids.isEmpty() ? null : ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        }

        synchronized int size() {
            return ids.size();
        }
    }
}

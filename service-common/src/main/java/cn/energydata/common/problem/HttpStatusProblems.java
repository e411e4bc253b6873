package cn.energydata.common.problem;

import java.util.Map;

/** Titles, type slugs and default explanations for the HTTP statuses the framework itself raises. */
public final class HttpStatusProblems {

    private record Entry(String slug, String title, String detail) {
    }

    private static final Map<Integer, Entry> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Entry("bad-request", "Bad request", "The request could not be understood.")),
            Map.entry(401, new Entry("unauthorized", "Unauthorized",
                    "A valid bearer token from the energy realm is required.")),
            Map.entry(403, new Entry("forbidden", "Forbidden", "Your roles do not allow this operation.")),
            Map.entry(404, new Entry("not-found", "Not found", "There is no resource at this path.")),
            Map.entry(405, new Entry("method-not-allowed", "Method not allowed",
                    "This resource does not support the HTTP method used.")),
            Map.entry(406, new Entry("not-acceptable", "Not acceptable",
                    "This resource cannot produce any of the media types in the Accept header.")),
            Map.entry(409, new Entry("conflict", "Conflict", "The request conflicts with the resource's current state.")),
            Map.entry(413, new Entry("payload-too-large", "Payload too large",
                    "The request body exceeds the size this service accepts.")),
            Map.entry(414, new Entry("uri-too-long", "URI too long",
                    "The request URI is longer than this service accepts; send long criteria in a request body.")),
            Map.entry(415, new Entry("unsupported-media-type", "Unsupported media type",
                    "This resource does not accept the request's Content-Type.")),
            Map.entry(431, new Entry("headers-too-large", "Request headers too large",
                    "The request's header fields are larger than this service accepts.")),
            Map.entry(429, new Entry("too-many-requests", "Too many requests", "Slow down and retry later.")),
            Map.entry(500, new Entry("internal-error", "Internal error", "The service failed unexpectedly.")),
            Map.entry(503, new Entry("unavailable", "Service unavailable", "A dependency is unavailable; retry later.")));

    private HttpStatusProblems() {
    }

    public static Problem forStatus(int status, String instance) {
        return forStatus(status, null, instance);
    }

    /** A problem for {@code status}; {@code detail} replaces the default explanation when given. */
    public static Problem forStatus(int status, String detail, String instance) {
        Entry entry = BY_STATUS.getOrDefault(status,
                new Entry("http-" + status, "HTTP " + status, "The request failed with HTTP status " + status + "."));
        return Problem.of(status, entry.slug(), entry.title(), detail != null ? detail : entry.detail(), instance);
    }
}

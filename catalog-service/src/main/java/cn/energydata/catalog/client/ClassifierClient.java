package cn.energydata.catalog.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

/**
 * The only way into classifier-service. Failures become {@link ClassifierUnavailableException} (grade later)
 * or {@link ClassifierRejectedException} (the input is wrong); the form is rebuilt on every attempt so a retry
 * re-streams the file from disk.
 */
@ApplicationScoped
public class ClassifierClient {

    @Inject
    @RestClient
    ClassifierApi api;

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ClassifierRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ClassifierRejectedException.class)
    public ClassificationResult classifyContent(String bearerToken, Path content, String filename, String mediaType,
                                                Descriptor descriptor) {
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", filename, content.toString(),
                        mediaType == null ? "application/octet-stream" : mediaType)
                .entity("descriptor", descriptor, "application/json", Descriptor.class);
        return call(() -> api.classifyContent(bearer(bearerToken), form));
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ClassifierRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ClassifierRejectedException.class)
    public ClassificationResult classifyDescriptor(String bearerToken, Descriptor descriptor) {
        return call(() -> api.classifyDescriptor(bearer(bearerToken), new ClassifierApi.TextRequest(null, descriptor)));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ClassifierRejectedException.class)
    public RulePackInfo rules(String bearerToken) {
        return call(() -> api.rules(bearer(bearerToken)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new ClassifierRejectedException(status);
            }
            throw new ClassifierUnavailableException("classifier answered HTTP " + status, e);
        } catch (RuntimeException e) {
            throw new ClassifierUnavailableException("classifier unreachable: " + e.getClass().getSimpleName(), e);
        }
    }
}

package cn.energydata.discovery.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** Grading through classifier-service; anything but an answer becomes {@link ServiceCallException}. */
@ApplicationScoped
public class ClassifierClient {

    @Inject
    @RestClient
    ClassifierApi api;

    public JsonNode classify(Descriptor descriptor) {
        try {
            return api.classifyDescriptor(new ClassifierApi.DescriptorRequest(descriptor));
        } catch (WebApplicationException e) {
            throw new ServiceCallException("the classifier answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new ServiceCallException("the classifier could not be reached");
        }
    }

    /** Sends content (at most the sampling budget) as the multipart part {@code file}. */
    public JsonNode classifyContent(String filename, byte[] content) {
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", filename, Buffer.buffer(content), "application/octet-stream");
        try {
            return api.classifyContent(form);
        } catch (WebApplicationException e) {
            throw new ServiceCallException("the classifier answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new ServiceCallException("the classifier could not be reached");
        }
    }
}

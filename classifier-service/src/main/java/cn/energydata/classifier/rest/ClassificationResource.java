package cn.energydata.classifier.rest;

import cn.energydata.classifier.engine.Descriptor;
import cn.energydata.classifier.rest.dto.ClassificationResponse;
import cn.energydata.classifier.rest.dto.DescriptorRequest;
import cn.energydata.classifier.rest.dto.TextRequest;
import cn.energydata.classifier.service.ClassificationService;
import cn.energydata.classifier.service.TextSource;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.common.rest.NulCharacterCheck;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;

/** Classifies an uploaded document, a text or a descriptor. Auditors may read rules, not submit content. */
@Path("/api/classifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.INTERNAL_SERVICE})
public class ClassificationResource {

    @Inject
    ClassificationService service;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ClassificationResponse upload(@RestForm("file") FileUpload file, @RestForm("descriptor") String descriptor) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("The multipart request needs a part named 'file' holding the document");
        }
        return ClassificationResponse.of(service.classifyFile(file.uploadedFile(), file.fileName(), parseDescriptor(descriptor)));
    }

    /**
     * The body is taken as a stream and read only once the service holds a classification slot (issue 14 target 3):
     * requests waiting for a slot, or refused with 503, hold no body in memory. Its answers are those of a
     * {@link TextRequest} entity (NUL characters, malformed JSON, an empty body).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TextRequest.class)))
    public ClassificationResponse classify(InputStream body) throws IOException {
        return ClassificationResponse.of(service.classifyText(() -> read(body)));
    }

    private TextSource.Content read(InputStream body) throws IOException {
        TextRequest request = NulCharacterCheck.readRequest(json.readerFor(TextRequest.class), body);
        if (request == null || (request.text() == null && request.descriptor() == null)) {
            throw ProblemException.badRequest("The request needs 'text', 'descriptor' or both");
        }
        return new TextSource.Content(request.text(),
                request.descriptor() == null ? null : request.descriptor().toDescriptor());
    }

    private Descriptor parseDescriptor(String descriptor) {
        if (descriptor == null || descriptor.isBlank()) {
            return null;
        }
        try {
            return json.readValue(descriptor, DescriptorRequest.class).toDescriptor();
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The 'descriptor' part is not a valid descriptor JSON object");
        }
    }
}

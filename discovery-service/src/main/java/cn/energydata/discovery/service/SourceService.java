package cn.energydata.discovery.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.CredentialsMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.repository.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registration of an organisation's data sources. Another organisation's source is answered as not found. */
@ApplicationScoped
public class SourceService {

    private static final Logger LOG = Logger.getLogger(SourceService.class);

    @Inject
    SourceRepository sources;

    @Inject
    CredentialCipher cipher;

    @Inject
    Clock clock;

    @Transactional
    public SourceView register(String organisation, String username, SourceCommand command) {
        SourceValidation.check(command);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Source source = withCredentials(new Source(id, organisation, command.name(), command.kind(), command.spec(),
                CredentialsMode.NONE, null, null, username, now, now), command);
        if (!sources.insert(source)) {
            throw nameTaken(command.name());
        }
        LOG.infof("Source %s (%s, %s) registered for %s by %s", source.name(), source.kind(), source.location(),
                organisation, username);
        return SourceView.of(source);
    }

    /** Replaces the source; credentials left out of the command stay as they were. */
    @Transactional
    public SourceView replace(String organisation, UUID id, String username, SourceCommand command) {
        SourceValidation.check(command);
        Source current = find(organisation, id);
        Source replaced = withCredentials(new Source(id, organisation, command.name(), command.kind(), command.spec(),
                current.credentialsMode(), current.credentialsCipher(), current.credentialsRef(), username,
                current.createdAt(), clock.instant()), command);
        if (!sources.update(replaced)) {
            throw nameTaken(command.name());
        }
        return SourceView.of(replaced);
    }

    @Transactional
    public void delete(String organisation, UUID id) {
        sources.delete(find(organisation, id).id());
    }

    @Transactional
    public SourceView get(String organisation, UUID id) {
        return SourceView.of(find(organisation, id));
    }

    @Transactional
    public PageView<SourceView> list(String organisation, int page, int size) {
        List<SourceView> items = sources.ofOrganisation(organisation, page, size).stream().map(SourceView::of).toList();
        return new PageView<>(items, page, size, sources.count(organisation));
    }

    /** The source if it belongs to the organisation; 404 otherwise, as for an unknown id. */
    public Source find(String organisation, UUID id) {
        return sources.find(id).filter(s -> s.organisation().equals(organisation))
                .orElseThrow(() -> ProblemException.notFound("Source " + id));
    }

    private Source withCredentials(Source source, SourceCommand command) {
        if (command.credentials() != null) {
            Credentials credentials = new Credentials(command.credentials().username(), command.credentials().password());
            return new Source(source.id(), source.organisation(), source.name(), source.kind(), source.spec(),
                    CredentialsMode.STORED, cipher.encrypt(source.id(), credentials), null, source.registeredBy(),
                    source.createdAt(), source.updatedAt());
        }
        if (command.credentialsRef() != null) {
            return new Source(source.id(), source.organisation(), source.name(), source.kind(), source.spec(),
                    CredentialsMode.REFERENCED, null, command.credentialsRef(), source.registeredBy(),
                    source.createdAt(), source.updatedAt());
        }
        return source;
    }

    private static ProblemException nameTaken(String name) {
        return new ProblemException(409, "source-name-taken", "Conflict",
                "Your organisation already has a source named '" + name + "'");
    }
}

package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** S3-compatible object storage. */
@ApplicationScoped
public class S3SourceScanner extends ObjectScanner {

    @Override
    public SourceKind kind() {
        return SourceKind.S3;
    }

    @Override
    public TaskKind itemTaskKind() {
        return TaskKind.OBJECT;
    }

    @Override
    ItemKind itemKind() {
        return ItemKind.OBJECT;
    }

    @Override
    ObjectStore open(Source source, Credentials credentials) {
        return new S3ObjectStore(source.spec().s3(), credentials,
                Duration.ofSeconds(source.spec().statementTimeoutOrDefault() + 30L));
    }
}

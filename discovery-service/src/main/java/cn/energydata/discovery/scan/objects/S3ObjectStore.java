package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.SourceSpec;
import cn.energydata.discovery.service.SourceUnavailableException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An S3-compatible bucket (MinIO, Ceph, cloud) through the AWS SDK: listed under the prefix, read with ranged GETs.
 * The source's user name and password are the access key and secret key.
 */
public class S3ObjectStore implements ObjectStore {

    private final S3Client client;
    private final SourceSpec.S3 spec;
    private final String prefix;

    public S3ObjectStore(SourceSpec.S3 spec, Credentials credentials, Duration timeout) {
        this.spec = spec;
        this.prefix = spec.prefix() == null ? "" : spec.prefix();
        AwsCredentialsProvider provider = credentials.username() == null ? AnonymousCredentialsProvider.create()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(credentials.username(), credentials.password()));
        this.client = S3Client.builder()
                .endpointOverride(URI.create(spec.endpoint()))
                .region(Region.of(spec.region() == null ? "us-east-1" : spec.region()))
                .forcePathStyle(spec.pathStyle() == null || spec.pathStyle())
                // Checksums only where S3 requires them: MinIO, Ceph and others refuse the newer checksum headers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(provider)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(timeout))
                .build();
    }

    @Override
    public List<StoredObject> list(int max) {
        List<StoredObject> objects = new ArrayList<>();
        try {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(spec.bucket()).prefix(prefix).build();
            for (S3Object object : client.listObjectsV2Paginator(request).contents()) {
                if (objects.size() >= max) {
                    break;
                }
                if (!object.key().endsWith("/")) {
                    objects.add(new StoredObject(object.key().substring(prefix.length()), object.size(),
                            unquote(object.eTag()), object.lastModified()));
                }
            }
        } catch (S3Exception e) {
            throw refused(e);
        } catch (SdkClientException e) {
            throw new SourceUnavailableException("unreachable", "could not connect to " + spec.endpoint());
        }
        return objects;
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(b -> b.bucket(spec.bucket()).key(prefix + key));
            return Optional.of(new StoredObject(key, head.contentLength(), unquote(head.eTag()), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw refused(e);
        }
    }

    @Override
    public byte[] readFirst(String key, long bytes) {
        if (bytes <= 0) {
            return new byte[0];
        }
        try {
            return client.getObject(b -> b.bucket(spec.bucket()).key(prefix + key).range("bytes=0-" + (bytes - 1)),
                    ResponseTransformer.toBytes()).asByteArray();
        } catch (S3Exception e) {
            throw refused(e);
        }
    }

    private SourceUnavailableException refused(S3Exception e) {
        if (e.statusCode() == 403) {
            return new SourceUnavailableException("access-denied", "the object store at " + spec.endpoint()
                    + " refused the access key or denied access to bucket " + spec.bucket());
        }
        if (e.statusCode() == 404) {
            return new SourceUnavailableException("bucket-not-found", "bucket " + spec.bucket() + " does not exist");
        }
        return new SourceUnavailableException("object-store-error", "the object store answered HTTP " + e.statusCode());
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    @Override
    public void close() {
        client.close();
    }
}

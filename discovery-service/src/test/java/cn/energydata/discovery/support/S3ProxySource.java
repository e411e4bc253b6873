package cn.energydata.discovery.support;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** S3Proxy in this JVM with its filesystem backend: an S3 endpoint with a real protocol, signatures and ranges. */
public final class S3ProxySource {

    public static final String ACCESS_KEY = "scanner-access";
    public static final String SECRET_KEY = "scanner-secret";

    private static S3Proxy proxy;
    private static BlobStore blobStore;

    private S3ProxySource() {
    }

    public static synchronized String endpoint() throws Exception {
        if (proxy == null) {
            Path base = Files.createTempDirectory("s3proxy");
            Properties properties = new Properties();
            properties.setProperty("jclouds.filesystem.basedir", base.toString());
            blobStore = ContextBuilder.newBuilder("filesystem").overrides(properties)
                    .build(BlobStoreContext.class).getBlobStore();
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            proxy = S3Proxy.builder().blobStore(blobStore).endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(20);
            }
        }
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public static BlobStore blobStore() throws Exception {
        endpoint();
        return blobStore;
    }
}

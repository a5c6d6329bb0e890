package io.grantline.cloud.aws;

import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.TemplateLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Templates in the platform's bucket ({@code grantline.cloud.templates-bucket}), handed out as presigned GetObject
 * URLs signed with the platform's credentials.
 */
public class AwsTemplateLinks implements TemplateLinks {

    private final AwsPlatformClients clients;
    // what this instance last uploaded per key, so an unchanged template is not uploaded on every request
    private final Map<String, String> uploaded = new ConcurrentHashMap<>();

    public AwsTemplateLinks(AwsPlatformClients clients) {
        this.clients = clients;
    }

    @Override
    public String publish(String key, String content) {
        String bucket = clients.settings().templatesBucket();
        if (bucket.isEmpty()) {
            throw new CloudResourceNotFoundException("No bucket for the templates is configured "
                    + "(grantline.cloud.templates-bucket): " + key + " could not be found on Amazon S3");
        }
        String digest = sha256(content);
        try {
            if (!digest.equals(uploaded.get(key))) {
                clients.s3().putObject(request -> request.bucket(bucket).key(key)
                        .contentType(TemplateLinks.contentTypeOf(key)), RequestBody.fromString(content,
                        StandardCharsets.UTF_8));
                uploaded.put(key, digest);
            }
            return clients.presigner().presignGetObject(presign -> presign
                    .signatureDuration(clients.settings().linkValidity())
                    .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString();
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:PutObject s3://" + bucket + "/" + key, e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

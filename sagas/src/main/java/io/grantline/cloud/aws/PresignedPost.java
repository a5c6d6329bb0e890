package io.grantline.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The form fields of a browser upload to S3 by HTTP POST, signed with Signature Version 4 (the SDK presigns GET
 * and PUT URLs only): a base64 POST policy naming the bucket, the key, the expiry and the signing scope, and the
 * policy's signature. The fields and their order are those boto3's generate_presigned_post answers.
 */
final class PresignedPost {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PresignedPost() {
    }

    static Map<String, String> fields(AwsCredentials credentials, String region, String bucket, String key,
                                      Instant now, Duration validity) {
        String credential = credentials.accessKeyId() + "/" + DAY.format(now) + "/" + region + "/s3/aws4_request";
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("x-amz-algorithm", ALGORITHM);
        signed.put("x-amz-credential", credential);
        signed.put("x-amz-date", TIME.format(now));
        if (credentials instanceof AwsSessionCredentials session) {
            signed.put("x-amz-security-token", session.sessionToken());
        }
        String policy = policy(bucket, key, now.plus(validity), signed);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.putAll(signed);
        fields.put("policy", policy);
        fields.put("x-amz-signature", HexFormat.of().formatHex(hmac(
                signingKey(credentials.secretAccessKey(), DAY.format(now), region, "s3"), policy)));
        return fields;
    }

    /** The base64 of the policy document: what S3 checks the form against, and the string that is signed. */
    static String policy(String bucket, String key, Instant expiration, Map<String, String> signingFields) {
        ObjectNode document = JSON.createObjectNode();
        document.put("expiration", EXPIRATION.format(expiration));
        ArrayNode conditions = document.putArray("conditions");
        conditions.addObject().put("bucket", bucket);
        conditions.addObject().put("key", key);
        signingFields.forEach((name, value) -> conditions.addObject().put(name, value));
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy of strings is always writable as JSON", e);
        }
    }

    /** Signature Version 4's signing key: the secret, then the day, region, service and request type. */
    static byte[] signingKey(String secretAccessKey, String day, String region, String service) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}

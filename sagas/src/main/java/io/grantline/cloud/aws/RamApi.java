package io.grantline.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * AWS RAM's REST-JSON API, called as the account's pivot role. The SDK's RAM module is not available from the
 * repository this project builds from, so RAM is called with the SDK's own HTTP client and Signature Version 4
 * signer: the same credentials, signing and errors as the generated clients, for the two operations needed.
 */
final class RamApi {

    static final String SIGNING_NAME = "ram";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final AwsShareClients clients;

    RamApi(AwsShareClients clients) {
        this.clients = clients;
    }

    /**
     * POSTs the body to the operation's path (e.g. {@code /getresourceshareinvitations}); answers the JSON. RAM's
     * refusals are thrown as the SDK's {@link AwsServiceException}, for {@link AwsErrors} to translate.
     */
    JsonNode call(String accountId, String region, String path, ObjectNode body) {
        try {
            byte[] payload = JSON.writeValueAsBytes(body);
            HttpExecuteResponse response = clients.http().prepareRequest(HttpExecuteRequest.builder()
                    .request(sign(accountId, region, path, payload).request())
                    .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(payload))
                    .build()).call();
            byte[] answer = read(response);
            SdkHttpResponse http = response.httpResponse();
            if (!http.isSuccessful()) {
                throw failure(http, answer);
            }
            return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (IOException e) {
            throw SdkClientException.create(e.getMessage(), e);
        }
    }

    private SignedRequest sign(String accountId, String region, String path, byte[] payload) {
        URI endpoint = clients.settings().ramEndpoint(region);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(endpoint.toString().replaceAll("/+$", "") + path))
                .putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", String.valueOf(payload.length))
                .build();
        AwsCredentials credentials = clients.pivotCredentials(accountId).resolveCredentials();
        return SIGNER.sign(signing -> signing.identity(credentials)
                .request(request)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    }

    private static byte[] read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return new byte[0];
        }
        try (InputStream body = response.responseBody().get()) {
            return body.readAllBytes();
        }
    }

    /** RAM names the error in x-amzn-ErrorType, or in the body's __type, as the JSON protocols do. */
    private static AwsServiceException failure(SdkHttpResponse http, byte[] answer) {
        JsonNode body = parse(answer);
        String code = http.firstMatchingHeader("x-amzn-ErrorType").orElse(text(body, "__type", "code"));
        if (code != null) {
            code = code.replaceAll(":.*$", "").replaceAll("^.*#", "");
        }
        String message = text(body, "message", "Message");
        return AwsServiceException.builder()
                .statusCode(http.statusCode())
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message != null ? message : new String(answer, StandardCharsets.UTF_8))
                        .serviceName("RAM")
                        .sdkHttpResponse(http)
                        .build())
                .build();
    }

    private static JsonNode parse(byte[] answer) {
        try {
            return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode body, String... fields) {
        for (String field : fields) {
            if (body.hasNonNull(field)) {
                return body.get(field).asText();
            }
        }
        return null;
    }
}

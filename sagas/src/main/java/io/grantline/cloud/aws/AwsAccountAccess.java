package io.grantline.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudSession;
import io.grantline.cloud.CloudTimeoutException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Credentials;

/** STS: the pivot role with the external id, team roles through the pivot role, console sign-in by federation. */
public class AwsAccountAccess implements AccountAccess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONSOLE_SESSION_SECONDS = 3600;

    private final AwsClients clients;
    private final HttpClient http = HttpClient.newHttpClient();

    public AwsAccountAccess(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public CloudSession assumePivotRole(String accountId, String region) {
        AssumeRoleRequest request = clients.pivotRoleRequest(accountId);
        try {
            return session(accountId, region, request.roleArn(), clients.platformSts().assumeRole(request).credentials());
        } catch (SdkException e) {
            throw AwsErrors.translate("sts:AssumeRole " + request.roleArn(), e);
        }
    }

    @Override
    public CloudSession assumeTeamRole(String accountId, String region, String roleArn) {
        CloudSession pivot = assumePivotRole(accountId, region);
        AwsSessionCredentials pivotCredentials = AwsSessionCredentials.create(pivot.accessKeyId(),
                pivot.secretAccessKey(), pivot.sessionToken());
        try (StsClient sts = clients.sts(StaticCredentialsProvider.create(pivotCredentials), region)) {
            Credentials credentials = sts.assumeRole(AssumeRoleRequest.builder()
                    .roleArn(roleArn)
                    .roleSessionName(clients.settings().sessionName())
                    .build()).credentials();
            return session(accountId, region, roleArn, credentials);
        } catch (SdkException e) {
            throw AwsErrors.translate("sts:AssumeRole " + roleArn, e);
        }
    }

    @Override
    public String consoleSignInUrl(String accountId, String region, String roleArn) {
        CloudSession session = assumeTeamRole(accountId, region, roleArn);
        String federation = clients.settings().federationEndpoint().toString();
        String sessionJson = json(Map.of("sessionId", session.accessKeyId(), "sessionKey",
                session.secretAccessKey(), "sessionToken", session.sessionToken()));
        String token = signInToken(URI.create(federation + "?Action=getSigninToken&SessionDuration="
                + CONSOLE_SESSION_SECONDS + "&Session=" + encode(sessionJson)));
        String destination = "https://" + region + ".console.aws.amazon.com/console/home?region=" + region;
        return federation + "?Action=login&Issuer=grantline&Destination=" + encode(destination)
                + "&SigninToken=" + encode(token);
    }

    @Override
    public String trustAccount() {
        try {
            return clients.platformSts().getCallerIdentity().account();
        } catch (SdkException e) {
            throw AwsErrors.translate("sts:GetCallerIdentity", e);
        }
    }

    private String signInToken(URI request) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(request)
                    .timeout(clients.settings().apiCallTimeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new CloudAccessDeniedException("The console federation endpoint answered HTTP "
                        + response.statusCode() + " to getSigninToken");
            }
            JsonNode token = JSON.readTree(response.body()).get("SigninToken");
            if (token == null) {
                throw new CloudAccessDeniedException("The console federation endpoint returned no sign-in token");
            }
            return token.asText();
        } catch (IOException e) {
            throw new CloudTimeoutException("The console federation endpoint could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudTimeoutException("Interrupted while asking for a console sign-in token", e);
        }
    }

    private static CloudSession session(String accountId, String region, String roleArn, Credentials credentials) {
        return new CloudSession(accountId, region, roleArn, credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken(), credentials.expiration());
    }

    private static String json(Map<String, String> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

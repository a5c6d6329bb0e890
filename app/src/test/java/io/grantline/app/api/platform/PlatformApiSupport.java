package io.grantline.app.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** A fresh organization per test, administered by the owner's team, and plain HTTP downloads of presigned links. */
abstract class PlatformApiSupport extends ApiTest {

    static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    String team;
    User owner;
    String organizationUri;

    @BeforeEach
    void createOrganization() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
        organizationUri = owner.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Org " + team, "SamlGroupName", team))
                .text("createOrganization.organizationUri");
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    /** Fetches a link as a browser or curl would: no token, nothing but the link. */
    static HttpResponse<String> download(String link) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("Could not download " + link, e);
        }
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }
}

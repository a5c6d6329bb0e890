package io.grantline.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app serves the web UI at / without a token; the UI's data still needs one. */
class WebUiServingApiTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theRootServesTheUiPage() {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<div id=\"root\"></div>");
    }

    @Test
    void aPageAddressOpenedDirectlyServesTheSamePage() {
        assertThat(get("/datasets/some-dataset-uri").body()).isEqualTo(get("/").body());
        assertThat(get("/operations/saga-runs").body()).isEqualTo(get("/").body());
    }

    @Test
    void theUiScriptsAreServedWithoutAToken() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(get("/").body());
        assertThat(script.find()).as("index.html names its script").isTrue();

        HttpResponse<String> asset = get(script.group(1));

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.body()).isNotBlank();
    }

    @Test
    void theApiStillNeedsAToken() {
        assertThat(post("/graphql", null, map("query", "{ countUnreadNotifications }")).status()).isEqualTo(401);
    }

    @Test
    void signInConfigurationNamesTheLocalIssuerInTheLocalProfile() {
        HttpResponse<String> configuration = get("/auth/config");

        assertThat(configuration.statusCode()).isEqualTo(200);
        assertThat(configuration.body()).contains("\"mode\":\"local\"", "\"adminGroup\":\"DAAdministrators\"",
                "\"usernameClaim\":\"email\"");
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}

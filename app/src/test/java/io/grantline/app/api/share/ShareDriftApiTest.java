package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.share.ShareNames;
import io.grantline.cloud.local.LocalLakeFormation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drift: a grant taken away behind Grantline's back is found by verify (Unhealthy, naming what is missing),
 * re-apply is the approvers' to call, and it gives the access back.
 */
class ShareDriftApiTest extends ShareApiSupport {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    LocalLakeFormation lakeFormation;

    @Test
    void aGrantRemovedBehindOurBackIsFoundByVerifyAndRepairedByTheApproversReApply() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, Map.of(dataset.table("orders"), "Table"));
        assertThat(canReadTable(role, dataset, "orders")).isTrue();

        int removed = lakeFormation.removeAll(shared.producingAccount(), REGION, dataset.glueDatabaseName(), "orders",
                role.roleArn());
        assertThat(removed).isPositive();
        assertThat(canReadTable(role, dataset, "orders")).isFalse();

        requester.graphql(VERIFY, "input", allItems(shareUri)).data("verifyItemsShareObject");
        JsonNode item = awaitHealth(shareUri, "Unhealthy").values().iterator().next();
        assertThat(item.get("healthMessage").asText()).contains("missing LF permissions").contains("SELECT")
                .contains(role.roleArn());
        assertThat(item.get("status").asText()).isEqualTo("Share_Succeeded");

        String refused = refusedWithoutChange(shareUri,
                () -> requester.graphql(REAPPLY, "input", allItems(shareUri)));
        assertUnauthorized(refused, requester, "APPROVE_SHARE_OBJECT", shareUri);

        owner.graphql(REAPPLY, "input", allItems(shareUri)).data("reApplyItemsShareObject");
        Map<String, JsonNode> repaired = awaitHealth(shareUri, "Healthy");
        assertThat(repaired.values()).allSatisfy(i -> assertThat(i.get("healthMessage").isNull()
                || i.get("healthMessage").asText().isEmpty()).isTrue());
        assertThat(canReadTable(role, dataset, "orders")).isTrue();
    }

    /** The README's way: the local cloud's HTTP endpoints take the resource link's grant away and check access. */
    @Test
    void aResourceLinkGrantRemovedOverHttpIsFoundByVerifyAndRepairedByReApply() throws Exception {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, Map.of(dataset.table("customers"), "Table"));
        String sharedDatabase = ShareNames.sharedDatabaseName(dataset.glueDatabaseName());
        String link = ShareNames.resourceLinkName("customers", null);
        String tableAccess = "/local-cloud/access-check?principalArn=" + encode(role.roleArn()) + "&account="
                + shared.consumingAccount() + "&region=" + REGION + "&database=" + sharedDatabase + "&table=" + link;
        assertThat(send("GET", tableAccess).body()).isEqualTo("{\"allowed\":true}");

        HttpResponse<String> removal = send("DELETE", "/local-cloud/lakeformation/grants?principal="
                + encode(role.roleArn()) + "&account=" + shared.consumingAccount() + "&region=" + REGION
                + "&database=" + sharedDatabase + "&table=" + link);
        assertThat(removal.statusCode()).isEqualTo(200);
        assertThat(removal.body()).isNotEqualTo("{\"removed\":0}");
        assertThat(send("GET", tableAccess).body()).isEqualTo("{\"allowed\":false}");

        requester.graphql(VERIFY, "input", allItems(shareUri)).data("verifyItemsShareObject");
        JsonNode item = awaitHealth(shareUri, "Unhealthy").values().iterator().next();
        assertThat(item.get("healthMessage").asText()).contains("missing LF permissions").contains("DESCRIBE")
                .contains(link).contains(role.roleArn());

        owner.graphql(REAPPLY, "input", allItems(shareUri)).data("reApplyItemsShareObject");
        awaitHealth(shareUri, "Healthy");
        assertThat(send("GET", tableAccess).body()).isEqualTo("{\"allowed\":true}");
    }

    @Test
    void verifyOfAnUntouchedShareFindsNothingMissing() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = processedShare(dataset.datasetUri(), role, tableFolderAndBucket());

        requester.graphql(VERIFY, "input", allItems(shareUri)).data("verifyItemsShareObject");

        assertThat(awaitHealth(shareUri, "Healthy")).hasSize(3);
        assertThat(canReadObject(role, dataset, "raw/2024/sales.csv")).isTrue();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("authorization", "Bearer " + requester.token).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

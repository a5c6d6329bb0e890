package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A cloud that refuses one grant: that item fails with the cause, the others are granted, and a retry grants it. */
class ShareFailureApiTest extends ShareApiSupport {

    @Autowired
    LocalCloudFaults faults;

    @Test
    void anItemTheCloudRefusesFailsWithItsCauseWhileTheOthersSucceedAndARetryGrantsIt() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = requestShare(dataset.datasetUri(), role);
        tableFolderAndBucket().forEach((itemUri, itemType) -> addItem(shareUri, itemType, itemUri));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");

        faults.injectPermanently(Operation.CREATE_ACCESS_POINT, shared.producingAccount(), Kind.ACCESS_DENIED);
        try {
            owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
            awaitCloud("share " + shareUri + " to be processed").untilAsserted(() ->
                    assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Processed"));
        } finally {
            faults.clear(shared.producingAccount());
        }

        Map<String, JsonNode> items = items(shareUri);
        String folderItem = itemOf(shareUri, dataset.folder("raw"));
        assertThat(items.get(folderItem).get("status").asText()).isEqualTo("Share_Failed");
        assertThat(items.values()).filteredOn(item -> !item.get("shareItemUri").asText().equals(folderItem))
                .hasSize(2).allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("Share_Succeeded"));
        assertThat(share(requester, shareUri).get("statistics").get("failedItems").asInt()).isEqualTo(1);
        assertThat(owner.graphql(SHARE_LOGS, "share", shareUri).data("getShareLogs").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("Access denied")
                        .contains(Operation.CREATE_ACCESS_POINT.name()));
        assertThat(canReadTable(role, dataset, "customers")).isTrue();

        requester.graphql(REMOVE_ITEM, "item", folderItem).data("removeSharedItem");
        String again = addItem(shareUri, "StorageLocation", dataset.folder("raw"));
        assertThat(requester.graphql(SUBMIT, "share", shareUri).text("submitShareObject.status"))
                .isEqualTo("Submitted");
        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");

        awaitItems(shareUri, "Processed", "Share_Succeeded");
        assertThat(items(shareUri)).containsKey(again).hasSize(3);
        assertThat(canReadObject(role, dataset, "raw/2024/sales.csv")).isTrue();
    }

    @Test
    void throttlingIsWaitedOutAndEveryItemIsGranted() {
        Principal role = consumptionRole();
        Dataset dataset = shared.crawled();
        String shareUri = requestShare(dataset.datasetUri(), role);
        addItem(shareUri, "Table", dataset.table("orders"));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        faults.inject(Operation.GRANT_PERMISSIONS, shared.producingAccount(), Kind.CONCURRENT_MODIFICATION, 2);

        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");

        awaitItems(shareUri, "Processed", "Share_Succeeded");
        assertThat(canReadTable(role, dataset, "orders")).isTrue();
    }
}

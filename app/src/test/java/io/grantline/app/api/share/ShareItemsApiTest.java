package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** addSharedItem and removeSharedItem: the items a share requests. */
class ShareItemsApiTest extends ShareApiSupport {

    @Test
    void addSharedItemAddsAPendingItemToTheShare() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        JsonNode item = requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "StorageLocation", "itemUri", shared.crawled().folder("raw"))).data("addSharedItem");

        assertThat(item.get("status").asText()).isEqualTo("PendingApproval");
        assertThat(item.get("itemType").asText()).isEqualTo("StorageLocation");
        assertThat(item.get("itemName").asText()).isEqualTo("raw");
        assertThat(items(shareUri)).containsOnlyKeys(item.get("shareItemUri").asText());
    }

    @Test
    void addingAnItemToASubmittedShareTakesItBackToDraft() {
        String shareUri = submittedShare();

        addItem(shareUri, "S3Bucket", shared.crawled().datasetUri());

        assertThat(share(requester, shareUri).get("status").asText()).isEqualTo("Draft");
    }

    @Test
    void anItemTheShareHoldsIsNotAddedTwice() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        addItem(shareUri, "Table", shared.crawled().table("orders"));

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "Table", "itemUri", shared.crawled().table("orders"))));

        assertThat(error).contains("ResourceAlreadyExists");
    }

    @Test
    void aCallerWithoutAddItemOnTheShareCannotAddItems() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "S3Bucket", "itemUri", shared.crawled().datasetUri())));

        assertUnauthorized(error, outsider, "ADD_ITEM", shareUri);
    }

    @Test
    void aTeamWithoutManageSharesCannotAddItems() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(ADD_ITEM, "share", shareUri,
                "input", map("itemType", "S3Bucket", "itemUri", shared.crawled().datasetUri())));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTableOfAnotherDatasetIsRefusedNamingIt() {
        String shareUri = requestShare(shared.autoApproval().datasetUri(), consumptionRole());
        String foreign = shared.crawled().table("customers");

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "Table", "itemUri", foreign)));

        assertThat(error).contains("InvalidInput").contains("itemUri").contains(foreign);
    }

    @Test
    void anItemTypeOfAnotherKindOfDatasetIsRefused() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "RedshiftTable", "itemUri", shared.crawled().table("customers"))));

        assertThat(error).contains("InvalidInput").contains("itemType").contains("RedshiftTable");
    }

    @Test
    void addingToAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        String error = requester.graphql(ADD_ITEM, "share", unknown, "input",
                map("itemType", "S3Bucket", "itemUri", shared.crawled().datasetUri())).error();

        assertRefusedAsUnknown(error, unknown);
    }

    @Test
    void removeSharedItemDeletesAPendingItem() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        String itemUri = addItem(shareUri, "Table", shared.crawled().table("customers"));

        assertThat(requester.graphql(REMOVE_ITEM, "item", itemUri).data("removeSharedItem").asBoolean()).isTrue();

        assertThat(items(shareUri)).isEmpty();
    }

    @Test
    void aGrantedItemIsNotRemovedBeforeItIsRevoked() {
        String shareUri = processedShare(shared.crawled().datasetUri(), consumptionRole(),
                Map.of(shared.crawled().datasetUri(), "S3Bucket"));
        String itemUri = items(shareUri).keySet().iterator().next();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REMOVE_ITEM, "item", itemUri));

        assertThat(error).contains("UnauthorizedOperation").contains("Share_Succeeded");
    }

    @Test
    void aCallerWithoutRemoveItemOnTheShareCannotRemoveItems() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        String itemUri = addItem(shareUri, "Table", shared.crawled().table("customers"));
        User outsider = outsider();

        String error = refusedWithoutChange(shareUri, () -> outsider.graphql(REMOVE_ITEM, "item", itemUri));

        assertUnauthorized(error, outsider, "REMOVE_ITEM", shareUri);
    }

    @Test
    void removingAnUnknownItemIsRefusedNamingIt() {
        String unknown = "noitem" + System.nanoTime();

        String error = requester.graphql(REMOVE_ITEM, "item", unknown).error();

        assertRefusedAsUnknown(error, unknown);
    }

    @Test
    void anItemTypeTheApiDoesNotKnowIsRefused() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "Dashboard", "itemUri", shared.crawled().table("customers"))));

        assertThat(error).contains("ShareableType").contains("Dashboard");
        assertThat(items(shareUri)).isEmpty();
    }

    @Test
    void anItemThatDoesNotExistIsRefusedNamingIt() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        String unknown = "notable" + System.nanoTime();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "Table", "itemUri", unknown)));

        assertThat(error).contains(unknown);
        assertThat(items(shareUri)).isEmpty();
    }

    @Test
    void aTeamWithoutManageSharesCannotRemoveItems() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        String itemUri = addItem(shareUri, "Table", shared.crawled().table("customers"));
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(REMOVE_ITEM, "item", itemUri));

        assertWithoutManageShares(error, restricted);
        assertThat(items(shareUri)).containsKey(itemUri);
    }
}

package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The table data filters the approvers attach to a requested table: attach, read, list, remove. */
class ShareItemFiltersApiTest extends ShareApiSupport {

    String shareUri;
    String tableItem;
    String filterUri;
    String filterName;

    @BeforeEach
    void aRequestedTableAndAFilterOfIt() {
        shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        tableItem = addItem(shareUri, "Table", shared.crawled().table("customers"));
        filterName = unique("active").replace('-', '_');
        JsonNode filter = owner.graphql(CREATE_TABLE_FILTER, "uri", shared.crawled().table("customers"), "input",
                map("filterName", filterName, "filterType", "ROW", "rowExpression", "active = true"))
                .data("createTableDataFilter");
        filterUri = filter.get("filterUri").asText();
        filterName = filter.get("name").asText();
    }

    Map<String, Object> filterInput(String itemUri, String label) {
        return map("shareItemUri", itemUri, "label", label, "filterUris", List.of(filterUri));
    }

    String attach() {
        owner.graphql(UPDATE_ITEM_FILTERS, "input", filterInput(tableItem, "active_only"))
                .data("updateShareItemFilters");
        return items(shareUri).get(tableItem).get("attachedDataFilterUri").asText();
    }

    @Test
    void updateShareItemFiltersAttachesTheFiltersToTheRequestedTable() {
        String attached = attach();

        JsonNode filters = requester.graphql(GET_ITEM_FILTERS, "uri", attached).data("getShareItemDataFilters");
        assertThat(filters.get("label").asText()).isEqualTo("active_only");
        assertThat(filters.get("itemUri").asText()).isEqualTo(shared.crawled().table("customers"));
        assertThat(filters.get("dataFilterUris").get(0).asText()).isEqualTo(filterUri);
        assertThat(filters.get("dataFilterNames").get(0).asText()).isEqualTo(filterName);
    }

    @Test
    void theRequestersCannotAttachFilters() {
        String error = refusedWithoutChange(shareUri, () -> requester.graphql(UPDATE_ITEM_FILTERS, "input",
                filterInput(tableItem, "mine")));

        assertUnauthorized(error, requester, "APPROVE_SHARE_OBJECT", shareUri);
    }

    @Test
    void aTeamWithoutManageSharesCannotAttachFilters() {
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(UPDATE_ITEM_FILTERS, "input",
                filterInput(tableItem, "mine")));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void filtersLimitTablesOnly() {
        String bucketItem = addItem(shareUri, "S3Bucket", shared.crawled().datasetUri());

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_ITEM_FILTERS, "input",
                filterInput(bucketItem, "bucket_filter")));

        assertThat(error).contains("InvalidInput").contains("shareItemUri");
    }

    @Test
    void aLabelOutsideTheNamingConventionIsRefused() {
        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_ITEM_FILTERS, "input",
                filterInput(tableItem, "active only!")));

        assertThat(error).contains("InvalidInput").contains("label");
    }

    @Test
    void aFilterOfAnotherTableIsRefusedNamingIt() {
        String ordersFilter = owner.graphql(CREATE_TABLE_FILTER, "uri", shared.crawled().table("orders"), "input",
                map("filterName", unique("big").replace('-', '_'), "filterType", "ROW", "rowExpression",
                        "amount > 20")).text("createTableDataFilter.filterUri");

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_ITEM_FILTERS, "input",
                map("shareItemUri", tableItem, "label", "big", "filterUris", List.of(ordersFilter))));

        assertThat(error).contains("InvalidInput").contains(ordersFilter);
    }

    @Test
    void removeShareItemFilterDetachesTheFilters() {
        String attached = attach();

        assertThat(owner.graphql(REMOVE_ITEM_FILTER, "uri", attached).data("removeShareItemFilter").asBoolean())
                .isTrue();

        assertThat(items(shareUri).get(tableItem).get("attachedDataFilterUri").isNull()).isTrue();
        assertRefusedAsUnknown(requester.graphql(GET_ITEM_FILTERS, "uri", attached).error(), attached);
    }

    @Test
    void theRequestersCannotRemoveFilters() {
        String attached = attach();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(REMOVE_ITEM_FILTER, "uri", attached));

        assertUnauthorized(error, requester, "APPROVE_SHARE_OBJECT", shareUri);
    }

    @Test
    void removingAnUnknownFilterIsRefusedNamingIt() {
        String unknown = "nofilter" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(REMOVE_ITEM_FILTER, "uri", unknown).error(), unknown);
    }

    @Test
    void anOutsiderCannotReadTheAttachedFilters() {
        String attached = attach();
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(GET_ITEM_FILTERS, "uri", attached).error(), outsider,
                "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void readingUnknownAttachedFiltersIsRefusedNamingThem() {
        String unknown = "nofilter" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(GET_ITEM_FILTERS, "uri", unknown).error(), unknown);
    }

    @Test
    void listTableDataFiltersByAttachedListsTheAttachedFilters() {
        String attached = attach();

        JsonNode listed = requester.graphql(LIST_FILTERS_BY_ATTACHED, "uri", attached, "filter", map("pageSize", 10))
                .data("listTableDataFiltersByAttached");

        assertThat(listed.get("count").asInt()).isEqualTo(1);
        assertThat(listed.get("nodes").get(0).get("filterUri").asText()).isEqualTo(filterUri);
    }

    @Test
    void anOutsiderCannotListTheAttachedFilters() {
        String attached = attach();
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_FILTERS_BY_ATTACHED, "uri", attached).error(), outsider,
                "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void listingUnknownAttachedFiltersIsRefusedNamingThem() {
        String unknown = "nofilter" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(LIST_FILTERS_BY_ATTACHED, "uri", unknown).error(), unknown);
    }

    @Test
    void attachingFiltersToAnUnknownShareItemIsRefusedNamingIt() {
        String unknown = "noitem" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(UPDATE_ITEM_FILTERS, "input", filterInput(unknown, "active_only"))
                .error(), unknown);
    }

    @Test
    void aTeamWithoutManageSharesCannotRemoveFilters() {
        String attached = attach();
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(REMOVE_ITEM_FILTER, "uri", attached));

        assertWithoutManageShares(error, restricted);
    }
}

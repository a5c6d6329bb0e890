package io.grantline.saga.share;

import static io.grantline.saga.share.SampleShare.BUCKET_ITEM;
import static io.grantline.saga.share.SampleShare.CREATED;
import static io.grantline.saga.share.SampleShare.DATASET;
import static io.grantline.saga.share.SampleShare.FOLDER;
import static io.grantline.saga.share.SampleShare.FOLDER_ITEM;
import static io.grantline.saga.share.SampleShare.SHARE;
import static io.grantline.saga.share.SampleShare.TABLE;
import static io.grantline.saga.share.SampleShare.TABLE_ITEM;
import static io.grantline.saga.share.SampleShare.TARGET;
import static io.grantline.saga.share.SampleShare.regionFilter;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareEvents.ShareItemFilterRemoved;
import io.grantline.api.share.ShareEvents.ShareItemFiltersUpdated;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareHistoryTest {

    @Test
    void shareThatWasNeverCreatedHasNoHistory() {
        SampleShare share = new SampleShare();

        assertThat(new ShareHistory(share.store()).load("nosuchshare")).isEmpty();
    }

    @Test
    void grantNamesTheDatasetThePrincipalAndThePermissionsAskedFor() {
        ShareFacts facts = load(SampleShare.submitted());

        assertThat(facts.datasetUri()).isEqualTo(DATASET);
        assertThat(facts.grant().target()).isEqualTo(TARGET);
        assertThat(facts.grant().permissions()).containsExactly(ShareDataPermission.Read);
        assertThat(facts.grant().crossAccount()).isTrue();
    }

    @Test
    void itemsCarryWhatIsSharedAndTheirLatestStatus() {
        ShareFacts facts = load(SampleShare.granted());

        assertThat(facts.status()).isEqualTo(ShareObjectStatus.Processed);
        assertThat(facts.item(TABLE_ITEM).orElseThrow().item()).isEqualTo(TABLE);
        assertThat(facts.item(FOLDER_ITEM).orElseThrow()).isEqualTo(new ShareItemFacts(FOLDER_ITEM, FOLDER, null,
                ShareItemStatus.Share_Succeeded));
    }

    @Test
    void removedItemIsNoLongerPartOfTheShare() {
        SampleShare share = SampleShare.submitted();
        share.record(new ShareItemRemoved(SHARE, BUCKET_ITEM, DATASET, "carol", CREATED));

        assertThat(load(share).items()).containsOnlyKeys(TABLE_ITEM, FOLDER_ITEM);
    }

    @Test
    void tableSharedThroughDataFiltersCarriesItsFilterUntilItIsRemoved() {
        SampleShare share = SampleShare.submitted();
        share.record(new ShareItemFiltersUpdated(SHARE, TABLE_ITEM, regionFilter(), CREATED));
        assertThat(load(share).item(TABLE_ITEM).orElseThrow().filter()).isEqualTo(regionFilter());

        share.record(new ShareItemFilterRemoved(SHARE, TABLE_ITEM, regionFilter().attachedDataFilterUri(),
                CREATED));
        assertThat(load(share).item(TABLE_ITEM).orElseThrow().filter()).isNull();
    }

    @Test
    void deletedShareKeepsItsItemsSoTheirGrantsCanBeTakenBack() {
        SampleShare share = SampleShare.granted();
        share.record(SampleShare.deleted("cleanup1", List.of(TABLE_ITEM)));

        ShareFacts facts = load(share);

        assertThat(facts.deleted()).isTrue();
        assertThat(facts.items()).containsKey(TABLE_ITEM);
    }

    private static ShareFacts load(SampleShare share) {
        return new ShareHistory(share.store()).load(SHARE).orElseThrow();
    }
}

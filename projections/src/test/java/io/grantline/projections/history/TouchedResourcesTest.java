package io.grantline.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableColumnUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import io.grantline.api.share.ShareEvents.ShareItemAdded;
import io.grantline.api.share.ShareEvents.ShareItemRemoved;
import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.share.ShareEvents.ShareObjectDeleted;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedItem;
import io.grantline.api.vote.VoteEvents.VoteCast;
import io.grantline.projections.history.TouchedResources.Relation;
import io.grantline.projections.history.TouchedResources.Touch;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchedResourcesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final Map<String, Resource> known = new HashMap<>();

    private Touch touch(String aggregateType, String aggregateId, Object event) {
        ObjectNode fields = EventFields.of(event);
        Touch touch = TouchedResources.of(aggregateType, aggregateId, fields, known::get);
        touch.relations().forEach(relation -> known.put(relation.uri(), relation.related()));
        return touch;
    }

    @Test
    void an_organization_event_touches_the_organization() {
        Touch touch = touch("Organization", "org1", new OrganizationUpdated("org1", "l", "d", List.of(), NOW));

        assertThat(touch.touched()).containsExactly(new Resource("org1", "organization"));
        assertThat(touch.primary()).isEqualTo(new Resource("org1", "organization"));
        assertThat(touch.subject()).isEqualTo("org1");
    }

    @Test
    void an_environment_event_touches_the_environment_and_its_organization() {
        known.put("env1", new Resource("org1", "organization"));

        Touch touch = touch("Environment", "env1", new EnvironmentUpdated("env1", "l", "d", List.of(), "team", "p",
                Map.of(), null, null, List.of(), NOW));

        assertThat(touch.touched()).containsExactly(new Resource("env1", "environment"),
                new Resource("org1", "organization"));
    }

    @Test
    void an_environment_team_event_describes_the_team_of_that_environment() {
        Touch touch = touch("Environment", "env1", new GroupInvitedToEnvironment("env1", "analysts", List.of(),
                "role", "arn", false, "wg", "alice", NOW));

        assertThat(touch.subject()).isEqualTo("env1/analysts");
        assertThat(touch.ignoredFields()).contains("environmentUri", "groupUri");
    }

    @Test
    void a_dataset_event_touches_the_dataset() {
        Touch touch = touch("Dataset", "ds1", new DatasetUpdated("ds1", "l", "d", null, null, List.of(), List.of(),
                List.of(), "Unclassified", "English", false, null, List.of(), null, false, null, null, null, NOW));

        assertThat(touch.touched()).containsExactly(new Resource("ds1", "dataset"));
    }

    @Test
    void a_table_event_touches_the_dataset_and_the_table_and_is_about_the_table() {
        Touch touch = touch("Dataset", "ds1", new DatasetTableUpdated("ds1", "t1", "l", "d", List.of(), List.of(),
                List.of(), NOW));

        assertThat(touch.touched()).containsExactly(new Resource("ds1", "dataset"), new Resource("t1", "table"));
        assertThat(touch.primary()).isEqualTo(new Resource("t1", "table"));
        assertThat(touch.subject()).isEqualTo("ds1/t1");
    }

    @Test
    void a_column_event_describes_the_column_not_the_table() {
        Touch touch = touch("Dataset", "ds1", new DatasetTableColumnUpdated("ds1", "t1", "c1", "id", "d", NOW));

        assertThat(touch.primary()).isEqualTo(new Resource("t1", "table"));
        assertThat(touch.subject()).isEqualTo("ds1/c1");
    }

    @Test
    void a_folder_event_touches_the_dataset_and_the_folder() {
        Touch touch = touch("Dataset", "ds1", new DatasetStorageLocationUpdated("ds1", "f1", "l", "d", List.of(),
                List.of(), NOW));

        assertThat(touch.touched()).containsExactly(new Resource("ds1", "dataset"), new Resource("f1", "folder"));
    }

    @Test
    void a_share_event_touches_the_share_its_dataset_and_the_tables_and_folders_of_the_items_it_names() {
        known.put("shr1", new Resource("ds1", "dataset"));
        touch("ShareObject", "shr1", new ShareItemAdded("shr1", "si1", new SharedItem(ShareableType.Table, "t1",
                "orders", null), ShareItemStatus.PendingApproval, ShareObjectStatus.Draft, "bob", NOW));
        touch("ShareObject", "shr1", new ShareItemAdded("shr1", "si2", new SharedItem(ShareableType.StorageLocation,
                "f1", "raw", null), ShareItemStatus.PendingApproval, ShareObjectStatus.Draft, "bob", NOW));
        Map<String, ShareItemStatus> statuses = new LinkedHashMap<>();
        statuses.put("si1", ShareItemStatus.Share_Approved);
        statuses.put("si2", ShareItemStatus.Share_Approved);

        Touch touch = touch("ShareObject", "shr1", new ShareObjectApproved("shr1", ShareObjectStatus.Approved,
                statuses, null, "p1", "alice", NOW));

        assertThat(touch.touched()).containsExactly(new Resource("shr1", "share"), new Resource("ds1", "dataset"),
                new Resource("t1", "table"), new Resource("f1", "folder"));
        assertThat(touch.primary()).isEqualTo(new Resource("shr1", "share"));
    }

    @Test
    void a_share_item_added_is_remembered_for_the_events_that_name_it_alone() {
        Touch added = touch("ShareObject", "shr1", new ShareItemAdded("shr1", "si1", new SharedItem(
                ShareableType.S3Bucket, "ds1", "bucket", null), ShareItemStatus.PendingApproval,
                ShareObjectStatus.Draft, "bob", NOW));

        assertThat(added.relations()).contains(new Relation("si1", new Resource("ds1", "dataset")));
        Touch removed = touch("ShareObject", "shr1", new ShareItemRemoved("shr1", "si1", "ds1", "bob", NOW));
        assertThat(removed.touched()).contains(new Resource("ds1", "dataset"));
    }

    @Test
    void a_share_deleted_names_its_dataset_and_the_items_to_clean_up() {
        known.put("si1", new Resource("t1", "table"));

        Touch touch = touch("ShareObject", "shr1", new ShareObjectDeleted("shr1", "ds1", true, List.of("si1"), "p",
                "alice", NOW));

        assertThat(touch.touched()).containsExactly(new Resource("shr1", "share"), new Resource("ds1", "dataset"),
                new Resource("t1", "table"));
        assertThat(touch.relations()).contains(new Relation("shr1", new Resource("ds1", "dataset")));
    }

    @Test
    void events_of_other_aggregates_touch_none_of_the_six_kinds() {
        Touch touch = touch("Vote", "v1", new VoteCast("v1", "ds1", "dataset", "bob", true, null, NOW, NOW));

        assertThat(touch.touched()).isEmpty();
        assertThat(touch.primary()).isNull();
    }
}

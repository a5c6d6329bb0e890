package io.grantline.saga.dataset;

import static io.grantline.saga.dataset.SampleDataset.BUCKET;
import static io.grantline.saga.dataset.SampleDataset.CREATED;
import static io.grantline.saga.dataset.SampleDataset.DATASET;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT;
import static io.grantline.saga.dataset.SampleDataset.ENVIRONMENT_BUCKET;
import static io.grantline.saga.dataset.SampleDataset.OWNER_ROLE;
import static io.grantline.saga.dataset.SampleDataset.STACK_NAME;
import static io.grantline.saga.dataset.SampleDataset.TABLE;
import static io.grantline.saga.dataset.SampleDataset.TABLE_NAME;
import static io.grantline.saga.dataset.SampleDataset.created;
import static io.grantline.saga.dataset.SampleDataset.importedBucket;
import static io.grantline.saga.dataset.SampleDataset.importedBucketWithKey;
import static io.grantline.saga.dataset.SampleDataset.roleArn;
import static io.grantline.saga.dataset.SampleDataset.statusChanged;
import static io.grantline.saga.dataset.SampleDataset.tableAdded;
import static io.grantline.saga.dataset.SampleDataset.updatedWithKmsAlias;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.environment.StackStatus;
import io.grantline.cdk.dataset.DatasetStackProps;
import io.grantline.saga.environment.EnvironmentHistory;
import io.grantline.saga.environment.EnvironmentStackInputs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatasetHistoryTest {

    static final String PIVOT_ROLE = "dataallPivotRole-cdk";

    final SampleDataset dataset = new SampleDataset();
    final DatasetHistory history = new DatasetHistory(dataset.store());

    @AfterEach
    void tearDown() {
        dataset.close();
    }

    @Test
    void datasetThatWasNeverCreatedHasNoHistory() {
        assertThat(history.load("nosuchdataset")).isEmpty();
    }

    @Test
    void createdDatasetIsDeployedWithItsOwnKeyBucketAndDatabaseIntoTheEnvironmentsBuckets() {
        dataset.record(created());

        DatasetStackProps props = props();

        assertThat(props.stackName()).isEqualTo("dataall-dataset-" + DATASET);
        assertThat(props.bucketName()).isEqualTo(BUCKET);
        assertThat(props.kmsAlias()).isEqualTo(BUCKET);
        assertThat(props.importedS3Bucket()).isFalse();
        assertThat(props.importedKmsKey()).isFalse();
        assertThat(props.ownerTeamRoleArn()).isEqualTo(roleArn(OWNER_ROLE));
        assertThat(props.environmentBucketName()).isEqualTo(ENVIRONMENT_BUCKET);
        assertThat(props.accessLogsBucketName()).isEqualTo(ENVIRONMENT_BUCKET + "-access-logs");
        assertThat(props.pivotRoleName()).isEqualTo(PIVOT_ROLE);
        assertThat(props.confidentiality()).isEqualTo("Unclassified");
    }

    @Test
    void stackKeepsTheNameItWasCreatedWithWhenTheEnvironmentsResourcePrefixChanges() {
        dataset.record(created());
        dataset.recordEnvironment(new EnvironmentUpdated(ENVIRONMENT, "Sales", "Sales data", List.of(), null,
                "renamed", null, null, null, null, CREATED));

        assertThat(history.load(DATASET).orElseThrow().stackName()).isEqualTo(STACK_NAME);
        assertThat(props().stackName()).isEqualTo(STACK_NAME);
    }

    @Test
    void importedBucketWithoutKeyAliasIsDeployedAsSseS3Encrypted() {
        dataset.record(created(importedBucket("existing-bucket")));

        DatasetStackProps props = props();

        assertThat(props.bucketName()).isEqualTo("existing-bucket");
        assertThat(props.importedS3Bucket()).isTrue();
        assertThat(props.kmsAlias()).isNull();
        assertThat(props.importedKmsKey()).isFalse();
    }

    @Test
    void keyAliasGivenLaterToAnImportedBucketIsDeployedAsAnImportedKey() {
        dataset.record(created(importedBucket("existing-bucket")), updatedWithKmsAlias("existing-key"));

        DatasetStackProps props = props();

        assertThat(props.kmsAlias()).isEqualTo("existing-key");
        assertThat(props.importedKmsKey()).isTrue();
        assertThat(props.confidentiality()).isEqualTo("Secret");
    }

    @Test
    void keyAliasTakenAwayFromAnImportedBucketLeavesItSseS3Encrypted() {
        dataset.record(created(importedBucket("existing-bucket")), updatedWithKmsAlias("existing-key"),
                updatedWithKmsAlias(null));

        assertThat(props().kmsAlias()).isNull();
        assertThat(props().importedKmsKey()).isFalse();
    }

    @Test
    void importedBucketSwitchedFromItsKeyToSseS3IsDeployedWithoutKey() {
        dataset.record(created(importedBucketWithKey("existing-bucket", "existing-key")), updatedWithKmsAlias(null));

        assertThat(history.load(DATASET).orElseThrow().kmsAlias()).isNull();
        assertThat(props().kmsAlias()).isNull();
        assertThat(props().importedKmsKey()).isFalse();
    }

    @Test
    void updateOfAnImportedBucketThatCarriesItsKeyKeepsIt() {
        dataset.record(created(importedBucketWithKey("existing-bucket", "existing-key")),
                updatedWithKmsAlias("existing-key"));

        assertThat(props().kmsAlias()).isEqualTo("existing-key");
        assertThat(props().importedKmsKey()).isTrue();
    }

    @Test
    void createdDatasetKeepsTheKeyItsStackCreated() {
        dataset.record(created(), updatedWithKmsAlias("some-other-key"));

        assertThat(props().kmsAlias()).isEqualTo(BUCKET);
        assertThat(props().importedKmsKey()).isFalse();
    }

    @Test
    void stackIsTaggedForTheDatasetWithTheEnvironmentsCascadingTags() {
        dataset.recordEnvironment(new EnvironmentKeyValueTagsUpdated(ENVIRONMENT, List.of(
                new KeyValueTag("CostCenter", "42", true), new KeyValueTag("EnvOnly", "x", false))));
        dataset.record(created());

        assertThat(props().tags())
                .containsEntry("Creator", "bob")
                .containsEntry("Team", SampleDataset.OWNERS)
                .containsEntry("Environment", "sales_" + ENVIRONMENT)
                .containsEntry("Target", "Dataset_" + DATASET)
                .containsEntry("dataall", "true")
                .containsEntry("CostCenter", "42")
                .doesNotContainKey("EnvOnly");
    }

    @Test
    void tablesAreKnownByUriUntilRemoved() {
        dataset.record(created(), tableAdded());
        assertThat(history.load(DATASET).orElseThrow().tableName(TABLE)).contains(TABLE_NAME);

        dataset.record(new DatasetTableRemoved(DATASET, TABLE, TABLE_NAME, "InCatalog: deleted", CREATED));
        assertThat(history.load(DATASET).orElseThrow().tableName(TABLE)).isEmpty();
    }

    @Test
    void stackHistoryTellsTheLastStackAndWhetherItWasEverCreated() {
        dataset.record(created(), statusChanged("d1", StackStatus.CREATE_IN_PROGRESS, "stack-1"));
        assertThat(history.load(DATASET).orElseThrow().stackCreated()).isFalse();

        dataset.record(statusChanged("d1", StackStatus.CREATE_COMPLETE, null));
        DatasetFacts facts = history.load(DATASET).orElseThrow();
        assertThat(facts.stackCreated()).isTrue();
        assertThat(facts.lastStackId()).isEqualTo("stack-1");
    }

    private DatasetStackProps props() {
        DatasetFacts facts = history.load(DATASET).orElseThrow();
        EnvironmentStackInputs environment = new EnvironmentHistory(dataset.store()).load(ENVIRONMENT).orElseThrow();
        return facts.toStackProps(environment, roleArn(OWNER_ROLE), PIVOT_ROLE);
    }
}

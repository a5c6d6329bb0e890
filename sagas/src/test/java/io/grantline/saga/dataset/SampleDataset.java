package io.grantline.saga.dataset;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetEvents.DatasetStackStatusChanged;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.dataset.TableColumn;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.cdk.StackSynthesizer;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.saga.environment.EnvironmentHistory;
import io.grantline.saga.environment.EnvironmentStackInputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** The dataset the saga tests work on, its environment, and an event store holding both histories. */
final class SampleDataset {

    static final String DATASET = "ds1saga";
    static final String ENVIRONMENT = "env1ds";
    static final String ORGANIZATION = "org1ds";
    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";
    static final String REGION = "eu-west-1";
    static final String OWNERS = "DataTeam";
    static final String OWNER_ROLE = "dataall-datateam-env1ds";
    static final String ENVIRONMENT_BUCKET = "dataall-env1ds-default";
    static final String BUCKET = "dataall-sales-ds1saga";
    static final String DATABASE = "dataall_sales_ds1saga";
    static final String CRAWLER = "dataall-sales-ds1saga-crawler";
    static final String PROFILING_JOB = "dataall-sales-ds1saga-profiler";
    static final String DATASET_ROLE = "dataall-sales-ds1saga";
    static final String STACK_URI = "stk1ds";
    static final String STACK_NAME = "dataall-dataset-" + DATASET;
    static final String TABLE = "tbl1saga";
    static final String TABLE_NAME = "orders";
    static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");

    /** One for every test: a synthesis takes seconds, and identical inputs reuse the template. */
    static final StackSynthesizer SYNTHESIZER = new StackSynthesizer();

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private long datasetSequence;
    private long environmentSequence;

    SampleDataset() {
        recordEnvironment(environmentCreated(), new GroupInvitedToEnvironment(ENVIRONMENT, OWNERS,
                List.of("CREATE_DATASET"), OWNER_ROLE, roleArn(OWNER_ROLE), false, OWNER_ROLE + "-wg", "alice",
                CREATED));
    }

    static EnvironmentCreated environmentCreated() {
        return new EnvironmentCreated(ENVIRONMENT, ORGANIZATION, "Sales", "sales", "Sales data", ACCOUNT, REGION,
                "EnvAdmins", "alice", List.of(), "dataall", Map.of(), "dataall-envadmins-env1ds",
                roleArn("dataall-envadmins-env1ds"), false, ENVIRONMENT_BUCKET, "dataall-envadmins-env1ds-wg",
                null, null, List.of(), "stk1env", CREATED, ENVIRONMENT_BUCKET + "-access-logs");
    }

    static DatasetCreated created() {
        return created(resources());
    }

    static DatasetCreated created(DatasetResources resources) {
        return new DatasetCreated(DATASET, ORGANIZATION, ENVIRONMENT, ACCOUNT, REGION, "Sales", "sales",
                "Sales orders", OWNERS, "EnvAdmins", "bob", null, List.of(), List.of(), "Unclassified", "en", false,
                null, List.of(), false, null, null, null, resources.importedS3Bucket(), resources, STACK_URI,
                CREATED, STACK_NAME);
    }

    static DatasetResources resources() {
        return new DatasetResources(BUCKET, BUCKET, DATABASE, DATASET_ROLE, roleArn(DATASET_ROLE), CRAWLER,
                PROFILING_JOB, false, false, false, false);
    }

    /** An import of an existing bucket, SSE-S3 encrypted (no key alias), with a created database and role. */
    static DatasetResources importedBucket(String bucketName) {
        return new DatasetResources(bucketName, null, DATABASE, DATASET_ROLE, roleArn(DATASET_ROLE), CRAWLER,
                PROFILING_JOB, true, false, false, false);
    }

    /** An import of an existing bucket encrypted with the existing key the alias names. */
    static DatasetResources importedBucketWithKey(String bucketName, String kmsAlias) {
        return new DatasetResources(bucketName, kmsAlias, DATABASE, DATASET_ROLE, roleArn(DATASET_ROLE), CRAWLER,
                PROFILING_JOB, true, true, false, false);
    }

    /** The aggregate's update: it carries the whole state after the change, kmsAlias null for SSE-S3. */
    static DatasetUpdated updatedWithKmsAlias(String kmsAlias) {
        return new DatasetUpdated(DATASET, "Sales", "Sales orders", null, null, List.of(), List.of(), List.of(),
                "Secret", "en", false, null, List.of(), kmsAlias, false, null, null, null, CREATED);
    }

    static DatasetStackDeploymentRequested requested(String deploymentId) {
        return new DatasetStackDeploymentRequested(DATASET, ENVIRONMENT, STACK_URI, deploymentId, "test", CREATED);
    }

    static DatasetStackStatusChanged statusChanged(String deploymentId, String status, String stackId) {
        return new DatasetStackStatusChanged(DATASET, STACK_URI, deploymentId, status, stackId, Map.of(), null,
                CREATED);
    }

    static DatasetTableAdded tableAdded() {
        return new DatasetTableAdded(DATASET, TABLE, TABLE_NAME, TABLE_NAME, DATABASE, "s3://" + BUCKET + "/orders/",
                Map.of(), List.of(new TableColumn("col1saga", "amount", "double", "column", 0, null)), "bob",
                CREATED);
    }

    static DatasetDeleted deleted(boolean fromAws) {
        return new DatasetDeleted(DATASET, ENVIRONMENT, fromAws, resources(), CREATED);
    }

    static String roleArn(String roleName) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + roleName;
    }

    /**
     * Records the dataset's creation and deploys its stack into the local cloud, as the stack saga does: its
     * bucket, key alias, Glue database, crawler and profiling job exist from then on.
     */
    void createAndDeployIn(LocalCloud cloud) {
        record(created());
        DatasetFacts facts = new DatasetHistory(store).load(DATASET).orElseThrow();
        EnvironmentStackInputs environment = new EnvironmentHistory(store).load(ENVIRONMENT).orElseThrow();
        String template = SYNTHESIZER.synthesizeDataset(facts.toStackProps(environment, roleArn(OWNER_ROLE),
                LocalCloud.PIVOT_ROLE.roleName()));
        cloud.deployer.deploy(facts.stackName(), ACCOUNT, REGION, template, facts.stackTags(environment));
    }

    EventStore store() {
        return store;
    }

    /** Appends events to the dataset's history, as the aggregate would have, and returns them. */
    Object[] record(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("Dataset", DATASET, datasetSequence++, event));
        }
        return events;
    }

    /** Appends one event to the dataset's history and returns it, for a fixture's publishes(event). */
    Object recordOne(Object event) {
        record(event);
        return event;
    }

    void recordEnvironment(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("Environment", ENVIRONMENT, environmentSequence++, event));
        }
    }

    void close() {
        store.shutDown();
    }
}

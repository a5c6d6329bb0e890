package io.grantline.saga.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The saga store keeps sagas as JSON: their state must survive the trip, their injected parts must not travel. */
class DatasetSagaSerializationTest {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @Test
    void stackSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(DatasetStackSaga.class, """
                {"datasetUri":"ds1","environmentUri":"env1","deploymentId":"d1",\
                "stackId":"arn:aws:cloudformation:eu-west-1:111122223333:stack/s/1","operation":"CREATE",\
                "stackCreated":false,"failedAttempts":1,"polls":4}""");
    }

    @Test
    void stackDeletionSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(DatasetStackDeletionSaga.class, """
                {"datasetUri":"ds1","environmentUri":"env1",\
                "stackId":"arn:aws:cloudformation:eu-west-1:111122223333:stack/s/1","failedAttempts":1,"polls":2}""");
    }

    @Test
    void crawlerSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(GlueCrawlerSaga.class, """
                {"datasetUri":"ds1","crawlerRunId":"run1","crawlerName":"dataall-sales-ds1-crawler",\
                "location":"s3://dataall-sales-ds1/raw","accountId":"111122223333","region":"eu-west-1",\
                "glueDatabaseName":"dataall_sales_ds1","failedAttempts":2,"polls":3}""");
    }

    @Test
    void profilingSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(ProfilingRunSaga.class, """
                {"datasetUri":"ds1","profilingRunUri":"prof1","jobName":"dataall-sales-ds1-profiler",\
                "glueTableName":"orders","accountId":"111122223333","region":"eu-west-1",\
                "glueDatabaseName":"dataall_sales_ds1","resultsBucket":"dataall-env1-default",\
                "resultsKey":"profiling/results/ds1/orders/prof1/results.json","jobRunId":"jr_1",\
                "failedAttempts":0,"polls":5}""");
    }

    @Test
    void columnWriteBackSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(ColumnWriteBackSaga.class, """
                {"runId":"r1","datasetUri":"ds1","tableUri":"tbl1","columnUri":"col1","columnName":"amount",\
                "description":"Order amount","accountId":"111122223333","region":"eu-west-1",\
                "glueDatabaseName":"dataall_sales_ds1","tableName":"orders","failedAttempts":1}""");
    }

    @Test
    void folderPrefixSagaStateSurvivesJsonSerialization() {
        assertRoundTrip(StorageLocationPrefixSaga.class, """
                {"datasetUri":"ds1","locationUri":"loc1","prefix":"raw/orders","accountId":"111122223333",\
                "region":"eu-west-1","bucketName":"dataall-sales-ds1","failedAttempts":2}""");
    }

    private static void assertRoundTrip(Class<?> sagaType, String state) {
        Object saga = SERIALIZER.deserialize(new SimpleSerializedObject<>(state, String.class, sagaType.getName(),
                null));

        assertThat(SERIALIZER.serialize(saga, String.class).getData()).isEqualToIgnoringWhitespace(state);
    }
}

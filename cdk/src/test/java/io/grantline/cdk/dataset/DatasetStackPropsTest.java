package io.grantline.cdk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cdk.StackSynthesizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetStackPropsTest {

    @Test
    void propsWithoutAnAccessLogsBucketKeepNoServerAccessLogs() {
        DatasetStackProps props = new DatasetStackProps("ds1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket", "db", "role", "crawler", "job", null, "pivot", "env-bucket", null,
                false, false, false, false, Map.of());

        assertThat(props.accessLogsBucketName()).isNull();
    }

    @Test
    void aBlankAccessLogsBucketMeansNoServerAccessLogs() {
        assertThat(withKmsAlias("bucket", false, false, " ").accessLogsBucketName()).isNull();
    }

    @Test
    void aCreatedBucketNeedsAKmsAliasForItsKey() {
        assertThat(DatasetEncryption.of(withKmsAlias("bucket", false, false, null)))
                .isEqualTo(DatasetEncryption.CREATED_KEY);
        assertThatThrownBy(() -> DatasetEncryption.of(withKmsAlias(null, false, false, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kmsAlias must name the KMS key the stack creates");
    }

    @Test
    void anImportedKeyNeedsItsAlias() {
        assertThatThrownBy(() -> DatasetEncryption.of(withKmsAlias(" ", true, true, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kmsAlias must name an imported KMS key");
    }

    @Test
    void anImportedBucketWithItsAliasBringsItsKey() {
        assertThat(DatasetEncryption.of(withKmsAlias("their-key", true, false, null)))
                .isEqualTo(DatasetEncryption.IMPORTED_KEY);
    }

    @Test
    void anImportedBucketWithoutAliasIsS3Managed() {
        assertThat(DatasetEncryption.of(withKmsAlias(null, true, false, null)))
                .isEqualTo(DatasetEncryption.S3_MANAGED);
    }

    @Test
    void theStackNeedsTheEnvironmentBucketForTheProfilingScript() {
        DatasetStackProps props = new DatasetStackProps("ds1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket", "db", "role", "crawler", "job", null, "pivot", null, null,
                false, false, false, false, Map.of());

        assertThatThrownBy(() -> new StackSynthesizer().synthesizeDataset(props))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environmentBucketName must not be null");
    }

    private static DatasetStackProps withKmsAlias(String kmsAlias, boolean importedS3Bucket,
                                                  boolean importedKmsKey, String accessLogsBucketName) {
        return new DatasetStackProps("ds1", "stack", "111122223333", "eu-west-1", "gl", "bucket", kmsAlias,
                "db", "role", "crawler", "job", null, "pivot", "env-bucket", null, importedS3Bucket,
                importedKmsKey, false, false, Map.of(), accessLogsBucketName);
    }
}

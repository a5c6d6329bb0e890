package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * importDataset: an existing bucket (and optionally its KMS key and Glue database) becomes a dataset; what the user
 * names is checked in the account through the cloud before anything is recorded.
 */
class ImportDatasetApiTest extends DatasetApiSupport {

    /** A bucket that exists in the local cloud: its folder is there, as if someone had created it in S3. */
    String existingBucket() {
        String name = "existing-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
        try {
            Files.createDirectories(bucketFolder(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    GraphQl importDataset(User user, Map<String, Object> input) {
        return user.graphql(IMPORT, "input", input);
    }

    @Test
    void anImportedBucketIsReferencedUnderItsOwnName() {
        String bucket = existingBucket();

        JsonNode dataset = importDataset(owner, importInput(unique("imported"), bucket)).data("importDataset");

        String uri = dataset.get("datasetUri").asText();
        assertThat(dataset.get("imported").asBoolean()).isTrue();
        assertThat(dataset.get("restricted").get("S3BucketName").asText()).isEqualTo(bucket);
        assertThat(dataset.get("restricted").get("importedS3Bucket").asBoolean()).isTrue();
        assertThat(dataset.get("restricted").get("importedKmsKey").asBoolean()).isFalse();
        assertThat(dataset.get("restricted").get("importedGlueDatabase").asBoolean()).isFalse();
        assertThat(dataset.get("restricted").get("GlueDatabaseName").asText()).endsWith(uri);
        assertThat(dataset.get("userRoleForDataset").asText()).isEqualTo("Creator");
    }

    @Test
    void anImportedAdminRoleIsUsedAsTheDatasetRole() {
        Map<String, Object> input = importInput(unique("imported-role"), existingBucket());
        input.put("adminRoleName", "existing-data-role");

        JsonNode restricted = importDataset(owner, input).data("importDataset.restricted");

        assertThat(restricted.get("IAMDatasetAdminRoleArn").asText())
                .isEqualTo("arn:aws:iam::" + account + ":role/existing-data-role");
        assertThat(restricted.get("importedAdminRole").asBoolean()).isTrue();
    }

    @Test
    void aBucketEncryptedWithAKeyOfTheAccountKeepsTheKeysAlias() {
        String alias = get(owner, crawledDataset().datasetUri()).get("restricted").get("KmsAlias").asText();
        Map<String, Object> input = importInput(unique("imported-kms"), existingBucket());
        input.put("KmsKeyAlias", alias);

        JsonNode restricted = importDataset(owner, input).data("importDataset.restricted");

        assertThat(restricted.get("KmsAlias").asText()).isEqualTo(alias);
        assertThat(restricted.get("importedKmsKey").asBoolean()).isTrue();
    }

    @Test
    void outsiderCannotImportADatasetIntoTheEnvironment() {
        String outsiders = unique("outsiders");
        User outsider = signIn(unique("outsider"), outsiders);
        String label = unique("outsiders-import");
        Map<String, Object> input = importInput(label, existingBucket());
        input.put("SamlAdminGroupName", outsiders);

        String error = importDataset(outsider, input).error();

        assertUnauthorized(error, outsider, "CREATE_DATASET", environmentUri);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aBucketAnotherDatasetUsesCannotBeImported() {
        String taken = crawledDataset().bucketName();
        String label = unique("taken");

        String error = importDataset(owner, importInput(label, taken)).error();

        assertThat(error).contains("ResourceAlreadyExists").contains(taken);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aBucketThatDoesNotExistIsRefusedNamingIt() {
        String missing = "missing-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
        String label = unique("missing");

        String error = importDataset(owner, importInput(label, missing)).error();

        assertThat(error).contains(missing);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aKmsAliasThatDoesNotExistInTheAccountIsRefusedNamingIt() {
        String label = unique("bad-kms");
        Map<String, Object> input = importInput(label, existingBucket());
        input.put("KmsKeyAlias", "no-such-key-alias");

        String error = importDataset(owner, input).error();

        assertThat(error).contains("no-such-key-alias");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aGlueDatabaseThatDoesNotExistInTheAccountIsRefusedNamingIt() {
        String label = unique("bad-glue");
        Map<String, Object> input = importInput(label, existingBucket());
        input.put("glueDatabaseName", "no_such_database");

        String error = importDataset(owner, input).error();

        assertThat(error).contains("no_such_database");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aMalformedBucketNameIsRefusedNamingTheFieldBeforeTheCloudIsAsked() {
        String label = unique("bad-bucket");

        JsonNode error = importDataset(owner, importInput(label, "Bad_Bucket")).body().get("errors").get(0);

        assertThat(error.get("message").asText()).contains("InvalidInput")
                .contains("bucketName value Bad_Bucket must be a valid S3 bucket name");
        assertThat(error.at("/extensions/field").asText()).isEqualTo("bucketName");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aBlankBucketNameIsRefusedNamingTheField() {
        String label = unique("no-bucket");

        String error = importDataset(owner, importInput(label, " ")).error();

        assertThat(error).contains("RequiredParameter").contains("bucketName");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void anImportIntoAnUnknownEnvironmentIsRefusedNamingIt() {
        String label = unique("import-nowhere");
        Map<String, Object> input = importInput(label, existingBucket());
        input.put("environmentUri", "no-such-environment");

        String error = importDataset(owner, input).error();

        assertRefusedAsUnknown(error, "no-such-environment");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }
}

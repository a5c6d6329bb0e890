package io.grantline.saga.dataset;

import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.cdk.dataset.DatasetStackProps;
import io.grantline.saga.environment.EnvironmentStackInputs;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset as its events tell it now: where it lives, its AWS resources, its tables (uri to Glue name) and what
 * its stack's history says (last stack id, whether it was ever created). kmsAlias is the current one: an imported
 * bucket may get or lose its key alias through an update. stackName is the one given at creation, whatever the
 * environment's resource prefix became since.
 */
public record DatasetFacts(String datasetUri, String organizationUri, String environmentUri, String accountId,
                           String region, String owner, String samlAdminGroupName, String confidentiality,
                           DatasetResources resources, String kmsAlias, Map<String, String> tables,
                           boolean deleted, boolean stackCreated, String lastStackId, String stackName) {

    public DatasetFacts {
        tables = tables == null ? Map.of() : Map.copyOf(tables);
    }

    public String bucketName() {
        return resources.s3BucketName();
    }

    public String glueDatabaseName() {
        return resources.glueDatabaseName();
    }

    public Optional<String> tableName(String tableUri) {
        return Optional.ofNullable(tables.get(tableUri));
    }

    public DatasetStackProps toStackProps(EnvironmentStackInputs environment, String ownerTeamRoleArn,
                                          String pivotRoleName) {
        boolean keyImported = resources.importedS3Bucket() ? hasKmsAlias() : resources.importedKmsKey();
        return new DatasetStackProps(datasetUri, stackName, accountId, region,
                environment.resourcePrefix(), bucketName(), hasKmsAlias() ? kmsAlias : null, glueDatabaseName(),
                resources.iamDatasetAdminRoleName(), resources.glueCrawlerName(), resources.glueProfilingJobName(),
                ownerTeamRoleArn, pivotRoleName, environment.defaultBucketName(), confidentiality,
                resources.importedS3Bucket(), keyImported, resources.importedGlueDatabase(),
                resources.importedAdminRole(), stackTags(environment), environment.logsBucketName());
    }

    /**
     * data.all's stack tags for a dataset (creator, organization, environment, team, target, dataall), then the
     * environment's key-value tags that cascade to its child stacks; keys are case-insensitive and a later tag
     * wins, as CloudFormation allows each key once. The stack tags its resources with the classification itself.
     */
    public Map<String, String> stackTags(EnvironmentStackInputs environment) {
        Map<String, String> tags = new LinkedHashMap<>();
        Map<String, String> keyByLowerCase = new LinkedHashMap<>();
        put(tags, keyByLowerCase, "Creator", owner);
        put(tags, keyByLowerCase, "Organization", organizationUri);
        put(tags, keyByLowerCase, "Environment", environment.name() + "_" + environmentUri);
        put(tags, keyByLowerCase, "Team", samlAdminGroupName);
        put(tags, keyByLowerCase, "Target", "Dataset_" + datasetUri);
        put(tags, keyByLowerCase, "dataall", "true");
        environment.keyValueTags().stream()
                .filter(KeyValueTag::cascade)
                .forEach(tag -> put(tags, keyByLowerCase, tag.key(), tag.value()));
        return tags;
    }

    private boolean hasKmsAlias() {
        return kmsAlias != null && !kmsAlias.isBlank();
    }

    private static void put(Map<String, String> tags, Map<String, String> keyByLowerCase, String key, String value) {
        String previous = keyByLowerCase.put(key.toLowerCase(Locale.ROOT), key);
        if (previous != null) {
            tags.remove(previous);
        }
        tags.put(key, value == null ? "" : value);
    }
}

package io.grantline.api.share;

import java.util.List;

/**
 * The dataset side of a share, as the read model had it when the share was created: where the data lives and who
 * owns it. kmsAlias is null for an imported SSE-S3 bucket. expirySetting is data.all's "Monthly" or "Quarterly";
 * expiryMinDuration and expiryMaxDuration count in that unit.
 */
public record SharedDataset(String datasetUri, String datasetName, String organizationUri, String environmentUri,
                            String environmentName, String awsAccountId, String region, String ownerGroup,
                            String environmentAdminGroup, String stewards, String glueDatabaseName,
                            String bucketName, String kmsAlias, String datasetRoleArn, boolean imported,
                            boolean enableExpiration, String expirySetting, Integer expiryMinDuration,
                            Integer expiryMaxDuration) {

    /** The teams that approve shares of the dataset: its owner team and its stewards. */
    public List<String> approverGroups() {
        return stewards == null || stewards.isBlank() || stewards.equals(ownerGroup)
                ? List.of(ownerGroup) : List.of(ownerGroup, stewards);
    }
}

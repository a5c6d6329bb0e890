package io.grantline.api.share;

/**
 * Who receives a share: the requesting team in the target environment, and the IAM principal the grants go to
 * (the team's environment role for a Group share, the consumption role for a ConsumptionRole share).
 * principalId is the team name or the consumption principal uri; principalName the IAM role name;
 * principalIamType "ROLE" or "USER".
 */
public record ShareTarget(String environmentUri, String environmentName, String organizationUri,
                          String awsAccountId, String region, String resourcePrefix, String groupUri,
                          SharePrincipalType principalType, String principalId, String principalName,
                          String principalRoleArn, String principalIamType) {

    public boolean crossAccount(SharedDataset dataset) {
        return !awsAccountId.equals(dataset.awsAccountId());
    }
}

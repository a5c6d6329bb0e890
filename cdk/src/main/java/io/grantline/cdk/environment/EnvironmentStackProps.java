package io.grantline.cdk.environment;

import io.grantline.cdk.LogicalIds;
import io.grantline.cdk.Require;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the environment stack is built from. Immutable, so it can key the synthesized-template cache.
 * The first team is the environment's admin team. defaultAthenaWorkGroup is the workgroup the environment names
 * as its default, which the admin team uses, as in data.all; any team may use it, while every other workgroup
 * belongs to one team only.
 * logsBucketName may be null for environments created before their access-logs bucket was named: CloudFormation
 * keeps the name it gave that bucket, where naming it now would replace the bucket.
 */
public record EnvironmentStackProps(
        String environmentUri,
        String stackName,
        String accountId,
        String region,
        String resourcePrefix,
        String defaultBucketName,
        String logsBucketName,
        String defaultAthenaWorkGroup,
        String pivotRoleName,
        List<TeamRoleProps> teams,
        Map<String, String> tags) {

    public EnvironmentStackProps {
        Require.notBlank(environmentUri, "environmentUri");
        Require.notBlank(stackName, "stackName");
        Require.notBlank(accountId, "accountId");
        Require.notBlank(region, "region");
        Require.notBlank(resourcePrefix, "resourcePrefix");
        Require.notBlank(defaultBucketName, "defaultBucketName");
        if (logsBucketName != null) {
            Require.notBlank(logsBucketName, "logsBucketName");
            requireOtherThan(defaultBucketName, logsBucketName);
        }
        Require.notBlank(defaultAthenaWorkGroup, "defaultAthenaWorkGroup");
        Require.notBlank(pivotRoleName, "pivotRoleName");
        teams = List.copyOf(noNullTeams(teams));
        tags = Map.copyOf(validTags(tags));
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("teams must hold at least the environment's admin team");
        }
        requireDistinctOutputs(teams);
        requireDistinctWorkGroups(teams, defaultAthenaWorkGroup);
    }

    private static void requireOtherThan(String defaultBucketName, String logsBucketName) {
        if (logsBucketName.equals(defaultBucketName)) {
            throw new IllegalArgumentException("logsBucketName '" + logsBucketName
                    + "' must differ from the default bucket's name");
        }
    }

    private static List<TeamRoleProps> noNullTeams(List<TeamRoleProps> teams) {
        // List.of(..).contains(null) throws, so test each element.
        if (Require.notNull(teams, "teams").stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("teams must not contain null");
        }
        return teams;
    }

    private static Map<String, String> validTags(Map<String, String> tags) {
        Require.notNull(tags, "tags");
        tags.forEach((key, value) -> {
            Require.notBlank(key, "tag key");
            Require.notNull(value, "value of tag '" + key + "'");
        });
        return tags;
    }

    // Two groupUris that differ only in punctuation would need the same output logical id.
    private static void requireDistinctOutputs(List<TeamRoleProps> teams) {
        Map<String, String> groupBySanitizedUri = new HashMap<>();
        for (TeamRoleProps team : teams) {
            String previous = groupBySanitizedUri.putIfAbsent(LogicalIds.sanitize(team.groupUri()), team.groupUri());
            if (previous != null) {
                throw new IllegalArgumentException("teams '" + previous + "' and '" + team.groupUri()
                        + "' are the same group or differ only in characters a logical id cannot hold");
            }
        }
    }

    private static void requireDistinctWorkGroups(List<TeamRoleProps> teams, String defaultWorkGroup) {
        Set<String> workGroups = new HashSet<>();
        for (TeamRoleProps team : teams) {
            if (!team.athenaWorkGroup().equals(defaultWorkGroup) && !workGroups.add(team.athenaWorkGroup())) {
                throw new IllegalArgumentException("Athena workgroup '" + team.athenaWorkGroup()
                        + "' of team '" + team.groupUri() + "' is already used in this environment");
            }
        }
    }
}

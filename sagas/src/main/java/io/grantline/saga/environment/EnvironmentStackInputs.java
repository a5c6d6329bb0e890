package io.grantline.saga.environment;

import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.stack.StackNames;
import io.grantline.cdk.environment.EnvironmentStackProps;
import io.grantline.cdk.environment.TeamRoleProps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the environment stack is built from, as the environment's events tell it: account, naming, teams and
 * their roles, the default Athena workgroup (the admin team's), tags. Also what the stack's own history says
 * (last stack id, whether it was ever created).
 * logsBucketName is null for environments created before the access-logs bucket was named.
 */
public record EnvironmentStackInputs(String environmentUri, String organizationUri, String name, String owner,
                                     String accountId, String region, String stackName, String resourcePrefix,
                                     String defaultBucketName, String logsBucketName,
                                     String defaultAthenaWorkGroup, String adminGroup,
                                     Team adminTeam,
                                     List<Team> invitedTeams, List<KeyValueTag> keyValueTags, boolean deleted,
                                     boolean stackCreated, String lastStackId) {

    /** A team's role and Athena workgroup in the environment. */
    public record Team(String groupUri, String roleName, String roleArn, String athenaWorkGroup, boolean imported) {
    }

    public EnvironmentStackProps toStackProps(String pivotRoleName) {
        List<TeamRoleProps> teams = new ArrayList<>();
        for (Team team : allTeams()) {
            teams.add(new TeamRoleProps(team.groupUri(), team.roleName(), team.athenaWorkGroup(), team.imported()));
        }
        return new EnvironmentStackProps(environmentUri, stackName, accountId, region, resourcePrefix,
                defaultBucketName, logsBucketName, defaultAthenaWorkGroup, pivotRoleName, teams, stackTags());
    }

    public List<Team> allTeams() {
        List<Team> teams = new ArrayList<>();
        teams.add(adminTeam);
        invitedTeams.stream().filter(team -> !team.groupUri().equals(adminTeam.groupUri())).forEach(teams::add);
        return teams;
    }

    /** The team's role; the admin team's (the environment's default role) when groupUri is null. */
    public Optional<Team> team(String groupUri) {
        if (groupUri == null) {
            return Optional.of(adminTeam);
        }
        return allTeams().stream().filter(team -> team.groupUri().equals(groupUri)).findFirst();
    }

    /**
     * data.all's stack tags (creator, organization, environment, team, target, dataall) and then the key-value
     * tags; keys are case-insensitive and a later tag wins, as CloudFormation allows each key once.
     */
    public Map<String, String> stackTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        Map<String, String> keyByLowerCase = new LinkedHashMap<>();
        put(tags, keyByLowerCase, "Creator", owner);
        put(tags, keyByLowerCase, "Organization", organizationUri);
        put(tags, keyByLowerCase, "Environment", name + "_" + environmentUri);
        put(tags, keyByLowerCase, "Team", adminGroup);
        put(tags, keyByLowerCase, "Target", "Environment_" + environmentUri);
        put(tags, keyByLowerCase, "dataall", "true");
        keyValueTags.forEach(tag -> put(tags, keyByLowerCase, tag.key(), tag.value()));
        return tags;
    }

    private static void put(Map<String, String> tags, Map<String, String> keyByLowerCase, String key, String value) {
        String previous = keyByLowerCase.put(key.toLowerCase(Locale.ROOT), key);
        if (previous != null) {
            tags.remove(previous);
        }
        tags.put(key, value == null ? "" : value);
    }

    static String stackNameOf(String resourcePrefix, String environmentUri) {
        return StackNames.environmentStackName(resourcePrefix, environmentUri);
    }
}

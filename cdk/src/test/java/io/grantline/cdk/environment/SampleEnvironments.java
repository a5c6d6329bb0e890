package io.grantline.cdk.environment;

import java.util.List;
import java.util.Map;

/** Environment props shared by the CDK tests. */
public final class SampleEnvironments {

    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "eu-west-1";
    public static final String BUCKET = "gl-env1abc-default";
    public static final String LOGS_BUCKET = "gl-env1abc-default-access-logs";
    /** The workgroup the environment names as its default, which its admin team, the engineers, uses. */
    public static final String DEFAULT_WORKGROUP = "gl-sales-env1abc";
    public static final String PIVOT_ROLE_ARN = "arn:aws:iam::111122223333:role/gl-pivot-role";

    public static final TeamRoleProps ENGINEERS =
            new TeamRoleProps("Engineers", "gl-engineers-env1abc", DEFAULT_WORKGROUP, false);
    public static final TeamRoleProps ANALYSTS =
            new TeamRoleProps("data-analysts", "gl-analysts-env1abc", "gl-analysts-env1abc", false);
    public static final TeamRoleProps IMPORTED_SCIENTISTS =
            new TeamRoleProps("scientists", "existing-science-role", "gl-scientists-env1abc", true);

    private SampleEnvironments() {
    }

    public static EnvironmentStackProps withTwoTeamsAndOneImported() {
        return environment("env1abc", List.of(ENGINEERS, ANALYSTS, IMPORTED_SCIENTISTS));
    }

    /** An environment created before its access-logs bucket was named. */
    public static EnvironmentStackProps withoutLogsBucketName() {
        EnvironmentStackProps props = withTwoTeamsAndOneImported();
        return new EnvironmentStackProps(props.environmentUri(), props.stackName(), props.accountId(),
                props.region(), props.resourcePrefix(), props.defaultBucketName(), null,
                props.defaultAthenaWorkGroup(), props.pivotRoleName(), props.teams(), props.tags());
    }

    public static EnvironmentStackProps environment(String environmentUri, List<TeamRoleProps> teams) {
        return new EnvironmentStackProps(
                environmentUri,
                "grantline-environment-" + environmentUri,
                ACCOUNT,
                REGION,
                "gl",
                "gl-" + environmentUri + "-default",
                "gl-" + environmentUri + "-default-access-logs",
                "gl-sales-" + environmentUri,
                "gl-pivot-role",
                teams,
                Map.of("grantline:environment", environmentUri, "CostCenter", "data-platform"));
    }
}

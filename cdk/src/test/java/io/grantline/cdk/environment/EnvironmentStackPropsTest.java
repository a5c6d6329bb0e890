package io.grantline.cdk.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentStackPropsTest {

    private static final List<TeamRoleProps> TEAMS = List.of(SampleEnvironments.ENGINEERS);
    private static final String WORKGROUP = SampleEnvironments.DEFAULT_WORKGROUP;

    @Test
    void propsRejectBlankAccountId() {
        assertThatThrownBy(() -> props("env1", "stack", "  ", "eu-west-1", "gl", "bucket", WORKGROUP, "pivot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"environmentUri", "stackName", "accountId", "region", "resourcePrefix",
            "defaultBucketName", "defaultAthenaWorkGroup", "pivotRoleName"})
    void propsRejectEachMissingName(String field) {
        List<String> values = new ArrayList<>(List.of("env1", "stack", "111122223333", "eu-west-1", "gl", "bucket",
                WORKGROUP, "pivot"));
        values.set(List.of("environmentUri", "stackName", "accountId", "region", "resourcePrefix",
                "defaultBucketName", "defaultAthenaWorkGroup", "pivotRoleName").indexOf(field), null);

        assertThatThrownBy(() -> props(values.toArray(String[]::new)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must not be null");
    }

    @Test
    void propsRejectNullTeams() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("teams must not be null");
    }

    @Test
    void propsRejectNullTags() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", TEAMS, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tags must not be null");
    }

    @Test
    void propsRejectANullTeam() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", Arrays.asList(SampleEnvironments.ENGINEERS, null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("teams must not contain null");
    }

    @Test
    void propsRejectATagWithoutValue() {
        Map<String, String> tags = new HashMap<>();
        tags.put("Owner", null);

        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", TEAMS, tags))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of tag 'Owner' must not be null");
    }

    @Test
    void propsRejectGroupsWhoseOutputNamesWouldCollide() {
        List<TeamRoleProps> teams = List.of(
                new TeamRoleProps("data-team", "role-a", "wg-a", false),
                new TeamRoleProps("data_team", "role-b", "wg-b", false));

        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", teams, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'data-team' and 'data_team'");
    }

    @Test
    void propsRejectAWorkgroupUsedTwice() {
        List<TeamRoleProps> teams = List.of(new TeamRoleProps("Engineers", "role-a", "gl-shared", false),
                new TeamRoleProps("Analysts", "role-b", "gl-shared", false));

        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", teams, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Athena workgroup 'gl-shared'");
    }

    @Test
    void propsDoNotChangeWhenTheCallersCollectionsDo() {
        List<TeamRoleProps> teams = new ArrayList<>(TEAMS);
        Map<String, String> tags = new HashMap<>(Map.of("Owner", "platform"));
        EnvironmentStackProps props = new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", teams, tags);

        teams.add(SampleEnvironments.ANALYSTS);
        tags.put("Owner", "someone-else");

        assertThat(props.teams()).containsExactly(SampleEnvironments.ENGINEERS);
        assertThat(props.tags()).containsExactlyEntriesOf(Map.of("Owner", "platform"));
    }

    @Test
    void propsRejectABlankDefaultWorkgroup() {
        assertThatThrownBy(() -> props("env1", "stack", "111122223333", "eu-west-1", "gl", "bucket", " ", "pivot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultAthenaWorkGroup must not be blank");
    }

    @Test
    void defaultWorkgroupIsTheOneTheEnvironmentNamesWhateverItsTeamsUse() {
        List<TeamRoleProps> teams = List.of(new TeamRoleProps("Engineers", "role-a", "gl-engineers", false));

        assertThat(new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl", "bucket",
                "bucket-access-logs", "gl-sales-env1", "pivot", teams, Map.of()).defaultAthenaWorkGroup())
                .isEqualTo("gl-sales-env1");
    }

    @Test
    void teamsMayShareTheDefaultWorkgroup() {
        List<TeamRoleProps> teams = List.of(new TeamRoleProps("Engineers", "role-a", WORKGROUP, false),
                new TeamRoleProps("Sales", "role-b", WORKGROUP, false));

        assertThat(new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl", "bucket",
                "bucket-access-logs", WORKGROUP, "pivot", teams, Map.of()).teams()).hasSize(2);
    }

    @Test
    void propsRejectAnEnvironmentWithoutItsAdminTeam() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket-access-logs", WORKGROUP, "pivot", List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admin team");
    }

    @Test
    void teamPropsRejectBlankRoleName() {
        assertThatThrownBy(() -> new TeamRoleProps("Engineers", "", "wg", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("roleName must not be blank");
    }

    @Test
    void teamPropsRejectAGroupUriWithoutLettersOrDigits() {
        assertThatThrownBy(() -> new TeamRoleProps("--", "role", "wg", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groupUri '--'");
    }

    @Test
    void propsWithoutALogsBucketNameLeaveItToCloudFormation() {
        assertThat(new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl", "bucket", null,
                WORKGROUP, "pivot", TEAMS, Map.of()).logsBucketName()).isNull();
    }

    @Test
    void propsRejectABlankLogsBucketName() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", " ", WORKGROUP, "pivot", TEAMS, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logsBucketName must not be blank");
    }

    @Test
    void propsRejectALogsBucketNamedAsTheDefaultBucket() {
        assertThatThrownBy(() -> new EnvironmentStackProps("env1", "stack", "111122223333", "eu-west-1", "gl",
                "bucket", "bucket", WORKGROUP, "pivot", TEAMS, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logsBucketName 'bucket' must differ from the default bucket's name");
    }

    private static EnvironmentStackProps props(String... names) {
        return new EnvironmentStackProps(names[0], names[1], names[2], names[3], names[4], names[5],
                "bucket-access-logs", names[6], names[7], TEAMS, Map.of());
    }
}

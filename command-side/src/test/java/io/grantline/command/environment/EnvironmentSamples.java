package io.grantline.command.environment;

import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentCommands.AddConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.CreateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.CreateNetwork;
import io.grantline.api.environment.EnvironmentCommands.InviteGroupOnEnvironment;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.NetworkCreated;
import io.grantline.api.permission.ResourcePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The environment the aggregate tests start from, and the commands and events around it. */
final class EnvironmentSamples {

    static final String URI = "envuri01";
    static final String ORG = "orguri01";
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final String ADMINS = "DataAdmins";
    static final String SCIENTISTS = "DataScientists";
    static final String STACK = "stackuri1";
    static final Actor ALICE = new Actor("alice", List.of(ADMINS));
    static final String ROLE_NAME = "dataall-sales-data-envuri01";
    static final String ROLE_ARN = "arn:aws:iam::111122223333:role/dataall-sales-data-envuri01";
    static final String PRINCIPAL_URI = "princip1";
    static final String PRINCIPAL_ARN = "arn:aws:iam::111122223333:role/analytics/consumer";
    static final String VPC_URI = "vpcuri01";

    private EnvironmentSamples() {
    }

    static CreateEnvironment create() {
        return new CreateEnvironment(URI, ORG, "Sales Data", "Sales team's account", ACCOUNT, REGION, ADMINS,
                List.of("sales"), null, Map.of("dashboardsEnabled", "true"), null, null, null, null, STACK, ALICE);
    }

    static EnvironmentCreated created() {
        return new EnvironmentCreated(URI, ORG, "Sales Data", "sales-data", "Sales team's account", ACCOUNT, REGION,
                ADMINS, "alice", List.of("sales"), "dataall", Map.of("dashboardsEnabled", "true"), ROLE_NAME,
                ROLE_ARN, false, "dataall-sales-data-envuri01", "dataall-sales-data-envuri01", null, null,
                List.of(), STACK, null, "dataall-sales-data-envuri01-access-logs");
    }

    static EnvironmentStackDeploymentRequested deploymentRequested(String reason) {
        return new EnvironmentStackDeploymentRequested(URI, STACK, null, reason, null);
    }

    static InviteGroupOnEnvironment invite(String group, String... permissions) {
        return new InviteGroupOnEnvironment(URI, group, List.of(permissions), null, ALICE);
    }

    static GroupInvitedToEnvironment invited(String group, String... chosen) {
        List<String> permissions = new ArrayList<>(ResourcePermissions.ENVIRONMENT_INVITED_DEFAULT);
        permissions.addAll(List.of(chosen));
        String roleName = "dataall-" + group.toLowerCase() + "-" + URI;
        return new GroupInvitedToEnvironment(URI, group, permissions, roleName,
                "arn:aws:iam::" + ACCOUNT + ":role/" + roleName, false, roleName, "alice", null);
    }

    static AddConsumptionPrincipal addPrincipal(String uri, String name, String group, String arn) {
        return new AddConsumptionPrincipal(URI, uri, name, group, arn, "FULLY_MANAGED", ALICE);
    }

    static ConsumptionPrincipalAdded principalAdded(String group) {
        return new ConsumptionPrincipalAdded(URI, PRINCIPAL_URI, "consumer", group, PRINCIPAL_ARN, "consumer", "ROLE",
                "FULLY_MANAGED", null);
    }

    static CreateNetwork createNetwork(String vpcUri, String vpcId, String group) {
        return new CreateNetwork(URI, vpcUri, vpcId, "Main VPC", "the main network", group, List.of("subnet-1"),
                List.of(), List.of("net"), ALICE);
    }

    static NetworkCreated networkCreated(String group) {
        return new NetworkCreated(URI, VPC_URI, "vpc-0a1b2c3d", "Main VPC", "Main VPC", "the main network", group,
                "alice", ACCOUNT, REGION, List.of("subnet-1"), List.of(), List.of("net"), null);
    }

    static EnvironmentDeleted deleted() {
        return new EnvironmentDeleted(URI, ORG, true, null);
    }
}

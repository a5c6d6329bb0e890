package io.grantline.command.environment;

import static io.grantline.command.validation.Require.maxLength;
import static io.grantline.command.validation.Require.present;
import static io.grantline.command.environment.EnvironmentInputs.accountIdOf;
import static io.grantline.command.environment.EnvironmentInputs.blank;
import static io.grantline.command.environment.EnvironmentInputs.blankToNull;
import static io.grantline.command.environment.EnvironmentInputs.cleaned;
import static io.grantline.command.environment.EnvironmentInputs.grantedOnInvitation;
import static io.grantline.command.environment.EnvironmentInputs.invitationPermissionsOf;
import static io.grantline.command.environment.EnvironmentInputs.parametersOf;
import static io.grantline.command.environment.EnvironmentInputs.permissionsBoundaryOf;
import static io.grantline.command.environment.EnvironmentInputs.policyManagementOf;
import static io.grantline.command.environment.EnvironmentInputs.regionOf;
import static io.grantline.command.environment.EnvironmentInputs.resourcePrefixOf;
import static io.grantline.command.environment.EnvironmentInputs.roleInAccount;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.environment.EnvironmentCommands.AddConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.CreateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.CreateNetwork;
import io.grantline.api.environment.EnvironmentCommands.DeleteEnvironment;
import io.grantline.api.environment.EnvironmentCommands.DeleteNetwork;
import io.grantline.api.environment.EnvironmentCommands.DisableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.EnableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.InviteGroupOnEnvironment;
import io.grantline.api.environment.EnvironmentCommands.RecordEnvironmentStackStatus;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.environment.EnvironmentCommands.RemoveConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.RemoveGroupFromEnvironment;
import io.grantline.api.environment.EnvironmentCommands.UpdateConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironmentKeyValueTags;
import io.grantline.api.environment.EnvironmentCommands.UpdateGroupEnvironmentPermissions;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsDisabled;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsEnabled;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentGroupPermissionsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.EnvironmentEvents.NetworkCreated;
import io.grantline.api.environment.EnvironmentEvents.NetworkDeleted;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.command.organization.Slugs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.stereotype.Component;

/**
 * An environment: an AWS account and region linked to an organization, administered by one team, with
 * invited teams, consumption principals and networks. Every change that the environment stack reflects
 * asks for the stack to be deployed again.
 */
@Aggregate
// by default the aggregate's prototype bean would be named "environment", which is Spring's own Environment bean
@Component("environmentAggregate")
public class Environment {

    static final int MAX_LABEL = 64;
    static final String DEFAULT_RESOURCE_PREFIX = "dataall";

    private record Principal(String name, String group, String iamPrincipalArn) {
    }

    private record Network(String vpcId, String group) {
    }

    @AggregateIdentifier
    private String environmentUri;
    private String organizationUri;
    private String awsAccountId;
    private String region;
    private String stackUri;
    private String label;
    private String description;
    private List<String> tags;
    private String adminGroup;
    private String resourcePrefix;
    private Map<String, String> parameters;
    private String permissionsBoundaryPolicyArn;
    private String vpcId;
    private List<String> subnetIds;
    private final Set<String> invitedGroups = new HashSet<>();
    private final Map<String, Principal> principals = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private String lastDeploymentId;
    private String lastStackStatus;
    private boolean deleted;

    protected Environment() {
    }

    /** Created by {@link EnvironmentCommandHandler}, which links the account and region once this succeeds. */
    Environment(CreateEnvironment command) {
        String action = "createEnvironment";
        String uri = present(action, "environmentUri", command.environmentUri());
        String label = maxLength(action, "label", present(action, "label", command.label()), MAX_LABEL);
        String account = accountIdOf(action, command.awsAccountId());
        String region = regionOf(action, command.region());
        String admin = present(action, "SamlGroupName", command.samlGroupName());
        String organization = present(action, "organizationUri", command.organizationUri());
        String prefix = command.resourcePrefix() == null || command.resourcePrefix().isBlank()
                ? DEFAULT_RESOURCE_PREFIX : resourcePrefixOf(action, command.resourcePrefix());
        String boundary = permissionsBoundaryOf(action, command.permissionsBoundaryPolicyArn());
        String stack = present(action, "stackUri", command.stackUri());
        String name = Slugs.of(label);
        IamArn importedRole = blank(command.defaultIamRoleArn()) ? null
                : roleInAccount(action, "EnvironmentDefaultIAMRoleArn", command.defaultIamRoleArn().trim(), account);
        String roleName = importedRole != null ? importedRole.name() : ResourceNames.iamRole(prefix, name, uri);
        String roleArn = importedRole != null ? importedRole.arn() : ResourceNames.roleArn(account, roleName);
        apply(new EnvironmentCreated(uri, organization, label, name, command.description(), account, region, admin,
                command.actor().username(), cleaned(command.tags()), prefix, parametersOf(command.parameters()),
                roleName, roleArn, importedRole != null, ResourceNames.bucket(prefix, name, uri),
                ResourceNames.athenaWorkGroup(prefix, name, uri), boundary, blankToNull(command.vpcId()),
                cleaned(command.subnetIds()), stack, Instant.now(),
                ResourceNames.accessLogsBucket(prefix, name, uri)))
                // in a constructor the state is set only once the constructor returns
                .andThenApply(() -> deploymentRequest("environment created"));
    }

    /**
     * Called by {@link EnvironmentCommandHandler}. A new SamlGroupName hands the environment over: the new team
     * becomes its admin team (leaving its invitation, if it had one) and the previous admin team stays as an
     * invited team with the default permissions and a team role of its own.
     */
    void update(UpdateEnvironment command) {
        requireLive();
        String action = "updateEnvironment";
        String newLabel = command.label() == null ? label
                : maxLength(action, "label", present(action, "label", command.label()), MAX_LABEL);
        String newPrefix = blank(command.resourcePrefix()) ? resourcePrefix
                : resourcePrefixOf(action, command.resourcePrefix());
        String newBoundary = command.permissionsBoundaryPolicyArn() == null ? permissionsBoundaryPolicyArn
                : permissionsBoundaryOf(action, command.permissionsBoundaryPolicyArn());
        String newAdmin = blank(command.samlGroupName()) ? adminGroup : command.samlGroupName().trim();
        String previousAdmin = adminGroup;
        if (!newAdmin.equals(previousAdmin) && invitedGroups.contains(newAdmin)) {
            apply(new GroupRemovedFromEnvironment(environmentUri, newAdmin));
        }
        apply(new EnvironmentUpdated(environmentUri, newLabel,
                command.description() == null ? description : command.description(),
                command.tags() == null ? tags : cleaned(command.tags()), newAdmin, newPrefix,
                command.parameters() == null ? parameters : parametersOf(command.parameters()), newBoundary,
                command.vpcId() == null ? vpcId : blankToNull(command.vpcId()),
                command.subnetIds() == null ? subnetIds : cleaned(command.subnetIds()), Instant.now()));
        if (!newAdmin.equals(previousAdmin)) {
            String roleName = ResourceNames.iamRole(resourcePrefix, previousAdmin, environmentUri);
            apply(new GroupInvitedToEnvironment(environmentUri, previousAdmin,
                    List.copyOf(ResourcePermissions.ENVIRONMENT_INVITED_DEFAULT), roleName,
                    ResourceNames.roleArn(awsAccountId, roleName), false,
                    ResourceNames.athenaWorkGroup(resourcePrefix, previousAdmin, environmentUri),
                    command.actor().username(), Instant.now()));
        }
        requestDeployment("environment updated");
    }

    /** Called by {@link EnvironmentCommandHandler}, which unlinks the account and region once this succeeds. */
    void delete(DeleteEnvironment command) {
        requireLive();
        for (String principalUri : List.copyOf(principals.keySet())) {
            apply(new ConsumptionPrincipalRemoved(environmentUri, principalUri));
        }
        for (String vpcUri : List.copyOf(networks.keySet())) {
            apply(new NetworkDeleted(environmentUri, vpcUri));
        }
        apply(new EnvironmentDeleted(environmentUri, organizationUri, command.deleteFromAws(), Instant.now()));
    }

    @CommandHandler
    public void handle(InviteGroupOnEnvironment command) {
        requireLive();
        String action = "inviteGroupOnEnvironment";
        String group = present(action, "groupUri", command.groupUri());
        List<String> chosen = invitationPermissionsOf(action, command.permissions());
        if (isTeam(group)) {
            throw new ResourceAlreadyExists(action,
                    "Team " + group + " is already a member of the environment " + environmentUri);
        }
        String roleName;
        String roleArn;
        boolean imported = !blank(command.environmentIamRoleArn());
        if (imported) {
            IamArn role = roleInAccount(action, "environmentIAMRoleArn", command.environmentIamRoleArn().trim(),
                    awsAccountId);
            roleName = role.name();
            roleArn = role.arn();
        } else {
            roleName = ResourceNames.iamRole(resourcePrefix, group, environmentUri);
            roleArn = ResourceNames.roleArn(awsAccountId, roleName);
        }
        apply(new GroupInvitedToEnvironment(environmentUri, group, grantedOnInvitation(chosen), roleName, roleArn,
                imported, ResourceNames.athenaWorkGroup(resourcePrefix, group, environmentUri),
                command.actor().username(), Instant.now()));
        requestDeployment("team " + group + " invited");
    }

    @CommandHandler
    public void handle(UpdateGroupEnvironmentPermissions command) {
        requireLive();
        String action = "updateGroupEnvironmentPermissions";
        String group = present(action, "groupUri", command.groupUri());
        List<String> chosen = invitationPermissionsOf(action, command.permissions());
        requireInvited(action, group);
        apply(new EnvironmentGroupPermissionsUpdated(environmentUri, group, grantedOnInvitation(chosen)));
        requestDeployment("permissions of team " + group + " updated");
    }

    @CommandHandler
    public void handle(RemoveGroupFromEnvironment command) {
        requireLive();
        String action = "removeGroupFromEnvironment";
        String group = present(action, "groupUri", command.groupUri());
        requireInvited(action, group);
        List<String> ownedPrincipals = principals.values().stream().filter(p -> p.group().equals(group))
                .map(Principal::name).toList();
        if (!ownedPrincipals.isEmpty()) {
            throw new ResourceInUse(action, "Team: " + group + " has consumption principal(s) " + ownedPrincipals
                    + " on the environment " + environmentUri + "; remove them first");
        }
        List<String> ownedNetworks = networks.values().stream().filter(n -> n.group().equals(group))
                .map(Network::vpcId).toList();
        if (!ownedNetworks.isEmpty()) {
            throw new ResourceInUse(action, "Team: " + group + " has network(s) " + ownedNetworks
                    + " on the environment " + environmentUri + "; delete them first");
        }
        apply(new GroupRemovedFromEnvironment(environmentUri, group));
        requestDeployment("team " + group + " removed");
    }

    @CommandHandler
    public void handle(AddConsumptionPrincipal command) {
        requireLive();
        String action = "addConsumptionPrincipalToEnvironment";
        String principalUri = present(action, "consumptionPrincipalUri", command.consumptionPrincipalUri());
        String name = maxLength(action, "consumptionPrincipalName",
                present(action, "consumptionPrincipalName", command.consumptionPrincipalName()), MAX_LABEL);
        String group = present(action, "groupUri", command.groupUri());
        String arnText = present(action, "IAMPrincipalArn", command.iamPrincipalArn());
        String managed = policyManagementOf(action, command.dataallManaged());
        IamArn arn = IamArn.parse(arnText).orElseThrow(() -> new InvalidInput(action, "IAMPrincipalArn",
                "must be the ARN of an IAM role or user; got " + arnText));
        if (!arn.accountId().equals(awsAccountId)) {
            throw new InvalidInput(action, "IAMPrincipalArn", "must be in the environment's account "
                    + awsAccountId + "; got " + arnText);
        }
        requireTeamField(action, "groupUri", group);
        requireUniquePrincipalName(action, name, null);
        if (principals.values().stream().anyMatch(p -> p.iamPrincipalArn().equals(arnText))) {
            throw new ResourceAlreadyExists(action,
                    "IAM principal " + arnText + " is already added to the environment " + environmentUri);
        }
        if (principals.containsKey(principalUri)) {
            throw new ResourceAlreadyExists(action, "Consumption principal " + principalUri + " already exists");
        }
        apply(new ConsumptionPrincipalAdded(environmentUri, principalUri, name, group, arnText, arn.name(),
                arn.principalType(), managed, Instant.now()));
    }

    @CommandHandler
    public void handle(UpdateConsumptionPrincipal command) {
        requireLive();
        String action = "updateConsumptionPrincipal";
        String principalUri = present(action, "consumptionPrincipalUri", command.consumptionPrincipalUri());
        requirePrincipal(principalUri);
        String name = maxLength(action, "consumptionPrincipalName",
                present(action, "consumptionPrincipalName", command.consumptionPrincipalName()), MAX_LABEL);
        String group = present(action, "groupUri", command.groupUri());
        String managed = policyManagementOf(action, command.dataallManaged());
        requireTeamField(action, "groupUri", group);
        requireUniquePrincipalName(action, name, principalUri);
        apply(new ConsumptionPrincipalUpdated(environmentUri, principalUri, name, group, managed, Instant.now()));
    }

    @CommandHandler
    public void handle(RemoveConsumptionPrincipal command) {
        requireLive();
        String principalUri = present("removeConsumptionPrincipalFromEnvironment", "consumptionPrincipalUri",
                command.consumptionPrincipalUri());
        requirePrincipal(principalUri);
        apply(new ConsumptionPrincipalRemoved(environmentUri, principalUri));
    }

    @CommandHandler
    public void handle(EnableDataSubscriptions command) {
        requireLive();
        String action = "enableDataSubscriptions";
        String producersTopic;
        boolean imported = !blank(command.producersTopicArn());
        if (imported) {
            producersTopic = command.producersTopicArn().trim();
            if (!IamArn.isSnsTopic(producersTopic)) {
                throw new InvalidInput(action, "producersTopicArn", "must be the ARN of an SNS topic; got "
                        + producersTopic);
            }
        } else {
            producersTopic = ResourceNames.topic(resourcePrefix, label + "-producers-topic", environmentUri);
        }
        apply(new DataSubscriptionsEnabled(environmentUri, producersTopic, imported,
                ResourceNames.topic(resourcePrefix, label + "-consumers-topic", environmentUri)));
        requestDeployment("data subscriptions enabled");
    }

    @CommandHandler
    public void handle(DisableDataSubscriptions command) {
        requireLive();
        apply(new DataSubscriptionsDisabled(environmentUri));
        requestDeployment("data subscriptions disabled");
    }

    @CommandHandler
    public void handle(CreateNetwork command) {
        requireLive();
        String action = "createNetwork";
        String vpcUri = present(action, "vpcUri", command.vpcUri());
        String vpc = present(action, "vpcId", command.vpcId());
        String networkLabel = maxLength(action, "label", present(action, "label", command.label()), MAX_LABEL);
        String group = present(action, "SamlGroupName", command.samlGroupName());
        requireTeamField(action, "SamlGroupName", group);
        if (networks.values().stream().anyMatch(n -> n.vpcId().equals(vpc))) {
            throw new ResourceAlreadyExists(action,
                    "Vpc " + vpc + " is already associated to environment " + environmentUri);
        }
        if (networks.containsKey(vpcUri)) {
            throw new ResourceAlreadyExists(action, "Network " + vpcUri + " already exists");
        }
        apply(new NetworkCreated(environmentUri, vpcUri, vpc, networkLabel, networkLabel, command.description(),
                group, command.actor().username(), awsAccountId, region,
                cleaned(command.privateSubnetIds()), cleaned(command.publicSubnetIds()), cleaned(command.tags()),
                Instant.now()));
    }

    @CommandHandler
    public void handle(DeleteNetwork command) {
        requireLive();
        String vpcUri = present("deleteNetwork", "vpcUri", command.vpcUri());
        if (!networks.containsKey(vpcUri)) {
            throw new ObjectNotFound("Vpc", vpcUri);
        }
        apply(new NetworkDeleted(environmentUri, vpcUri));
    }

    @CommandHandler
    public void handle(UpdateEnvironmentKeyValueTags command) {
        requireLive();
        String action = "updateKeyValueTags";
        List<KeyValueTag> given = command.tags() == null ? List.of() : command.tags();
        Set<String> keys = new HashSet<>();
        List<KeyValueTag> tagsToApply = new ArrayList<>();
        for (KeyValueTag tag : given) {
            String key = present(action, "key", tag.key());
            if (tag.value() == null) {
                throw new RequiredParameter(action, "value");
            }
            if (!keys.add(key)) {
                throw new InvalidInput(action, "tags", "contains the key " + key + " more than once");
            }
            tagsToApply.add(new KeyValueTag(key, tag.value(), tag.cascade()));
        }
        apply(new EnvironmentKeyValueTagsUpdated(environmentUri, List.copyOf(tagsToApply)));
        requestDeployment("key-value tags updated");
    }

    @CommandHandler
    public void handle(RedeployEnvironmentStack command) {
        requireLive();
        requestDeployment("redeploy requested");
    }

    /** The saga's reports; those about a deleted environment, or repeating the last one, change nothing. */
    @CommandHandler
    public void handle(RecordEnvironmentStackStatus command) {
        if (deleted) {
            return;
        }
        String status = present("recordEnvironmentStackStatus", "status", command.status());
        if (Objects.equals(command.deploymentId(), lastDeploymentId) && status.equals(lastStackStatus)) {
            return;
        }
        apply(new EnvironmentStackStatusChanged(environmentUri, stackUri, command.deploymentId(), status,
                command.stackId(), command.outputs() == null ? Map.of() : command.outputs(), command.error(),
                Instant.now()));
    }

    @EventSourcingHandler
    void on(EnvironmentCreated event) {
        environmentUri = event.environmentUri();
        organizationUri = event.organizationUri();
        awsAccountId = event.awsAccountId();
        region = event.region();
        stackUri = event.stackUri();
        label = event.label();
        description = event.description();
        tags = event.tags();
        adminGroup = event.samlGroupName();
        resourcePrefix = event.resourcePrefix();
        parameters = event.parameters();
        permissionsBoundaryPolicyArn = event.permissionsBoundaryPolicyArn();
        vpcId = event.vpcId();
        subnetIds = event.subnetIds();
    }

    @EventSourcingHandler
    void on(EnvironmentUpdated event) {
        label = event.label();
        description = event.description();
        tags = event.tags();
        adminGroup = event.samlGroupName();
        resourcePrefix = event.resourcePrefix();
        parameters = event.parameters();
        permissionsBoundaryPolicyArn = event.permissionsBoundaryPolicyArn();
        vpcId = event.vpcId();
        subnetIds = event.subnetIds();
    }

    @EventSourcingHandler
    void on(EnvironmentDeleted event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(GroupInvitedToEnvironment event) {
        invitedGroups.add(event.groupUri());
    }

    @EventSourcingHandler
    void on(GroupRemovedFromEnvironment event) {
        invitedGroups.remove(event.groupUri());
    }

    @EventSourcingHandler
    void on(ConsumptionPrincipalAdded event) {
        principals.put(event.consumptionPrincipalUri(), new Principal(event.consumptionPrincipalName(),
                event.groupUri(), event.iamPrincipalArn()));
    }

    @EventSourcingHandler
    void on(ConsumptionPrincipalUpdated event) {
        principals.computeIfPresent(event.consumptionPrincipalUri(), (uri, principal) ->
                new Principal(event.consumptionPrincipalName(), event.groupUri(), principal.iamPrincipalArn()));
    }

    @EventSourcingHandler
    void on(ConsumptionPrincipalRemoved event) {
        principals.remove(event.consumptionPrincipalUri());
    }

    @EventSourcingHandler
    void on(NetworkCreated event) {
        networks.put(event.vpcUri(), new Network(event.vpcId(), event.samlGroupName()));
    }

    @EventSourcingHandler
    void on(NetworkDeleted event) {
        networks.remove(event.vpcUri());
    }

    @EventSourcingHandler
    void on(EnvironmentStackStatusChanged event) {
        lastDeploymentId = event.deploymentId();
        lastStackStatus = event.status();
    }

    private void requestDeployment(String reason) {
        apply(deploymentRequest(reason));
    }

    private EnvironmentStackDeploymentRequested deploymentRequest(String reason) {
        return new EnvironmentStackDeploymentRequested(environmentUri, stackUri, UUID.randomUUID().toString(), reason,
                Instant.now());
    }

    private void requireLive() {
        if (deleted) {
            throw new ObjectNotFound("Environment", environmentUri);
        }
    }

    private boolean isTeam(String group) {
        return group.equals(adminGroup) || invitedGroups.contains(group);
    }

    private void requireInvited(String action, String group) {
        if (group.equals(adminGroup)) {
            throw new ResourceInUse(action, "Team: " + group + " is the admin team of the environment "
                    + environmentUri + "; its permissions are fixed and it cannot be removed");
        }
        if (!invitedGroups.contains(group)) {
            throw new ObjectNotFound("Team " + group + " in environment", environmentUri);
        }
    }

    private void requireTeamField(String action, String field, String group) {
        if (!isTeam(group)) {
            throw new InvalidInput(action, field, group + " is not a team of the environment " + environmentUri);
        }
    }

    private void requirePrincipal(String principalUri) {
        if (!principals.containsKey(principalUri)) {
            throw new ObjectNotFound("ConsumptionPrincipal", principalUri);
        }
    }

    private void requireUniquePrincipalName(String action, String name, String exceptUri) {
        boolean taken = principals.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(exceptUri) && e.getValue().name().equals(name));
        if (taken) {
            throw new ResourceAlreadyExists(action, "A consumption principal named " + name
                    + " already exists in the environment " + environmentUri);
        }
    }
}

package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Networks: createNetwork, deleteNetwork, listEnvironmentNetworks and Environment.networks. */
class NetworkApiTest extends EnvironmentApiSupport {

    static final String DELETE_NETWORK = """
            mutation($uri: String!) { deleteNetwork(vpcUri: $uri) }""";
    static final String LIST_NETWORKS = """
            query($uri: String!, $filter: VpcFilter) {
              listEnvironmentNetworks(environmentUri: $uri, filter: $filter) {
                count page pages pageSize nodes { vpcUri VpcId label SamlGroupName }
              }
            }""";

    List<String> networks() {
        return texts(owner.graphql(LIST_NETWORKS, "uri", environmentUri).data("listEnvironmentNetworks.nodes"),
                "VpcId");
    }

    GraphQl create(User user, String group, String vpcId) {
        return user.graphql(CREATE_NETWORK, "input", map("environmentUri", environmentUri, "vpcId", vpcId,
                "label", "Main VPC", "SamlGroupName", group, "publicSubnetIds", List.of("subnet-9")));
    }

    @Test
    void createNetworkAnswersTheNetworkInTheEnvironmentsAccountAndRegion() {
        GraphQl created = create(owner, team, "vpc-0a1b2c3d");

        assertThat(created.text("createNetwork.VpcId")).isEqualTo("vpc-0a1b2c3d");
        assertThat(created.text("createNetwork.AwsAccountId")).isEqualTo(account);
        assertThat(created.text("createNetwork.region")).isEqualTo(REGION);
        assertThat(created.text("createNetwork.SamlGroupName")).isEqualTo(team);
        assertThat(created.text("createNetwork.owner")).isEqualTo(owner.username);
        assertThat(created.data("createNetwork.default").asBoolean()).isFalse();
        assertThat(created.text("createNetwork.environment.environmentUri")).isEqualTo(environmentUri);
        assertThat(texts(get(owner, environmentUri).data("getEnvironment.networks"), "VpcId"))
                .containsExactly("vpc-0a1b2c3d");
    }

    @Test
    void aVpcIsAssociatedToTheEnvironmentOnce() {
        createNetwork("vpc-0a1b2c3d");

        assertThat(create(owner, team, "vpc-0a1b2c3d").error()).contains("ResourceAlreadyExists")
                .contains("vpc-0a1b2c3d");
        assertThat(networks()).containsExactly("vpc-0a1b2c3d");
    }

    @Test
    void aTeamWithoutCreateNetworkCannotCreateOne() {
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");

        assertUnauthorized(create(guest, guests, "vpc-1").error(), guest, "CREATE_NETWORK", environmentUri);
        assertThat(networks()).isEmpty();
    }

    @Test
    void anInvitedTeamWithCreateNetworkCreatesNetworksForItself() {
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_NETWORK");

        assertThat(create(guest, guests, "vpc-2").text("createNetwork.SamlGroupName")).isEqualTo(guests);
    }

    @Test
    void theCallerMustBelongToTheNetworksTeam() {
        String guests = unique("guests");
        invitedMember(guests, "CREATE_NETWORK");

        assertUnauthorized(create(owner, guests, "vpc-3").error(), owner, "CREATE_NETWORK", environmentUri);
        assertThat(networks()).isEmpty();
    }

    @Test
    void aBlankVpcIdIsRefusedNamingTheField() {
        assertThat(create(owner, team, " ").error()).contains("RequiredParameter").contains("vpcId is required");
        assertThat(networks()).isEmpty();
    }

    @Test
    void deleteNetworkAnswersTrueAndTheNetworkIsGone() {
        String vpcUri = createNetwork("vpc-0a1b2c3d");

        assertThat(owner.graphql(DELETE_NETWORK, "uri", vpcUri).data("deleteNetwork").asBoolean()).isTrue();

        assertThat(networks()).isEmpty();
    }

    @Test
    void outsiderCannotDeleteANetwork() {
        String vpcUri = createNetwork("vpc-0a1b2c3d");
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(DELETE_NETWORK, "uri", vpcUri).error(), outsider, "DELETE_NETWORK",
                vpcUri);
        assertThat(networks()).containsExactly("vpc-0a1b2c3d");
    }

    @Test
    void deleteNetworkWithABlankUriIsRefusedNamingTheField() {
        createNetwork("vpc-0a1b2c3d");

        assertThat(owner.graphql(DELETE_NETWORK, "uri", "").error()).contains("RequiredParameter")
                .contains("vpcUri is required");
        assertThat(networks()).containsExactly("vpc-0a1b2c3d");
    }

    @Test
    void listEnvironmentNetworksShowsTheNetworksOfTheEnvironment() {
        createNetwork("vpc-0a1b2c3d");
        createNetwork("vpc-9f8e7d6c");
        User guest = invitedMember(unique("guests"), "CREATE_DATASET");

        GraphQl answer = guest.graphql(LIST_NETWORKS, "uri", environmentUri, "filter", map("term", "9f8e"));

        assertThat(texts(answer.data("listEnvironmentNetworks.nodes"), "VpcId")).containsExactly("vpc-9f8e7d6c");
        assertThat(networks()).containsExactlyInAnyOrder("vpc-0a1b2c3d", "vpc-9f8e7d6c");
    }

    @Test
    void outsiderCannotListTheNetworks() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_NETWORKS, "uri", environmentUri).error(), outsider,
                "LIST_ENVIRONMENT_NETWORKS", environmentUri);
    }

    @Test
    void listEnvironmentNetworksWithABlankUriIsRefusedNamingTheField() {
        assertThat(owner.graphql(LIST_NETWORKS, "uri", " ").error()).contains("environmentUri is required");
    }

    @Test
    void aTeamOwningANetworkCannotBeRemovedFromTheEnvironment() {
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_NETWORK");
        create(guest, guests, "vpc-4").data("createNetwork");

        String error = owner.graphql("""
                mutation($uri: String!, $group: String!) {
                  removeGroupFromEnvironment(environmentUri: $uri, groupUri: $group) { environmentUri }
                }""", "uri", environmentUri, "group", guests).error();

        assertThat(error).contains("ResourceInUse").contains("vpc-4");
    }
}

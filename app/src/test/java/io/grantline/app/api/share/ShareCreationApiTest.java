package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** createShareObject: data.all's share validator, and one share per dataset, environment, team and principal. */
class ShareCreationApiTest extends ShareApiSupport {

    @Test
    void createShareObjectAnswersADraftOfTheRequestingTeamForThePrincipal() {
        Principal role = consumptionRole();

        JsonNode created = create(requester, shared.crawled().datasetUri(), shareInput(role)).data("createShareObject");

        assertThat(created.get("status").asText()).isEqualTo("Draft");
        assertThat(created.get("alreadyExisted").asBoolean()).isFalse();
        assertThat(created.get("group").asText()).isEqualTo(shared.consumerTeam());
        assertThat(created.get("owner").asText()).isEqualTo(requester.username);
        assertThat(created.get("userRoleForShareObject").asText()).isEqualTo("Requesters");
        assertThat(created.get("principal").get("principalId").asText()).isEqualTo(role.principalId());
        assertThat(created.get("principal").get("principalType").asText()).isEqualTo("ConsumptionRole");
        assertThat(created.get("dataset").get("datasetUri").asText()).isEqualTo(shared.crawled().datasetUri());
        assertThat(created.get("environment").get("environmentUri").asText())
                .isEqualTo(shared.consumingEnvironment());
        assertThat(created.get("items").get("count").asInt()).isZero();
    }

    @Test
    void theSameRequestAgainAnswersTheExistingShareAndAddsTheNamedItemToIt() {
        Principal role = consumptionRole();
        String shareUri = requestShare(shared.crawled().datasetUri(), role);

        JsonNode again = requester.graphql(CREATE_SHARE, "dataset", shared.crawled().datasetUri(), "input",
                shareInput(role), "itemType", "Table", "itemUri", shared.crawled().table("customers"))
                .data("createShareObject");

        assertThat(again.get("shareUri").asText()).isEqualTo(shareUri);
        assertThat(again.get("alreadyExisted").asBoolean()).isTrue();
        assertThat(texts(again.get("items").get("nodes"), "itemUri")).containsExactly(shared.crawled().table("customers"));
        assertThat(texts(again.get("items").get("nodes"), "status")).containsExactly("PendingApproval");
    }

    @Test
    void aCallerOutsideTheRequestingTeamCannotCreateAShareForIt() {
        User outsider = outsider();

        String error = refusedWithoutNewShare(() -> create(outsider, shared.crawled().datasetUri(),
                shareInput(consumptionRole())));

        assertUnauthorized(error, outsider, "CREATE_SHARE_OBJECT", shared.consumingEnvironment());
    }

    @Test
    void aTeamWithoutManageSharesCannotCreateAShare() {
        User restricted = withoutManageShares();

        String error = refusedWithoutNewShare(() -> create(restricted, shared.crawled().datasetUri(),
                shareInput(consumptionRole())));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void theOwnerTeamCannotRequestItsOwnDatasetAsAGroupInTheDatasetsEnvironment() {
        Map<String, Object> input = map("environmentUri", shared.producingEnvironment(), "groupUri",
                shared.ownerTeam(), "principalId", shared.ownerTeam(), "principalType", "Group",
                "permissions", List.of("Read"));

        String error = create(owner, shared.crawled().datasetUri(), input).error();

        assertThat(error).contains("InvalidInput").contains("groupUri").contains(shared.ownerTeam());
    }

    @Test
    void anEnvironmentInAnotherRegionCannotRequestTheDataset() {
        Map<String, Object> input = shareInput(consumerTeam());
        input.put("environmentUri", shared.otherRegionEnvironment());

        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(), input));

        assertThat(error).contains("InvalidInput").contains("region").contains(OTHER_REGION);
    }

    @Test
    void writeIsNotGrantedAcrossAccounts() {
        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(),
                shareInput(consumptionRole(), "Read", "Write")));

        assertThat(error).contains("InvalidInput").contains("permissions").contains("Write");
    }

    @Test
    void anUnknownDatasetIsRefusedNamingIt() {
        String unknown = "nodataset" + System.nanoTime();

        String error = create(requester, unknown, shareInput(consumptionRole())).error();

        assertRefusedAsUnknown(error, unknown);
    }

    @Test
    void aPrincipalTypeS3DatasetsAreNotSharedToIsRefused() {
        Map<String, Object> input = shareInput(consumerTeam());
        input.put("principalType", "RedshiftRole");

        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(), input));

        assertThat(error).contains("InvalidInput").contains("principalType").contains("RedshiftRole");
    }

    @Test
    void aConsumptionRoleTheEnvironmentDoesNotHaveIsRefused() {
        Principal unknown = new Principal("norole" + System.nanoTime(), "ConsumptionRole", null);

        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(),
                shareInput(unknown)));

        assertThat(error).contains("InvalidInput").contains("principalId");
    }

    @Test
    void aPermissionThatIsNotADataPermissionIsRefused() {
        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(),
                shareInput(consumptionRole(), "Delete")));

        assertThat(error).contains("Delete");
    }

    private String refusedWithoutNewShare(Supplier<GraphQl> call) {
        int before = sharesFromMe(shared.crawled().datasetUri());
        String error = call.get().error();
        assertThat(sharesFromMe(shared.crawled().datasetUri())).isEqualTo(before);
        return error;
    }

    @Test
    void anUnknownEnvironmentIsRefusedNamingIt() {
        String unknown = "noenvironment" + System.nanoTime();
        Map<String, Object> input = shareInput(consumerTeam());
        input.put("environmentUri", unknown);

        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(), input));

        assertRefusedAsUnknown(error, unknown);
    }

    @Test
    void aPermissionTheApiDoesNotKnowIsRefusedBeforeAnythingRuns() {
        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(),
                shareInput(consumerTeam(), "Admin")));

        assertThat(error).contains("ShareObjectDataPermission").contains("Admin");
    }

    @Test
    void modifyIsNotGrantedAcrossAccounts() {
        String error = refusedWithoutNewShare(() -> create(requester, shared.crawled().datasetUri(),
                shareInput(consumptionRole(), "Read", "Modify")));

        assertThat(error).contains("InvalidInput").contains("permissions").contains("Modify");
    }

    @Test
    void writeIsRequestedWithinTheDatasetsAccount() {
        String team = unique("writers");
        owner.graphql("""
                mutation($input: InviteGroupToOrganizationInput!) {
                  inviteGroupToOrganization(input: $input) { organizationUri }
                }""", "input", map("organizationUri", shared.organizationUri(), "groupUri", team,
                "permissions", List.of())).data("inviteGroupToOrganization");
        owner.graphql("""
                mutation($input: InviteGroupOnEnvironmentInput!) {
                  inviteGroupOnEnvironment(input: $input) { environmentUri }
                }""", "input", map("environmentUri", shared.producingEnvironment(), "groupUri", team,
                "permissions", List.of("CREATE_SHARE_OBJECT"))).data("inviteGroupOnEnvironment");
        User writer = signIn(unique("writer"), team);
        Map<String, Object> input = map("environmentUri", shared.producingEnvironment(), "groupUri", team,
                "principalId", team, "principalType", "Group", "permissions", List.of("Read", "Write"));

        JsonNode created = create(writer, shared.crawled().datasetUri(), input).data("createShareObject");

        assertThat(created.get("status").asText()).isEqualTo("Draft");
        assertThat(texts(created.get("permissions"))).containsExactlyInAnyOrder("Read", "Write");
    }
}

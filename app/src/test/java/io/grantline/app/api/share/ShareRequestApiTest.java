package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request workflow over HTTP: a team of another account requests a dataset's bucket, submits, and the dataset's
 * owner team approves. One organization, a producing and a consuming environment and one dataset, created once.
 */
class ShareRequestApiTest extends ApiTest {

    static final String REGION = "eu-west-1";

    static final String SHARE_FIELDS = """
            shareUri status owner group alreadyExisted userRoleForShareObject canViewLogs policyManagement
            permissions requestPurpose
            dataset { datasetUri datasetName SamlAdminGroupName exists }
            environment { environmentUri }
            principal { principalId principalType SamlGroupName }
            statistics { sharedItems pendingItems }
            items(filter: {isShared: true}) { count nodes { shareItemUri itemUri itemType status } }""";
    static final String CREATE_SHARE = """
            mutation($dataset: String!, $input: NewShareObjectInput!) {
              createShareObject(datasetUri: $dataset, input: $input) { %s }
            }""".formatted(SHARE_FIELDS);
    static final String ADD_ITEM = """
            mutation($share: String!, $input: AddSharedItemInput) {
              addSharedItem(shareUri: $share, input: $input) { shareItemUri shareUri itemUri itemType itemName status }
            }""";
    static final String SUBMIT = """
            mutation($share: String!) { submitShareObject(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String APPROVE = """
            mutation($share: String!) { approveShareObject(shareUri: $share) { %s } }""".formatted(SHARE_FIELDS);
    static final String REQUESTS_TO_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsToMe(filter: $filter) { count nodes { shareUri status userRoleForShareObject } }
            }""";
    static final String REQUESTS_FROM_ME = """
            query($filter: ShareObjectFilter) {
              getShareRequestsFromMe(filter: $filter) { count nodes { shareUri status } }
            }""";

    record World(String ownerTeam, String ownerName, String requesterTeam, String requesterName,
                 String requesterEnvironment, String datasetUri) {
    }

    User owner;
    User requester;
    World shared;

    @BeforeEach
    void aWorldOfItsOwn() {
        shared = newWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        requester = signIn(shared.requesterName(), shared.requesterTeam());
    }

    @Test
    void aRequestedBucketIsSubmittedAndApprovedByTheDatasetOwners() {
        JsonNode created = requester.graphql(CREATE_SHARE, "dataset", shared.datasetUri(), "input",
                shareInput(List.of("Read"))).data("createShareObject");
        String shareUri = created.get("shareUri").asText();
        assertThat(created.get("alreadyExisted").asBoolean()).isFalse();
        assertThat(created.get("status").asText()).isEqualTo("Draft");
        assertThat(created.get("userRoleForShareObject").asText()).isEqualTo("Requesters");
        assertThat(created.get("policyManagement").asText()).isEqualTo("FULLY_MANAGED");
        assertThat(created.get("dataset").get("datasetUri").asText()).isEqualTo(shared.datasetUri());
        assertThat(created.get("principal").get("principalId").asText()).isEqualTo(shared.requesterTeam());

        JsonNode again = requester.graphql(CREATE_SHARE, "dataset", shared.datasetUri(), "input",
                shareInput(List.of("Read"))).data("createShareObject");
        assertThat(again.get("shareUri").asText()).isEqualTo(shareUri);
        assertThat(again.get("alreadyExisted").asBoolean()).isTrue();

        JsonNode item = requester.graphql(ADD_ITEM, "share", shareUri, "input",
                map("itemType", "S3Bucket", "itemUri", shared.datasetUri())).data("addSharedItem");
        assertThat(item.get("status").asText()).isEqualTo("PendingApproval");
        assertThat(item.get("shareUri").asText()).isEqualTo(shareUri);

        JsonNode submitted = requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        assertThat(submitted.get("status").asText()).isEqualTo("Submitted");
        JsonNode inbox = owner.graphql(REQUESTS_TO_ME, "filter",
                map("datasets_uris", List.of(shared.datasetUri()))).data("getShareRequestsToMe");
        assertThat(inbox.findValuesAsText("shareUri")).contains(shareUri);

        JsonNode approved = owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
        assertThat(approved.get("status").asText()).isIn("Approved", "Share_In_Progress", "Processed");
        assertThat(approved.get("userRoleForShareObject").asText()).isEqualTo("Approvers");
        assertThat(approved.get("items").get("nodes").findValuesAsText("status"))
                .isNotEmpty().allSatisfy(status -> assertThat(status)
                        .isIn("Share_Approved", "Share_In_Progress", "Share_Succeeded", "Share_Failed"));
    }

    @Test
    void theRequestingTeamCannotApproveItsOwnRequest() {
        String shareUri = requester.graphql(CREATE_SHARE, "dataset", shared.datasetUri(), "input",
                shareInput(List.of("Read"))).text("createShareObject.shareUri");

        String error = requester.graphql(APPROVE, "share", shareUri).error();

        assertThat(error).contains("UnauthorizedOperation").contains("User: " + requester.username
                + " is not authorized to perform: APPROVE_SHARE_OBJECT on resource: " + shareUri);
    }

    @Test
    void writeAcrossAccountsIsRefusedAndNoShareIsCreated() {
        int before = sharesOfTheDatasetFromMe();

        String error = requester.graphql(CREATE_SHARE, "dataset", shared.datasetUri(), "input",
                shareInput(List.of("Read", "Write"))).error();

        assertThat(error).contains("InvalidInput").contains("permissions");
        assertThat(sharesOfTheDatasetFromMe()).isEqualTo(before);
    }

    private int sharesOfTheDatasetFromMe() {
        return requester.graphql(REQUESTS_FROM_ME, "filter", map("datasets_uris", List.of(shared.datasetUri())))
                .data("getShareRequestsFromMe.count").asInt();
    }

    private Map<String, Object> shareInput(List<String> permissions) {
        return map("environmentUri", shared.requesterEnvironment(), "groupUri", shared.requesterTeam(),
                "principalId", shared.requesterTeam(), "principalType", "Group", "permissions", permissions,
                "requestPurpose", "Monthly sales report");
    }

    /** Each test its own dataset, so "the share already existed" depends on no other test. */
    private World newWorld() {
        String ownerTeam = unique("producers");
        User producer = signIn(unique("producer"), ownerTeam);
        String organization = producer.graphql("""
                mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""",
                "input", map("label", "Sharing", "SamlGroupName", ownerTeam))
                .text("createOrganization.organizationUri");
        String producingEnvironment = createEnvironment(producer, organization, ownerTeam);
        String requesterTeam = unique("consumers");
        producer.graphql("""
                mutation($input: InviteGroupToOrganizationInput!) {
                  inviteGroupToOrganization(input: $input) { organizationUri }
                }""", "input", map("organizationUri", organization, "groupUri", requesterTeam,
                "permissions", List.of("LINK_ENVIRONMENT"))).data("inviteGroupToOrganization");
        User consumer = signIn(unique("consumer"), requesterTeam);
        String consumingEnvironment = createEnvironment(consumer, organization, requesterTeam);
        String datasetUri = producer.graphql("""
                mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }""",
                "input", map("label", unique("sales"), "organizationUri", organization,
                        "environmentUri", producingEnvironment, "SamlAdminGroupName", ownerTeam,
                        "description", "Sales of the month")).text("createDataset.datasetUri");
        return new World(ownerTeam, producer.username, requesterTeam, consumer.username,
                consumingEnvironment, datasetUri);
    }

    private static String createEnvironment(User user, String organization, String team) {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        return user.graphql("""
                mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""",
                "input", map("label", "Lake of " + team, "organizationUri", organization, "SamlGroupName", team,
                        "AwsAccountId", account, "region", REGION)).text("createEnvironment.environmentUri");
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

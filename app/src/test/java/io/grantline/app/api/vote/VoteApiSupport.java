package io.grantline.app.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.vote.VoteEvents.VoteCast;
import io.grantline.app.api.ApiTest;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vote operations as data.all's clients send them (vote target type "dataset"), and the world the vote tests
 * share, created once: an organization and environment of an owner team, and a dataset with a stewards team for the
 * tests that only read or must be refused. Tests that count votes vote on a dataset of their own.
 */
abstract class VoteApiSupport extends ApiTest {

    static final String REGION = "eu-west-1";
    static final String DATASET = "dataset";

    static final String VOTE_FIELDS = "voteUri targetUri targetType upvote created";
    static final String UP_VOTE = """
            mutation($input: VoteInput!) { upVote(input: $input) { %s } }""".formatted(VOTE_FIELDS);
    static final String COUNT = """
            query($uri: String!, $type: String!) { countUpVotes(targetUri: $uri, targetType: $type) }""";
    static final String GET_VOTE = """
            query($uri: String!, $type: String!) { getVote(targetUri: $uri, targetType: $type) { %s } }"""
            .formatted(VOTE_FIELDS);
    static final String STATISTICS = """
            query($uri: String!) { getDataset(datasetUri: $uri) { statistics { tables locations upvotes } } }""";
    static final String DELETE_DATASET = """
            mutation($uri: String!) { deleteDataset(datasetUri: $uri, deleteFromAWS: false) }""";

    private static final String CREATE_ORGANIZATION = """
            mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }""";
    private static final String CREATE_ENVIRONMENT = """
            mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }""";
    private static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }""";

    record World(String ownerTeam, String ownerName, String stewardsTeam, String organizationUri,
                 String environmentUri, String sharedDatasetUri) {
    }

    private static World world;

    @Autowired
    JdbcTemplate jdbc;

    World shared;
    /** A member of the datasets' owner team. */
    User owner;
    /** A member of the datasets' stewards team, which data.all lets read them. */
    User steward;
    /** A dataset the tests only read or are refused on. */
    String sharedDatasetUri;

    @BeforeEach
    void joinTheSharedWorld() {
        shared = sharedWorld();
        owner = signIn(shared.ownerName(), shared.ownerTeam());
        steward = signIn(unique("vote-steward"), shared.stewardsTeam());
        sharedDatasetUri = shared.sharedDatasetUri();
    }

    // ---- calls

    GraphQl vote(User user, String targetUri, String targetType, boolean upvote) {
        return user.graphql(UP_VOTE, "input", map("targetUri", targetUri, "targetType", targetType,
                "upvote", upvote));
    }

    int countUpVotes(User user, String targetUri) {
        return user.graphql(COUNT, "uri", targetUri, "type", DATASET).data("countUpVotes").asInt();
    }

    GraphQl getVote(User user, String targetUri) {
        return user.graphql(GET_VOTE, "uri", targetUri, "type", DATASET);
    }

    /** A new dataset of the owner team, stewarded by the stewards team. */
    String newDataset() {
        return owner.graphql(CREATE_DATASET, "input", datasetInput(shared.organizationUri(), shared.environmentUri(),
                shared.ownerTeam(), shared.stewardsTeam())).text("createDataset.datasetUri");
    }

    User outsider() {
        return signIn(unique("outsider"), unique("outsiders"));
    }

    User colleague() {
        return signIn(unique("vote-colleague"), shared.ownerTeam());
    }

    static void assertUnauthorized(String error, User user, String permission, String resourceUri) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + permission
                        + " on resource: " + resourceUri);
    }

    /** Every vote ever cast or changed: a refused vote must not add one. */
    int castVotes() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype = ?", Integer.class,
                VoteCast.class.getName());
    }

    int eventsOfVote(String voteUri) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, voteUri);
    }

    /** Runs a call that must be refused, checks that no vote was cast anywhere, and answers the error. */
    String refusedWithoutVoting(Supplier<GraphQl> call) {
        int before = castVotes();
        String error = call.get().error();
        assertThat(castVotes()).as("votes cast after a refused call").isEqualTo(before);
        return error;
    }

    // ---- the shared world

    private World sharedWorld() {
        synchronized (VoteApiSupport.class) {
            if (world == null) {
                String ownerTeam = unique("vote-owners");
                String stewardsTeam = unique("vote-stewards");
                User creator = signIn(unique("vote-owner"), ownerTeam);
                String organization = creator.graphql(CREATE_ORGANIZATION, "input",
                        map("label", "Votes", "SamlGroupName", ownerTeam)).text("createOrganization.organizationUri");
                String environment = creator.graphql(CREATE_ENVIRONMENT, "input", map("label", "Vote lake",
                                "organizationUri", organization, "SamlGroupName", ownerTeam,
                                "AwsAccountId", randomAccount(), "region", REGION))
                        .text("createEnvironment.environmentUri");
                String dataset = creator.graphql(CREATE_DATASET, "input",
                        datasetInput(organization, environment, ownerTeam, stewardsTeam))
                        .text("createDataset.datasetUri");
                world = new World(ownerTeam, creator.username, stewardsTeam, organization, environment, dataset);
            }
            return world;
        }
    }

    private static Map<String, Object> datasetInput(String organization, String environment, String team,
                                                       String stewards) {
        return map("label", unique("voted"), "organizationUri", organization, "environmentUri", environment,
                "SamlAdminGroupName", team, "stewards", stewards, "description", "A dataset people like");
    }
}

package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** createDataset: a new bucket, KMS key, Glue database and role in an environment, owned by a team. */
class CreateDatasetApiTest extends DatasetApiSupport {

    @Test
    void createDatasetAnswersTheDatasetWithResourcesNamedByDataallsConvention() {
        Map<String, Object> input = datasetInput("Sales Orders", team);
        input.put("confidentiality", "Official");

        JsonNode dataset = create(owner, input).data("createDataset");

        String uri = dataset.get("datasetUri").asText();
        JsonNode restricted = dataset.get("restricted");
        assertThat(restricted.get("AwsAccountId").asText()).isEqualTo(account);
        assertThat(restricted.get("region").asText()).isEqualTo(REGION);
        assertThat(restricted.get("S3BucketName").asText()).isEqualTo("dataall-sales-orders-" + uri);
        assertThat(restricted.get("KmsAlias").asText()).isEqualTo("dataall-sales-orders-" + uri);
        assertThat(restricted.get("GlueDatabaseName").asText()).isEqualTo("dataall_sales_orders_" + uri);
        assertThat(restricted.get("IAMDatasetAdminRoleArn").asText())
                .isEqualTo("arn:aws:iam::" + account + ":role/dataall-sales-orders-" + uri);
        assertThat(restricted.get("GlueCrawlerName").asText()).isEqualTo("dataall-sales-orders-" + uri + "-crawler");
        assertThat(restricted.get("importedS3Bucket").asBoolean()).isFalse();
        assertThat(restricted.get("importedKmsKey").asBoolean()).isFalse();
        assertThat(restricted.get("importedGlueDatabase").asBoolean()).isFalse();
        assertThat(restricted.get("importedAdminRole").asBoolean()).isFalse();
    }

    @Test
    void createDatasetAnswersWhatWasAskedWithDataallsDefaultsForTheRest() {
        JsonNode dataset = create(owner, datasetInput("Sales Orders", team)).data("createDataset");

        assertThat(dataset.get("label").asText()).isEqualTo("Sales Orders");
        assertThat(dataset.get("description").asText()).isEqualTo("Orders of the sales team");
        assertThat(texts(dataset.get("tags"))).containsExactly("sales");
        assertThat(texts(dataset.get("topics"))).containsExactly("Sales");
        assertThat(dataset.get("owner").asText()).isEqualTo(owner.username);
        assertThat(dataset.get("SamlAdminGroupName").asText()).isEqualTo(team);
        assertThat(dataset.get("owners").asText()).isEqualTo(team);
        assertThat(dataset.get("stewards").asText()).as("stewards default to the owner team").isEqualTo(team);
        assertThat(dataset.get("confidentiality").asText()).isEqualTo("Unclassified");
        assertThat(dataset.get("language").asText()).isEqualTo("English");
        assertThat(dataset.get("autoApprovalEnabled").asBoolean()).isFalse();
        assertThat(dataset.get("imported").asBoolean()).isFalse();
        assertThat(dataset.get("userRoleForDataset").asText()).isEqualTo("Creator");
        assertThat(dataset.get("environment").get("environmentUri").asText()).isEqualTo(environmentUri);
        assertThat(dataset.get("environment").get("organization").get("organizationUri").asText())
                .isEqualTo(organizationUri);
        assertThat(dataset.get("statistics").get("tables").asInt()).isZero();
        assertThat(dataset.get("statistics").get("locations").asInt()).isZero();
        assertThat(dataset.get("stack").get("stackUri").asText()).isNotBlank();
    }

    @Test
    void theCreatorReadsTheDatasetOnTheVeryNextCall() {
        String label = unique("next-call");

        String uri = createDatasetUri(label);

        assertThat(get(owner, uri).get("label").asText()).isEqualTo(label);
        assertThat(ownedWithTerm(label)).containsExactly(uri);
    }

    @Test
    void anotherMemberOfTheOwnerTeamAdministersTheDataset() {
        String uri = createDatasetUri(unique("team-owned"));
        User colleague = signIn(unique("colleague"), team);

        JsonNode updated = colleague.graphql(UPDATE, "uri", uri, "input",
                map("KmsAlias", get(owner, uri).get("restricted").get("KmsAlias").asText(),
                        "description", "changed by a colleague")).data("updateDataset");

        assertThat(updated.get("description").asText()).isEqualTo("changed by a colleague");
        assertThat(updated.get("userRoleForDataset").asText()).isEqualTo("Admin");
    }

    @Test
    void theEnvironmentAdminTeamAdministersDatasetsOfInvitedTeams() {
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");
        String uri = create(guest, datasetInput(unique("guests-data"), guests)).text("createDataset.datasetUri");

        JsonNode updated = owner.graphql(UPDATE, "uri", uri, "input",
                map("KmsAlias", get(guest, uri).get("restricted").get("KmsAlias").asText(),
                        "description", "tidied by the environment admins")).data("updateDataset");

        assertThat(updated.get("description").asText()).isEqualTo("tidied by the environment admins");
    }

    @Test
    void stewardsReadTheDatasetButDoNotAdministerIt() {
        String stewards = unique("stewards");
        Map<String, Object> input = datasetInput(unique("stewarded"), team);
        input.put("stewards", stewards);
        String uri = create(owner, input).text("createDataset.datasetUri");
        User steward = signIn(unique("steward"), stewards);

        JsonNode seen = get(steward, uri);
        String error = steward.graphql(UPDATE, "uri", uri, "input",
                map("KmsAlias", seen.get("restricted").get("KmsAlias").asText(), "description", "x")).error();

        assertThat(seen.get("userRoleForDataset").asText()).isEqualTo("DataSteward");
        assertThat(seen.get("restricted").get("S3BucketName").asText()).isNotBlank();
        assertUnauthorized(error, steward, "UPDATE_DATASET", uri);
    }

    @Test
    void outsiderCannotCreateADatasetInTheEnvironment() {
        String outsiders = unique("outsiders");
        User outsider = signIn(unique("outsider"), outsiders);
        String label = unique("outsiders-data");

        String error = create(outsider, datasetInput(label, outsiders)).error();

        assertUnauthorized(error, outsider, "CREATE_DATASET", environmentUri);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aTeamWithoutManageDatasetsCannotCreateOne() {
        String restricted = unique("restricted");
        User member = invitedMember(restricted, "CREATE_DATASET");
        admin().graphql(UPDATE_TENANT_PERMISSIONS, "input",
                map("groupUri", restricted, "permissions", List.of("MANAGE_ENVIRONMENTS")))
                .data("updateGroupTenantPermissions");
        String label = unique("not-allowed");

        String error = create(member, datasetInput(label, restricted)).error();

        assertUnauthorized(error, member, "MANAGE_DATASETS", "dataall");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void theCallerMustBelongToTheOwnerTeam() {
        String guests = unique("guests");
        invitedMember(guests, "CREATE_DATASET");
        String label = unique("for-others");

        String error = create(owner, datasetInput(label, guests)).error();

        assertThat(error).contains("UnauthorizedOperation").contains("CREATE_DATASET").contains(owner.username);
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aTeamThatIsNotInTheEnvironmentCannotOwnADatasetThere() {
        String lonely = unique("lonely");
        User both = signIn(unique("both"), team, lonely);
        String label = unique("lonely-data");

        String error = create(both, datasetInput(label, lonely)).error();

        assertThat(error).satisfiesAnyOf(
                refusal -> assertUnauthorized(refusal, both, "CREATE_DATASET", environmentUri),
                refusal -> assertThat(refusal).contains("InvalidInput").contains(lonely));
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void anUnknownEnvironmentIsRefusedNamingIt() {
        Map<String, Object> input = datasetInput(unique("nowhere"), team);
        input.put("environmentUri", "no-such-environment");

        String error = create(owner, input).error();

        assertRefusedAsUnknown(error, "no-such-environment");
        assertThat(datasetsWithTerm((String) input.get("label"))).isEmpty();
    }

    @Test
    void aBlankLabelIsRefusedNamingTheField() {
        int before = datasetsInTheEnvironment();

        String error = create(owner, datasetInput(" ", team)).error();

        assertThat(error).contains("RequiredParameter").contains("label");
        assertThat(datasetsInTheEnvironment()).isEqualTo(before);
    }

    @Test
    void aLabelLongerThan52CharactersIsRefused() {
        String label = unique("long") + "-" + "x".repeat(52);

        String error = create(owner, datasetInput(label, team)).error();

        assertThat(error).contains("InvalidInput").contains("52");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }

    @Test
    void aConfidentialityDataallDoesNotKnowIsRefused() {
        String label = unique("top-secret");
        Map<String, Object> input = datasetInput(label, team);
        input.put("confidentiality", "TopSecret");

        String error = create(owner, input).error();

        assertThat(error).contains("InvalidInput").containsIgnoringCase("confidentiality");
        assertThat(datasetsWithTerm(label)).isEmpty();
    }
}

package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.ENV;
import static io.grantline.command.dataset.DatasetSamples.OWNERS;
import static io.grantline.command.dataset.DatasetSamples.STEWARDS;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.deploymentRequested;
import static io.grantline.command.dataset.DatasetSamples.importedResources;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.DeleteDataset;
import io.grantline.api.dataset.DatasetCommands.UpdateDataset;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetUpdateTest {

    static final DatasetCreated IMPORTED = created(importedResources("team-sales-bucket", "team-sales-key"), true);

    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        fixture = DatasetFixture.with(new InMemoryDatasetBucketLinks());
    }

    static UpdateDataset describe(String description) {
        return new UpdateDataset(URI, null, description, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, ALICE);
    }

    static UpdateDataset stewards(String stewards) {
        return new UpdateDataset(URI, null, null, null, null, null, null, null, stewards, null, null, null, null,
                null, null, null, null, ALICE);
    }

    static UpdateDataset confidentiality(String confidentiality) {
        return new UpdateDataset(URI, null, null, null, null, null, confidentiality, null, null, null, null, null,
                null, null, null, null, null, ALICE);
    }

    static UpdateDataset kmsAlias(String kmsAlias) {
        return new UpdateDataset(URI, null, null, null, null, null, null, null, null, null, null, null, kmsAlias,
                null, null, null, null, ALICE);
    }

    static UpdateDataset expiry(Boolean enabled, String setting, Integer min, Integer max) {
        return new UpdateDataset(URI, null, null, null, null, null, null, null, null, null, null, null, null,
                enabled, setting, min, max, ALICE);
    }

    /** The sample dataset's state after an update changing only what is given here. */
    static DatasetUpdated updated(String description, String stewards, String previousStewards,
                                  String confidentiality, String kmsAlias) {
        return new DatasetUpdated(URI, "Sales Data", description, stewards, previousStewards, List.of("sales"),
                List.of("Sales"), List.of(), confidentiality, "English", true, "owner@example.com",
                List.of("delegate@example.com"), kmsAlias, false, null, null, null, null);
    }

    @Test
    void anUpdateRecordsTheWholeStateKeepingWhatIsNotGiven() {
        fixture.given(created())
                .when(new UpdateDataset(URI, "Sales and Returns", null, List.of("retail"), List.of("Orders"),
                        List.of("term0001"), null, "French", null, false, "", List.of(), null, null, null, null,
                        null, ALICE))
                .expectEvents(new DatasetUpdated(URI, "Sales and Returns", "Sales of every shop", STEWARDS, STEWARDS,
                        List.of("retail"), List.of("Orders"), List.of("term0001"), "Official", "French", false, null,
                        List.of(), DatasetSamples.BUCKET, false, null, null, null, null));
    }

    @Test
    void anUpdateThatTheStackDoesNotReflectKeepsTheStewardsAndDoesNotRedeploy() {
        fixture.given(created())
                .when(describe("All the shops' sales"))
                .expectEvents(updated("All the shops' sales", STEWARDS, STEWARDS, "Official", DatasetSamples.BUCKET));
    }

    @Test
    void newStewardsNameThePreviousOnesAndRedeployTheStack() {
        fixture.given(created())
                .when(stewards("Auditors"))
                .expectEvents(updated("Sales of every shop", "Auditors", STEWARDS, "Official", DatasetSamples.BUCKET),
                        deploymentRequested("dataset updated"));
    }

    @Test
    void theOwnerTeamCanTakeStewardshipBack() {
        fixture.given(created())
                .when(stewards(OWNERS))
                .expectEvents(updated("Sales of every shop", OWNERS, STEWARDS, "Official", DatasetSamples.BUCKET),
                        deploymentRequested("dataset updated"));
    }

    @Test
    void aNewConfidentialityRedeploysTheStack() {
        fixture.given(created())
                .when(confidentiality("Secret"))
                .expectEvents(updated("Sales of every shop", STEWARDS, STEWARDS, "Secret", DatasetSamples.BUCKET),
                        deploymentRequested("dataset updated"));
    }

    @Test
    void anImportedBucketsKmsAliasCanChangeAndRedeploysTheStack() {
        fixture.given(IMPORTED)
                .when(kmsAlias("team-sales-key-2"))
                .expectEvents(updated("Sales of every shop", STEWARDS, STEWARDS, "Official", "team-sales-key-2"),
                        deploymentRequested("dataset updated"));
    }

    @Test
    void sseS3LeavesAnImportedBucketWithoutKmsAlias() {
        fixture.given(IMPORTED)
                .when(kmsAlias("SSE-S3"))
                .expectEvents(updated("Sales of every shop", STEWARDS, STEWARDS, "Official", null),
                        deploymentRequested("dataset updated"));
    }

    @Test
    void undefinedKeepsTheKmsAliasAsItIs() {
        fixture.given(IMPORTED)
                .when(kmsAlias("Undefined"))
                .expectEvents(updated("Sales of every shop", STEWARDS, STEWARDS, "Official", "team-sales-key"));
    }

    @Test
    void aCreatedDatasetKeepsTheKmsKeyItsStackCreated() {
        fixture.given(created())
                .when(kmsAlias("another-key"))
                .expectEvents(updated("Sales of every shop", STEWARDS, STEWARDS, "Official", DatasetSamples.BUCKET));
    }

    @Test
    void aNewKmsAliasIsPartOfTheDatasetsResourcesFromThenOn() {
        fixture.given(IMPORTED, updated("Sales of every shop", STEWARDS, STEWARDS, "Official", null))
                .when(new DeleteDataset(URI, false, ALICE))
                .expectEvents(new DatasetDeleted(URI, ENV, false, importedResources("team-sales-bucket", null),
                        null));
    }

    @Test
    void aNewKmsAliasIsTheAliasNameWithoutItsPrefix() {
        fixture.given(IMPORTED)
                .when(kmsAlias("alias/other"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("KmsAlias value alias/other must be a KMS alias name"))
                .expectNoEvents();
    }

    @Test
    void aGivenLabelIsNotBlank() {
        fixture.given(created())
                .when(new UpdateDataset(URI, " ", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("updateDataset operation:\nlabel is required"))
                .expectNoEvents();
    }

    @Test
    void aGivenConfidentialityIsOneOfDataalls() {
        fixture.given(created())
                .when(confidentiality("Restricted"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("confidentiality value Restricted must be one of"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsComeFromDataallsTopicList() {
        fixture.given(created())
                .when(new UpdateDataset(URI, null, null, null, List.of("Gossip"), null, null, null, null, null,
                        null, null, null, null, null, null, null, ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("topics value Gossip must be one of"))
                .expectNoEvents();
    }

    @Test
    void aGivenBusinessOwnerEmailIsWellFormed() {
        fixture.given(created())
                .when(new UpdateDataset(URI, null, null, null, null, null, null, null, null, null, "nobody", null,
                        null, null, null, null, null, ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("businessOwnerEmail value nobody must be a well-formed email"))
                .expectNoEvents();
    }

    @Test
    void enablingExpirationNeedsItsSettings() {
        fixture.given(created())
                .when(expiry(true, null, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("expiryMinDuration is required"))
                .expectNoEvents();
    }

    @Test
    void expirySettingsAreCheckedAgainstWhatTheDatasetAlreadyHas() {
        fixture.given(created(), new DatasetUpdated(URI, "Sales Data", "Sales of every shop", STEWARDS, STEWARDS,
                        List.of("sales"), List.of("Sales"), List.of(), "Official", "English", true,
                        "owner@example.com", List.of("delegate@example.com"), DatasetSamples.BUCKET, true, "Monthly",
                        1, 3, null))
                .when(expiry(null, null, 5, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("value 5 must be at most the max expiration 3"))
                .expectNoEvents();
    }
}

package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetSamples.ACCOUNT;
import static io.grantline.command.dataset.DatasetSamples.ALICE;
import static io.grantline.command.dataset.DatasetSamples.BUCKET;
import static io.grantline.command.dataset.DatasetSamples.CRAWLER;
import static io.grantline.command.dataset.DatasetSamples.ENV;
import static io.grantline.command.dataset.DatasetSamples.ENV_ADMINS;
import static io.grantline.command.dataset.DatasetSamples.GLUE_DATABASE;
import static io.grantline.command.dataset.DatasetSamples.ORG;
import static io.grantline.command.dataset.DatasetSamples.OWNERS;
import static io.grantline.command.dataset.DatasetSamples.PROFILER;
import static io.grantline.command.dataset.DatasetSamples.REGION;
import static io.grantline.command.dataset.DatasetSamples.ROLE;
import static io.grantline.command.dataset.DatasetSamples.ROLE_ARN;
import static io.grantline.command.dataset.DatasetSamples.URI;
import static io.grantline.command.dataset.DatasetSamples.create;
import static io.grantline.command.dataset.DatasetSamples.created;
import static io.grantline.command.dataset.DatasetSamples.deploymentRequested;
import static io.grantline.command.dataset.DatasetSamples.importedResources;
import static io.grantline.command.dataset.DatasetSamples.importing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.ImportedResources;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetCreationTest {

    InMemoryDatasetBucketLinks links;
    AggregateTestFixture<Dataset> fixture;

    @BeforeEach
    void setUp() {
        links = new InMemoryDatasetBucketLinks();
        fixture = DatasetFixture.with(links);
    }

    static CreateDataset createWith(String label, String group, String confidentiality, List<String> topics,
                                    String language) {
        return new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "dataall", ENV_ADMINS, label, null, group, null,
                null, topics, confidentiality, language, null, null, null, null, null, null, null, null, ALICE);
    }

    static CreateDataset createWithEmails(String ownerEmail, List<String> delegationEmails) {
        return new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "dataall", ENV_ADMINS, "Sales", null, OWNERS, null,
                null, null, null, null, null, ownerEmail, delegationEmails, null, null, null, null, null, ALICE);
    }

    static CreateDataset createWithExpiry(Boolean enabled, String setting, Integer min, Integer max) {
        return new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "dataall", ENV_ADMINS, "Sales", null, OWNERS, null,
                null, null, null, null, null, null, null, enabled, setting, min, max, null, ALICE);
    }

    @Test
    void createDatasetRecordsItWithDataallNamedResourcesAndRequestsItsStack() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(URI)
                .expectEvents(created(), deploymentRequested("dataset created"));
    }

    @Test
    void theFirstDeploymentRequestIsForTheDatasetsNewStack() {
        AtomicReference<String> stack = new AtomicReference<>();
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created
                                && created.stackUri().matches("[a-z0-9]{8}") && stack.compareAndSet(null,
                                created.stackUri())),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested requested
                                && requested.stackUri().equals(stack.get()) && requested.deploymentId() != null),
                        andNoMore())));
    }

    @Test
    void theStackIsNamedOnceAfterTheEnvironmentsResourcePrefixAtCreation() {
        fixture.givenNoPriorActivity()
                .when(new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "sales-team", ENV_ADMINS, "Sales Data",
                        null, OWNERS, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        ALICE))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created
                                && created.stackName().equals("sales-team-dataset-" + URI)),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested), andNoMore())));
    }

    @Test
    void aStackWithoutResourcePrefixIsNamedWithDataallsDefaultPrefix() {
        fixture.givenNoPriorActivity()
                .when(new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, " ", ENV_ADMINS, "Sales Data", null,
                        OWNERS, null, null, null, null, null, null, null, null, null, null, null, null, null, ALICE))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created
                                && created.stackName().equals("dataall-dataset-" + URI)),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested), andNoMore())));
    }

    @Test
    void createDatasetLinksItsBucketToIt() {
        fixture.givenNoPriorActivity().when(create()).expectSuccessfulHandlerExecution();

        assertThat(links.links).containsEntry(URI, BUCKET);
    }

    @Test
    void unsetChoicesTakeDataallDefaults() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales Data", OWNERS, null, null, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created
                                && created.stewards().equals(OWNERS)
                                && created.confidentiality().equals("Unclassified")
                                && created.language().equals("English")
                                && created.description().equals("No description provided")
                                && created.topics().isEmpty() && created.tags().isEmpty()
                                && !created.autoApprovalEnabled() && !created.enableExpiration()),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested), andNoMore())));
    }

    @Test
    void importDatasetKeepsTheNamesTheUserGave() {
        DatasetResources resources = new DatasetResources("team-sales-bucket", "team-sales-key", "team_sales_db",
                "TeamSalesRole", "arn:aws:iam::111122223333:role/TeamSalesRole", CRAWLER, PROFILER, true, true, true,
                true);
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", "team-sales-key", "team_sales_db",
                        "TeamSalesRole")))
                .expectEvents(created(resources, true), deploymentRequested("dataset imported"));
    }

    @Test
    void anImportedBucketWithoutKmsAliasIsEncryptedWithS3sOwnKey() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", "", null, null)))
                .expectEvents(created(importedResources("team-sales-bucket", null), true),
                        deploymentRequested("dataset imported"));
    }

    @Test
    void dataallsSseS3MarkerAlsoMeansNoKmsAlias() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", "SSE-S3", null, null)))
                .expectEvents(created(importedResources("team-sales-bucket", null), true),
                        deploymentRequested("dataset imported"));
    }

    @Test
    void anImportWithoutGlueDatabaseOrAdminRoleGetsDataallNamedOnes() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", "team-sales-key", " ", "")))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created
                                && created.resources().glueDatabaseName().equals(GLUE_DATABASE)
                                && !created.resources().importedGlueDatabase()
                                && created.resources().iamDatasetAdminRoleName().equals(ROLE)
                                && created.resources().iamDatasetAdminRoleArn().equals(ROLE_ARN)
                                && !created.resources().importedAdminRole()),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested), andNoMore())));
    }

    @Test
    void aBucketBacksOneLiveDataset() {
        links.link("otherds1", "team-sales-bucket", "importDataset");

        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", null, null, null)))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Dataset with bucket team-sales-bucket already exists"))
                .expectExceptionMessage(containsString("bucketName"))
                .expectNoEvents();
    }

    @Test
    void labelIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith(" ", OWNERS, null, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void labelIsShorterThanFiftyThreeCharacters() {
        fixture.givenNoPriorActivity()
                .when(createWith("x".repeat(53), OWNERS, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label value " + "x".repeat(53)
                        + " must be less than 52 characters"))
                .expectNoEvents();
    }

    @Test
    void aFiftyTwoCharacterLabelIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(createWith("x".repeat(52), OWNERS, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void samlAdminGroupNameIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", "", null, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("SamlAdminGroupName is required"))
                .expectNoEvents();
    }

    @Test
    void environmentUriIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new CreateDataset(URI, ORG, null, ACCOUNT, REGION, "dataall", ENV_ADMINS, "Sales", null,
                        OWNERS, null, null, null, null, null, null, null, null, null, null, null, null, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("environmentUri is required"))
                .expectNoEvents();
    }

    @Test
    void confidentialityIsUnclassifiedOfficialOrSecret() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", OWNERS, "TopSecret", null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString(
                        "confidentiality value TopSecret must be one of Unclassified, Official, Secret"))
                .expectNoEvents();
    }

    @Test
    void topicsComeFromDataallsTopicList() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", OWNERS, null, List.of("Sales", "Gossip"), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("topics value Gossip must be one of Finances"))
                .expectNoEvents();
    }

    @Test
    void languageIsEnglishFrenchOrGerman() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", OWNERS, null, null, "Klingon"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("language value Klingon must be one of English, French, German"))
                .expectNoEvents();
    }

    @Test
    void businessOwnerEmailIsWellFormed() {
        fixture.givenNoPriorActivity()
                .when(createWithEmails("owner-at-example.com", null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString(
                        "businessOwnerEmail value owner-at-example.com must be a well-formed email address"))
                .expectNoEvents();
    }

    @Test
    void businessOwnerDelegationEmailsAreWellFormed() {
        fixture.givenNoPriorActivity()
                .when(createWithEmails("owner@example.com", List.of("a@example.com", "b@example")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("businessOwnerDelegationEmails value b@example must be"))
                .expectNoEvents();
    }

    @Test
    void expiryDurationsAreRequiredWhenExpirationIsEnabled() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(true, "Monthly", null, 3))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("expiryMinDuration is required"))
                .expectNoEvents();
    }

    @Test
    void expiryDurationsAreAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(true, "Monthly", 0, 3))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("expiryMinDuration value 0 must be greater than zero"))
                .expectNoEvents();
    }

    @Test
    void expiryMinimumDoesNotExceedTheMaximum() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(true, "Monthly", 4, 3))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("value 4 must be at most the max expiration 3"))
                .expectNoEvents();
    }

    @Test
    void expirySettingIsMonthlyOrQuarterly() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(true, "Weekly", 1, 3))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("expirySetting value Weekly must be one of Monthly, Quarterly"))
                .expectNoEvents();
    }

    @Test
    void expirationSettingsAreRecordedWhenEnabled() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(true, "Quarterly", 1, 4))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof DatasetCreated created && created.enableExpiration()
                                && created.expirySetting().equals("Quarterly") && created.expiryMinDuration() == 1
                                && created.expiryMaxDuration() == 4),
                        predicate(event -> event instanceof DatasetStackDeploymentRequested), andNoMore())));
    }

    @Test
    void expirySettingsAreNotCheckedWhileExpirationIsDisabled() {
        fixture.givenNoPriorActivity()
                .when(createWithExpiry(false, "Weekly", 4, 3))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anImportNamesItsBucket() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources(" ", null, null, null)))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("importDataset operation:\nbucketName is required"))
                .expectNoEvents();
    }

    @Test
    void anImportedBucketNameFollowsS3Rules() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("Team_Sales", null, null, null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("bucketName value Team_Sales must be a valid S3 bucket name"))
                .expectNoEvents();
    }

    @Test
    void anImportedBucketIsNamedNotGivenAsAnArn() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("arn:aws:s3:::team-sales", null, null, null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("bucketName name expected, arn-like string received"))
                .expectNoEvents();
    }

    @Test
    void anImportedKmsAliasIsTheAliasNameWithoutItsPrefix() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", "alias/team-sales-key", null, null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString(
                        "KmsKeyAlias value alias/team-sales-key must be a KMS alias name without the alias/ prefix"))
                .expectNoEvents();
    }

    @Test
    void anImportedGlueDatabaseNameIsLettersDigitsUnderscoresAndDashes() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", null, "team sales", null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("glueDatabaseName value team sales must be a Glue database"))
                .expectNoEvents();
    }

    @Test
    void anImportedAdminRoleIsAnIamRoleName() {
        fixture.givenNoPriorActivity()
                .when(importing(new ImportedResources("team-sales-bucket", null, null, "role/TeamSales")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("adminRoleName value role/TeamSales must be an IAM role name"))
                .expectNoEvents();
    }
}

package io.grantline.command.share;

import static io.grantline.command.share.ShareSamples.DATASET;
import static io.grantline.command.share.ShareSamples.FOLDER;
import static io.grantline.command.share.ShareSamples.ITEM;
import static io.grantline.command.share.ShareSamples.ITEM2;
import static io.grantline.command.share.ShareSamples.KEY;
import static io.grantline.command.share.ShareSamples.MONTHLY;
import static io.grantline.command.share.ShareSamples.OTHER_SHARE;
import static io.grantline.command.share.ShareSamples.READ;
import static io.grantline.command.share.ShareSamples.REQUESTER;
import static io.grantline.command.share.ShareSamples.SHARE;
import static io.grantline.command.share.ShareSamples.TABLE;
import static io.grantline.command.share.ShareSamples.TARGET;
import static io.grantline.command.share.ShareSamples.added;
import static io.grantline.command.share.ShareSamples.create;
import static io.grantline.command.share.ShareSamples.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareCommands.DeleteShareObject;
import io.grantline.api.share.ShareCommands.ShareCreation;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareCreationTest {

    final ShareFixture share = new ShareFixture();

    @Test
    void creatingAShareStartsItAsDraftOwnedByTheRequester() {
        share.givenNothing()
                .when(create(SHARE, DATASET, null, false, null, null))
                .expectEvents(created());
    }

    @Test
    void creatingAShareAnswersItsNewUri() {
        share.givenNothing()
                .when(create(SHARE, DATASET, null, false, null, null))
                .expectResultMessagePayload(new ShareCreation(SHARE, false));
    }

    @Test
    void creatingAShareWithAnItemAddsItPendingApproval() {
        share.givenNothing()
                .when(create(SHARE, DATASET, null, false, TABLE, ITEM))
                .expectEvents(created(), added(ITEM, TABLE, ShareObjectStatus.Draft));
    }

    @Test
    void creatingAShareLinksItsDatasetEnvironmentTeamAndPrincipal() {
        share.givenNothing().when(create(SHARE, DATASET, null, false, null, null)).expectSuccessfulHandlerExecution();

        assertThat(share.links.links).containsEntry(SHARE, KEY);
    }

    @Test
    void creatingTheSameRequestAgainAnswersTheExistingShare() {
        share.links.link(SHARE, KEY);

        share.given(List.of(created()))
                .when(create(OTHER_SHARE, DATASET, null, false, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new ShareCreation(SHARE, true));
    }

    @Test
    void creatingTheSameRequestWithANewItemAddsItToTheExistingShare() {
        share.links.link(SHARE, KEY);

        share.given(ShareHistory.draft())
                .when(create(OTHER_SHARE, DATASET, null, false, FOLDER, ITEM2))
                .expectEvents(added(ITEM2, FOLDER, ShareObjectStatus.Draft))
                .expectResultMessagePayload(new ShareCreation(SHARE, true));
    }

    @Test
    void creatingTheSameRequestWithAnItemTheShareHoldsChangesNothing() {
        share.links.link(SHARE, KEY);

        share.given(ShareHistory.draft())
                .when(create(OTHER_SHARE, DATASET, null, false, TABLE, ITEM2))
                .expectNoEvents()
                .expectResultMessagePayload(new ShareCreation(SHARE, true));
    }

    @Test
    void creatingTheSameRequestWithANewItemFollowsTheAddItemRules() {
        share.links.link(SHARE, KEY);

        share.given(ShareHistory.approved())
                .when(create(OTHER_SHARE, DATASET, null, false, FOLDER, ITEM2))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("Approved cannot go to ['Draft']"));
    }

    @Test
    void deletingAShareFreesItsRequestForANewShare() {
        share.links.link(SHARE, KEY);

        share.given(ShareHistory.draft()).when(new DeleteShareObject(SHARE, false, REQUESTER))
                .expectSuccessfulHandlerExecution();

        assertThat(share.links.links).isEmpty();
    }

    @Test
    void creatingAShareWithoutPermissionsAsksForRead() {
        share.givenNothing()
                .when(new CreateShareObject(SHARE, DATASET, TARGET, List.of(), "monthly reporting", null, false,
                        null, null, REQUESTER))
                .expectEvents(created());
    }

    @Test
    void creatingAShareWithoutADatasetIsRefusedAndLinksNothing() {
        share.givenNothing()
                .when(new CreateShareObject(SHARE, null, TARGET, READ, "x", null, false, null, null, REQUESTER))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("datasetUri is required"));

        assertThat(share.links.links).isEmpty();
    }

    @Test
    void creatingAShareWithoutAPrincipalIsRefused() {
        ShareTarget noPrincipal = new ShareTarget("envcons1", "Consumers", "org00001", "222222222222", "eu-west-1",
                "dataall", "consumers", SharePrincipalType.Group, " ", "role", "arn", "ROLE");
        share.givenNothing()
                .when(new CreateShareObject(SHARE, DATASET, noPrincipal, READ, "x", null, false, null, null,
                        REQUESTER))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("principalId is required"));
    }

    @Test
    void creatingAShareWithAnItemButNoShareItemUriIsRefused() {
        share.givenNothing()
                .when(create(SHARE, DATASET, null, false, TABLE, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("shareItemUri is required"));
    }

    @Test
    void creatingAnExpiringShareWithoutAPeriodIsRefusedNamingShareExpirationPeriod() {
        share.givenNothing()
                .when(create(SHARE, MONTHLY, null, false, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("shareExpirationPeriod is required"));
    }

    @Test
    void creatingAnExpiringShareBeyondTheDatasetsMaximumIsRefused() {
        share.givenNothing()
                .when(create(SHARE, MONTHLY, 13, false, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("shareExpirationPeriod must be between 1 and 12 months"));
    }

    @Test
    void creatingANonExpirableShareKeepsNoPeriod() {
        share.givenNothing()
                .when(create(SHARE, MONTHLY, 6, true, null, null))
                .expectEvents(created(MONTHLY, null, true));
    }

    @Test
    void creatingAnExpiringShareKeepsItsPeriod() {
        share.givenNothing()
                .when(create(SHARE, MONTHLY, 6, false, null, null))
                .expectEvents(created(MONTHLY, 6, false));
    }
}

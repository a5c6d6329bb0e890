package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Shares of a dataset that expires them (monthly, one to six months): the requested period, and extensions of a
 * granted share — submit, change the reason, approve, cancel, reject.
 */
class ShareExtensionApiTest extends ShareApiSupport {

    @Test
    void updateShareExpirationPeriodChangesTheRequestedPeriod() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());

        assertThat(requester.graphql(UPDATE_EXPIRATION, "share", shareUri, "expiration", 3, "nonExpirable", false)
                .data("updateShareExpirationPeriod").asBoolean()).isTrue();

        assertThat(share(requester, shareUri).get("shareExpirationPeriod").asInt()).isEqualTo(3);
    }

    @Test
    void aPeriodBeyondTheDatasetsBoundsIsRefused() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(UPDATE_EXPIRATION, "share", shareUri,
                "expiration", 12, "nonExpirable", false));

        assertThat(error).contains("InvalidInput").contains("expiration").contains("12");
    }

    @Test
    void theApproversCannotChangeTheRequestedPeriod() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_EXPIRATION, "share", shareUri,
                "expiration", 3, "nonExpirable", false));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void aShareOfADatasetThatDoesNotExpireSharesHasNoPeriodToChange() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(UPDATE_EXPIRATION, "share", shareUri,
                "expiration", 3, "nonExpirable", false));

        assertThat(error).contains("InvalidInput").contains("expiration");
    }

    @Test
    void submitShareExtensionAsksTheApproversForMoreTime() {
        String shareUri = processedExpiringShare();

        JsonNode extending = requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason",
                "Another quarter", "nonExpirable", false).data("submitShareExtension");

        assertThat(extending.get("status").asText()).isEqualTo("Submitted_For_Extension");
        assertThat(extending.get("extensionReason").asText()).isEqualTo("Another quarter");
        assertThat(texts(extending.get("items").get("nodes"), "status")).containsExactly("PendingExtension");
    }

    @Test
    void theApproversCannotSubmitAnExtension() {
        String shareUri = processedExpiringShare();

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(SUBMIT_EXTENSION, "share", shareUri,
                "expiration", 4, "reason", "more", "nonExpirable", false));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void anExtensionBeyondTheDatasetsBoundsIsRefused() {
        String shareUri = processedExpiringShare();

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(SUBMIT_EXTENSION, "share", shareUri,
                "expiration", 99, "reason", "forever", "nonExpirable", false));

        assertThat(error).contains("InvalidInput").contains("expiration").contains("99");
    }

    @Test
    void approveShareExtensionGivesTheItemsBackGrantedWithTheNewPeriod() {
        String shareUri = processedExpiringShare();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        JsonNode approved = owner.graphql(APPROVE_EXTENSION, "share", shareUri).data("approveShareExtension");

        assertThat(approved.get("status").asText()).isEqualTo("Processed");
        assertThat(approved.get("shareExpirationPeriod").asInt()).isEqualTo(4);
        assertThat(texts(approved.get("items").get("nodes"), "status")).containsExactly("Share_Succeeded");
    }

    @Test
    void theRequestersCannotApproveTheirOwnExtension() {
        String shareUri = processedExpiringShare();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        String error = refusedWithoutChange(shareUri, () -> requester.graphql(APPROVE_EXTENSION, "share", shareUri));

        assertUnauthorized(error, requester, "APPROVE_SHARE_OBJECT", shareUri);
    }

    @Test
    void approvingAnExtensionThatWasNotRequestedChangesNothing() {
        String shareUri = processedExpiringShare();
        JsonNode before = share(requester, shareUri);

        owner.graphql(APPROVE_EXTENSION, "share", shareUri).data("approveShareExtension");

        JsonNode after = share(requester, shareUri);
        assertThat(after.get("status").asText()).isEqualTo("Processed");
        assertThat(after.get("expiryDate")).isEqualTo(before.get("expiryDate"));
    }

    @Test
    void updateShareExtensionReasonChangesWhyMoreTimeIsAsked() {
        String shareUri = processedExpiringShare();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        assertThat(requester.graphql(UPDATE_EXTENSION_REASON, "share", shareUri, "purpose", "Audit season")
                .data("updateShareExtensionReason").asBoolean()).isTrue();

        assertThat(share(owner, shareUri).get("extensionReason").asText()).isEqualTo("Audit season");
    }

    @Test
    void theApproversCannotChangeTheExtensionReason() {
        String shareUri = processedExpiringShare();

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(UPDATE_EXTENSION_REASON, "share",
                shareUri, "purpose", "because"));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void changingTheExtensionReasonOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(UPDATE_EXTENSION_REASON, "share", unknown, "purpose", "x")
                .error(), unknown);
    }

    @Test
    void cancelShareExtensionKeepsTheShareAsItWas() {
        String shareUri = processedExpiringShare();
        String expiryDate = share(requester, shareUri).get("expiryDate").asText();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        assertThat(requester.graphql(CANCEL_EXTENSION, "share", shareUri).data("cancelShareExtension").asBoolean())
                .isTrue();

        JsonNode share = share(requester, shareUri);
        assertThat(share.get("status").asText()).isEqualTo("Processed");
        assertThat(share.get("expiryDate").asText()).isEqualTo(expiryDate);
        assertThat(share.get("submittedForExtension").asBoolean()).isFalse();
        assertThat(texts(share.get("items").get("nodes"), "status")).containsExactly("Share_Succeeded");
    }

    @Test
    void theApproversCannotCancelTheRequestersExtension() {
        String shareUri = processedExpiringShare();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        String error = refusedWithoutChange(shareUri, () -> owner.graphql(CANCEL_EXTENSION, "share", shareUri));

        assertUnauthorized(error, owner, "SUBMIT_SHARE_OBJECT", shareUri);
    }

    @Test
    void cancellingTheExtensionOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(CANCEL_EXTENSION, "share", unknown).error(), unknown);
    }

    @Test
    void rejectingAnExtensionKeepsTheItemsGranted() {
        String shareUri = processedExpiringShare();
        requester.graphql(SUBMIT_EXTENSION, "share", shareUri, "expiration", 4, "reason", "Another quarter",
                "nonExpirable", false).data("submitShareExtension");

        JsonNode rejected = owner.graphql(REJECT, "share", shareUri, "purpose", "Two months is enough")
                .data("rejectShareObject");

        assertThat(rejected.get("status").asText()).isEqualTo("Extension_Rejected");
        assertThat(texts(rejected.get("items").get("nodes"), "status")).containsExactly("Share_Succeeded");
    }

    @Test
    void changingThePeriodOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(UPDATE_EXPIRATION, "share", unknown, "expiration", 3,
                "nonExpirable", false).error(), unknown);
    }

    @Test
    void aTeamWithoutManageSharesCannotChangeThePeriod() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(UPDATE_EXPIRATION, "share",
                shareUri, "expiration", 3, "nonExpirable", false));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void submittingAnExtensionOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(requester.graphql(SUBMIT_EXTENSION, "share", unknown, "expiration", 4, "reason",
                "more", "nonExpirable", false).error(), unknown);
    }

    @Test
    void aTeamWithoutManageSharesCannotSubmitAnExtension() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(SUBMIT_EXTENSION, "share", shareUri,
                "expiration", 4, "reason", "more", "nonExpirable", false));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void approvingTheExtensionOfAnUnknownShareIsRefusedNamingIt() {
        String unknown = "noshare" + System.nanoTime();

        assertRefusedAsUnknown(owner.graphql(APPROVE_EXTENSION, "share", unknown).error(), unknown);
    }

    @Test
    void aTeamWithoutManageSharesCannotApproveAnExtension() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(APPROVE_EXTENSION, "share",
                shareUri));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTeamWithoutManageSharesCannotCancelAnExtension() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(CANCEL_EXTENSION, "share",
                shareUri));

        assertWithoutManageShares(error, restricted);
    }

    @Test
    void aTeamWithoutManageSharesCannotChangeTheExtensionReason() {
        String shareUri = requestShare(shared.expiring().datasetUri(), consumptionRole());
        User restricted = withoutManageShares();

        String error = refusedWithoutChange(shareUri, () -> restricted.graphql(UPDATE_EXTENSION_REASON, "share",
                shareUri, "purpose", "x"));

        assertWithoutManageShares(error, restricted);
    }
}

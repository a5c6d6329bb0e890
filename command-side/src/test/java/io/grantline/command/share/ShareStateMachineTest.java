package io.grantline.command.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.share.ShareItemStatus;
import io.grantline.api.share.ShareObjectStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state against every transition, for both machines: a state already in a target stays, a listed source moves
 * to its target, anything else is refused. The expected tables are data.all's, written out independently.
 */
class ShareStateMachineTest {

    /** action, "TARGET<-SOURCE,SOURCE;TARGET<-..." (a target listed without sources is one of data.all's keeps). */
    static final Map<ShareAction, String> SHARE = Map.ofEntries(
            Map.entry(ShareAction.Submit, "Submitted<-Draft,Rejected,Extension_Rejected"),
            Map.entry(ShareAction.Approve, "Approved<-Submitted"),
            Map.entry(ShareAction.Reject, "Rejected<-Submitted"),
            Map.entry(ShareAction.RevokeItems, "Revoked<-Draft,Submitted,Rejected,Processed,Extension_Rejected"),
            Map.entry(ShareAction.Start, "Share_In_Progress<-Approved;Revoke_In_Progress<-Revoked"),
            Map.entry(ShareAction.Finish, "Processed<-Share_In_Progress,Revoke_In_Progress"),
            Map.entry(ShareAction.FinishPending, "Draft<-Revoke_In_Progress"),
            Map.entry(ShareAction.AddItem, "Draft<-Submitted,Rejected,Processed,Extension_Rejected"),
            Map.entry(ShareAction.Extension, "Submitted_For_Extension<-Processed,Extension_Rejected,Draft"),
            Map.entry(ShareAction.ExtensionApprove, "Processed<-Submitted_For_Extension"),
            Map.entry(ShareAction.ExtensionReject, "Extension_Rejected<-Submitted_For_Extension"),
            Map.entry(ShareAction.CancelExtension, "Processed<-Submitted_For_Extension"));

    static final String KEPT = "Revoke_Approved<-;Revoke_Failed<-;Share_Succeeded<-;Revoke_Succeeded<-;"
            + "Share_In_Progress<-;Revoke_In_Progress<-";

    static final Map<ShareAction, String> ITEM = Map.ofEntries(
            Map.entry(ShareAction.Submit, "PendingApproval<-Share_Rejected,Share_Failed;Share_Approved<-;" + KEPT),
            Map.entry(ShareAction.Approve, "Share_Approved<-PendingApproval;" + KEPT),
            Map.entry(ShareAction.Reject, "Share_Rejected<-PendingApproval;" + KEPT),
            Map.entry(ShareAction.Start, "Share_In_Progress<-Share_Approved;Revoke_In_Progress<-Revoke_Approved"),
            Map.entry(ShareAction.Success, "Share_Succeeded<-Share_In_Progress;Revoke_Succeeded<-Revoke_In_Progress"),
            Map.entry(ShareAction.Failure, "Share_Failed<-Share_In_Progress,Share_Approved;"
                    + "Revoke_Failed<-Revoke_In_Progress,Revoke_Approved"),
            Map.entry(ShareAction.RemoveItem, "Deleted<-PendingApproval,Share_Rejected,Share_Failed,Revoke_Succeeded"),
            Map.entry(ShareAction.RevokeItems, "Revoke_Approved<-Share_Succeeded,Revoke_Failed"),
            Map.entry(ShareAction.Extension, "PendingExtension<-Share_Succeeded"),
            Map.entry(ShareAction.ExtensionApprove, "Share_Succeeded<-PendingExtension"),
            Map.entry(ShareAction.ExtensionReject, "Share_Succeeded<-PendingExtension"),
            Map.entry(ShareAction.CancelExtension, "Share_Succeeded<-PendingExtension"));

    static Stream<Arguments> shareCases() {
        return SHARE.entrySet().stream().flatMap(entry -> Arrays.stream(ShareObjectStatus.values())
                .map(state -> Arguments.of(entry.getKey(), state, expected(entry.getValue(), state.name()))));
    }

    static Stream<Arguments> itemCases() {
        return ITEM.entrySet().stream().flatMap(entry -> Arrays.stream(ShareItemStatus.values())
                .map(state -> Arguments.of(entry.getKey(), state, expected(entry.getValue(), state.name()))));
    }

    /** The state's expected next state, or null when the transition refuses it. */
    static String expected(String table, String state) {
        List<String[]> rules = Arrays.stream(table.split(";")).map(rule -> rule.split("<-", -1)).toList();
        if (rules.stream().anyMatch(rule -> rule[0].equals(state))) {
            return state;
        }
        return rules.stream().filter(rule -> List.of(rule[1].split(",")).contains(state)).map(rule -> rule[0])
                .findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @MethodSource("shareCases")
    void theShareTakesDataAllsTransitions(ShareAction action, ShareObjectStatus state, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> ShareStateMachine.next(action, state))
                    .isInstanceOf(UnauthorizedOperation.class)
                    .hasMessageContaining("This transition is not possible, " + state + " cannot go to");
            assertThat(ShareStateMachine.permits(action, state)).isFalse();
        } else {
            assertThat(ShareStateMachine.next(action, state)).isEqualTo(ShareObjectStatus.valueOf(expected));
            assertThat(ShareStateMachine.permits(action, state)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @MethodSource("itemCases")
    void itemsTakeDataAllsTransitions(ShareAction action, ShareItemStatus state, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> ShareStateMachine.next(action, state))
                    .isInstanceOf(UnauthorizedOperation.class)
                    .hasMessageContaining("(UnauthorizedOperation) when calling " + action + " operation");
        } else {
            assertThat(ShareStateMachine.next(action, state)).isEqualTo(ShareItemStatus.valueOf(expected));
        }
    }
}

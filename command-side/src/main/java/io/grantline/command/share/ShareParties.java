package io.grantline.command.share;

import io.grantline.api.Actor;
import io.grantline.api.error.UnauthorizedOperation;
import java.util.List;

/**
 * Who may take a step the share's own facts decide: its requesting team, or the dataset's approvers (its owner team
 * and stewards, as the API edge read them). The platform itself passes both checks.
 */
final class ShareParties {

    private final String shareUri;
    private final String requesterGroup;

    ShareParties(String shareUri, String requesterGroup) {
        this.shareUri = shareUri;
        this.requesterGroup = requesterGroup;
    }

    void requireRequester(Actor actor, String permission) {
        if (!Actor.system().equals(actor) && !actor.isMemberOf(requesterGroup)) {
            throw new UnauthorizedOperation(actor.username(), permission, shareUri);
        }
    }

    void requireApprover(Actor actor, List<String> approverGroups, String permission) {
        boolean approver = approverGroups != null && approverGroups.stream().anyMatch(actor::isMemberOf);
        if (!Actor.system().equals(actor) && !approver) {
            throw new UnauthorizedOperation(actor.username(), permission, shareUri);
        }
    }
}

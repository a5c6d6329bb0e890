package io.grantline.command.share;

import static io.grantline.command.validation.Require.present;

import io.grantline.api.error.RequiredParameter;
import io.grantline.api.share.ShareCommands.CreateShareObject;
import io.grantline.api.share.ShareCommands.DeleteShareObject;
import io.grantline.api.share.ShareCommands.ShareCreation;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.ShareTarget;
import io.grantline.command.lookup.ShareRequestKey;
import io.grantline.command.lookup.ShareRequestLinks;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Share commands that also change the set-wide request links: a team asks once per dataset, environment and
 * principal, so creating a share that exists answers the existing one (with the requested item added). A refused
 * link rolls the whole unit of work back, events included.
 */
public class ShareObjectCommandHandler {

    private final Repository<ShareObject> shares;
    private final ShareRequestLinks links;

    public ShareObjectCommandHandler(Repository<ShareObject> shares, ShareRequestLinks links) {
        this.shares = shares;
        this.links = links;
    }

    @CommandHandler
    public ShareCreation handle(CreateShareObject command) throws Exception {
        ShareRequestKey key = keyOf(command);
        Optional<String> existing = links.find(key);
        if (existing.isPresent()) {
            shares.load(existing.get()).execute(share -> share.addRequestedItem(command));
            return new ShareCreation(existing.get(), true);
        }
        Aggregate<ShareObject> share = shares.newInstance(() -> new ShareObject(command));
        links.link(share.identifierAsString(), key);
        return new ShareCreation(share.identifierAsString(), false);
    }

    @CommandHandler
    public void handle(DeleteShareObject command) {
        shares.load(command.shareUri()).execute(share -> share.delete(command));
        links.unlink(command.shareUri());
    }

    static SharedDataset datasetOf(CreateShareObject command) {
        if (command.dataset() == null) {
            throw new RequiredParameter("createShareObject", "datasetUri");
        }
        return command.dataset();
    }

    static ShareTarget targetOf(CreateShareObject command) {
        if (command.target() == null) {
            throw new RequiredParameter("createShareObject", "environmentUri");
        }
        return command.target();
    }

    private static ShareRequestKey keyOf(CreateShareObject command) {
        String action = "createShareObject";
        SharedDataset dataset = datasetOf(command);
        ShareTarget target = targetOf(command);
        return new ShareRequestKey(present(action, "datasetUri", dataset.datasetUri()),
                present(action, "environmentUri", target.environmentUri()),
                present(action, "groupUri", target.groupUri()),
                present(action, "principalId", target.principalId()));
    }
}

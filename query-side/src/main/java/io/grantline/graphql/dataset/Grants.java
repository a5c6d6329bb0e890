package io.grantline.graphql.dataset;

import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import io.grantline.api.Actor;
import io.grantline.api.error.UnauthorizedOperation;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Resource permission checks of nested fields, batched over a listing by {@link ResourceGrantsLoader}. */
final class Grants {

    private Grants() {
    }

    static CompletableFuture<Boolean> holds(DgsDataFetchingEnvironment dfe, Actor actor, String resourceUri,
                                            String permission) {
        DataLoader<ResourceGrantsLoader.Key, Boolean> loader = dfe.getDataLoader(ResourceGrantsLoader.class);
        return loader.load(new ResourceGrantsLoader.Key(resourceUri, permission, actor.groups()));
    }

    /** Completes when the permission is held; fails with data.all's refusal otherwise. */
    static CompletableFuture<Void> require(DgsDataFetchingEnvironment dfe, Actor actor, String resourceUri,
                                           String permission) {
        return holds(dfe, actor, resourceUri, permission).thenAccept(granted -> {
            if (!granted) {
                throw new UnauthorizedOperation(actor.username(), permission, resourceUri);
            }
        });
    }
}

package io.grantline.graphql.live;

import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import io.grantline.api.Actor;
import io.grantline.graphql.security.CurrentActor;
import org.springframework.stereotype.Component;

/** The caller of a subscription: the one its WebSocket connection authenticated, else the HTTP request's. */
@Component
public class LiveCallers {

    private final CurrentActor currentActor;

    public LiveCallers(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public Actor of(DgsDataFetchingEnvironment environment) {
        Actor actor = environment.getGraphQlContext().get(WebSocketAuthentication.ACTOR);
        return actor != null ? actor : currentActor.get();
    }
}

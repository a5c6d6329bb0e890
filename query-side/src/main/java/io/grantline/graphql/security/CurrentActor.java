package io.grantline.graphql.security;

import io.grantline.api.Actor;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The caller, read from the validated JWT with the identity provider's claim names. */
@Component
public class CurrentActor {

    private final String usernameClaim;
    private final String groupsClaim;
    private final KnownGroups knownGroups;

    public CurrentActor(@Value("${grantline.auth.username-claim}") String usernameClaim,
                        @Value("${grantline.auth.groups-claim}") String groupsClaim, KnownGroups knownGroups) {
        this.usernameClaim = usernameClaim;
        this.groupsClaim = groupsClaim;
        this.knownGroups = knownGroups;
    }

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("No authenticated caller: the API is reachable only with a valid token");
        }
        return of(jwt);
    }

    /** The caller a validated token names (the HTTP API's, or a WebSocket's connection_init token). */
    public Actor of(Jwt jwt) {
        String username = jwt.getClaimAsString(usernameClaim);
        if (username == null) {
            username = jwt.getSubject();
        }
        List<String> groups = jwt.hasClaim(groupsClaim) ? jwt.getClaimAsStringList(groupsClaim) : List.of();
        Actor actor = new Actor(username, groups);
        knownGroups.recordMembership(actor);
        return actor;
    }
}

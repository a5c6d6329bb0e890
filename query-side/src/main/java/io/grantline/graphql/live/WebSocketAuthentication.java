package io.grantline.graphql.live;

import io.grantline.api.Actor;
import io.grantline.graphql.security.CurrentActor;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Authenticates a graphql-transport-ws connection as the HTTP API authenticates a request: the connection_init
 * payload carries {"Authorization": "Bearer <JWT>"}, validated by the application's JwtDecoder. A missing or invalid
 * token fails the initialisation, which closes the socket with 4401 Unauthorized. Browsers cannot set headers on a
 * WebSocket upgrade, hence the token in the payload rather than in the upgrade request.
 */
@Component
public class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    /** Where the caller of a WebSocket operation waits for the data fetchers, in the GraphQL context. */
    static final String ACTOR = WebSocketAuthentication.class.getName() + ".actor";
    private static final String AUTHENTICATION = WebSocketAuthentication.class.getName() + ".authentication";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder jwtDecoder;
    private final CurrentActor currentActor;

    public WebSocketAuthentication(JwtDecoder jwtDecoder, CurrentActor currentActor) {
        this.jwtDecoder = jwtDecoder;
        this.currentActor = currentActor;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo sessionInfo,
                                                       Map<String, Object> connectionInitPayload) {
        return Mono.fromRunnable(() -> {
            Jwt jwt = jwtDecoder.decode(bearerToken(connectionInitPayload));
            Actor actor = currentActor.of(jwt);
            sessionInfo.getAttributes().put(AUTHENTICATION, new JwtAuthenticationToken(jwt));
            sessionInfo.getAttributes().put(ACTOR, actor);
        });
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest webSocketRequest)) {
            return chain.next(request);
        }
        Map<String, Object> attributes = webSocketRequest.getSessionInfo().getAttributes();
        Actor actor = (Actor) attributes.get(ACTOR);
        JwtAuthenticationToken authentication = (JwtAuthenticationToken) attributes.get(AUTHENTICATION);
        if (actor == null || authentication == null) {
            return Mono.error(new BadCredentialsException("The connection was not initialised with a token"));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ACTOR, actor)).build());
        // the security context also reaches fetchers that read the caller from it (queries and mutations sent over
        // the socket), through Spring GraphQL's context propagation
        SecurityContext securityContext = new SecurityContextImpl(authentication);
        return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), securityContext));
    }

    private static String bearerToken(Map<String, Object> payload) {
        Object value = payload == null ? null : payload.entrySet().stream()
                .filter(entry -> "authorization".equalsIgnoreCase(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (!(value instanceof String header) || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            throw new BadCredentialsException("connection_init carries no Authorization: Bearer token");
        }
        return header.substring(BEARER.length()).trim();
    }
}

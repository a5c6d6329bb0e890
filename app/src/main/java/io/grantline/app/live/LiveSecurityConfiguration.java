package io.grantline.app.live;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets the WebSocket upgrade of the GraphQL endpoint through: browsers cannot put a token on an upgrade request, so
 * the connection authenticates with connection_init's token instead (see WebSocketAuthentication), and nothing runs
 * on the socket before that. Every other request stays with the API's chain.
 */
@Configuration(proxyBeanMethods = false)
public class LiveSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain graphQlWebSocketUpgrade(HttpSecurity http,
                                                @Value("${spring.graphql.websocket.path}") String path)
            throws Exception {
        return http
                .securityMatcher(request -> isUpgradeTo(request, path))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    private static boolean isUpgradeTo(HttpServletRequest request, String path) {
        String requestPath = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && path.equals(requestPath)
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }
}

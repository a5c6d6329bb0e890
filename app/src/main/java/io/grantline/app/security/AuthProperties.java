package io.grantline.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are validated and read. The claim names differ per identity provider: Cognito puts
 * groups in {@code cognito:groups}, Okta in {@code groups}. The web UI signs in with the authorization-code flow
 * (PKCE) as the public client {@code clientId}, asking for {@code scopes}.
 */
@ConfigurationProperties(prefix = "grantline.auth")
public record AuthProperties(String issuer, String audience, String jwkSetUri, String usernameClaim,
                             String groupsClaim, String adminGroup, List<String> defaultTenantPermissions,
                             String clientId, String scopes) {
}

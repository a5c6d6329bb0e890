package io.grantline.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are validated and read. The claim names differ per identity provider: Cognito puts
 * groups in {@code cognito:groups}, Okta in {@code groups}.
 */
@ConfigurationProperties(prefix = "grantline.auth")
public record AuthProperties(String issuer, String audience, String jwkSetUri, String usernameClaim,
                             String groupsClaim, String adminGroup, List<String> defaultTenantPermissions) {
}

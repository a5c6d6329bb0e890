package io.grantline.app.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web UI needs to sign in before it has a token: the local token issuer in the local profile, otherwise
 * the identity provider's authorization-code flow with PKCE (the browser discovers its endpoints from the issuer).
 */
@RestController
public class SignInConfigurationController {

    public record SignInConfiguration(String mode, String issuer, String clientId, List<String> scopes,
                                      String usernameClaim, String groupsClaim, String adminGroup) {
    }

    private final AuthProperties auth;
    private final boolean local;

    public SignInConfigurationController(AuthProperties auth, Environment environment) {
        this.auth = auth;
        this.local = environment.acceptsProfiles(Profiles.of("local"));
    }

    @GetMapping("/auth/config")
    public SignInConfiguration configuration() {
        List<String> scopes = Arrays.stream(auth.scopes().split("[\\s,]+")).filter(scope -> !scope.isBlank()).toList();
        return new SignInConfiguration(local ? "local" : "oidc", auth.issuer(), auth.clientId(), scopes,
                auth.usernameClaim(), auth.groupsClaim(), auth.adminGroup());
    }
}

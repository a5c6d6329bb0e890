package io.grantline.app.security;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in for the local profile only: anyone may name themselves and their groups. */
@RestController
@Profile("local")
public class LocalTokenController {

    public record TokenRequest(String username, List<String> groups) {
    }

    private final LocalTokenIssuer issuer;

    public LocalTokenController(LocalTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping("/auth/local/token")
    public ResponseEntity<Map<String, String>> token(@RequestBody TokenRequest request) {
        if (request.username() == null || request.username().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "username is required"));
        }
        List<String> groups = request.groups() == null ? List.of() : request.groups();
        return ResponseEntity.ok(Map.of("token", issuer.issue(request.username().trim(), groups)));
    }
}

package io.grantline.app.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.grantline.app.security.AuthProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every call carries a JWT checked for signature, expiry, issuer and audience; the local issuer signs them. */
class SignInApiTest extends TenantApiSupport {

    static final String QUERY = "query { listInviteOrganizationPermissionsWithDescriptions { name } }";

    @Autowired
    AuthProperties auth;

    @Autowired
    RSAKey localSigningKey;

    JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(auth.issuer())
                .audience(auth.audience())
                .subject("mallory")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(auth.usernameClaim(), "mallory")
                .claim(auth.groupsClaim(), List.of(ADMINS));
    }

    static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    int statusWith(String token) {
        return post("/graphql", token, Map.of("query", QUERY)).status();
    }

    @Test
    void aTokenBuiltLikeTheLocalIssuersIsAccepted() throws Exception {
        assertThat(statusWith(sign(validClaims().build(), localSigningKey))).isEqualTo(200);
    }

    @Test
    void aCallWithoutATokenIsAnswered401() {
        assertThat(statusWith(null)).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsAnswered401() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(localSigningKey.getKeyID()).generate();

        assertThat(statusWith(sign(validClaims().build(), stranger))).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsAnswered401() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet expired = validClaims().issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plus(Duration.ofMinutes(10)))).build();

        assertThat(statusWith(sign(expired, localSigningKey))).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsAnswered401() throws Exception {
        assertThat(statusWith(sign(validClaims().audience("another-app").build(), localSigningKey))).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsAnswered401() throws Exception {
        assertThat(statusWith(sign(validClaims().issuer("https://elsewhere.example").build(), localSigningKey)))
                .isEqualTo(401);
    }

    @Test
    void aTokenThatIsNotAJwtIsAnswered401() {
        assertThat(statusWith("not-a-token")).isEqualTo(401);
    }

    @Test
    void theLocalIssuerPutsTheUserAndGroupsInTheConfiguredClaims() throws Exception {
        User alice = signIn("alice", "Engineers", "Scientists");

        SignedJWT jwt = SignedJWT.parse(alice.token);

        assertThat(jwt.verify(new RSASSAVerifier(localSigningKey.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim(auth.usernameClaim())).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim(auth.groupsClaim()))
                .containsExactly("Engineers", "Scientists");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(auth.issuer());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(auth.audience());
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());
    }

    @Test
    void theApiReadsTheCallerFromTheConfiguredClaims() {
        String team = unique("team");
        User member = signIn(unique("member"), team);

        assertThat(texts(member.graphql(GROUPS_FOR_USER, "user", member.username).data("getGroupsForUser")))
                .containsExactly(team);
    }

    @Test
    void aTokenRequestWithoutAUsernameIsRefused() {
        Response response = post("/auth/local/token", null, Map.of("groups", List.of("Engineers")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("error").asText()).isEqualTo("username is required");
    }
}

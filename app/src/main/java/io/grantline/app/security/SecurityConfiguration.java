package io.grantline.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.grantline.app.ui.WebUiRoutes;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/** Every API call carries a JWT checked for issuer, audience, expiry and signature, in every profile. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/auth/local/token").permitAll()
                        // presigned links of the local cloud's objects: the link's signature is the authorization
                        .requestMatchers(HttpMethod.GET, "/local-cloud/objects/**").permitAll()
                        // presigned uploads into the local cloud's buckets: the signed policy is the authorization
                        .requestMatchers(HttpMethod.POST, "/local-cloud/buckets/**").permitAll()
                        .requestMatchers("/graphiql/**", "/graphiql", "/actuator/health", "/error").permitAll()
                        // the web UI's files and pages, and what it needs to sign in; its data comes through the API
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.svg",
                                "/auth/config").permitAll()
                        .requestMatchers(HttpMethod.GET, WebUiRoutes.PAGES).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                .build();
    }

    @Bean
    @Profile("local")
    RSAKey localSigningKey(@Value("${grantline.data-dir}") Path dataDir) {
        return LocalSigningKey.loadOrCreate(dataDir.resolve("local-issuer-key.json"));
    }

    @Bean
    @Profile("local")
    LocalTokenIssuer localTokenIssuer(RSAKey localSigningKey, AuthProperties auth,
                                      @Value("${grantline.auth.local-token-lifetime:PT12H}") Duration lifetime) {
        return new LocalTokenIssuer(localSigningKey, auth, lifetime);
    }

    @Bean
    @Profile("local")
    JwtDecoder localJwtDecoder(RSAKey localSigningKey, AuthProperties auth) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(localSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(validator(auth));
        return decoder;
    }

    @Bean
    @Profile("!local")
    JwtDecoder identityProviderJwtDecoder(AuthProperties auth) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(auth.jwkSetUri()).build();
        decoder.setJwtValidator(validator(auth));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(AuthProperties auth) {
        // Cognito access tokens name their audience in client_id rather than aud
        OAuth2TokenValidator<Jwt> audience = jwt -> (jwt.getAudience() != null
                && jwt.getAudience().contains(auth.audience()))
                || auth.audience().equals(jwt.getClaimAsString("client_id"))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for audience " + auth.audience(), null));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(auth.issuer()), audience);
    }
}

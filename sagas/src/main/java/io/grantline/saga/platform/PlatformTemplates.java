package io.grantline.saga.platform;

import io.grantline.api.platform.PlatformQueries.PlatformTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The CloudFormation templates handed out before an account is linked (data.all's pivotRole.yaml and
 * cdkExecPolicy.yaml), with this deployment's values as the defaults of their parameters.
 */
public final class PlatformTemplates {

    /** What the templates are filled in with. */
    public record Values(String trustAccount, String externalId, String pivotRoleName, String resourcePrefix) {
    }

    private PlatformTemplates() {
    }

    /** The object key the template is kept under in the platform's object store. */
    public static String keyOf(PlatformTemplate template) {
        return "templates/" + fileOf(template);
    }

    public static String render(PlatformTemplate template, Values values) {
        String text = load(fileOf(template));
        Map<String, String> placeholders = Map.of("{{trustAccount}}", values.trustAccount(),
                "{{externalId}}", values.externalId(), "{{pivotRoleName}}", values.pivotRoleName(),
                "{{resourcePrefix}}", values.resourcePrefix());
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace(placeholder.getKey(), quoted(placeholder.getValue()));
        }
        return text;
    }

    // the placeholders sit in single-quoted YAML scalars, where a quote is written twice
    private static String quoted(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A template value must be one line of text, was '" + value + "'");
        }
        return value.replace("'", "''");
    }

    private static String fileOf(PlatformTemplate template) {
        return switch (template) {
            case PIVOT_ROLE -> "pivotRole.yaml";
            case CDK_EXEC_POLICY -> "cdkExecPolicy.yaml";
        };
    }

    private static String load(String file) {
        try (InputStream in = PlatformTemplates.class.getResourceAsStream("/templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The template " + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

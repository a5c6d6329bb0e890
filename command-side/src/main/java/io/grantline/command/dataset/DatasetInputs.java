package io.grantline.command.dataset;

import static io.grantline.command.validation.Require.present;

import io.grantline.api.dataset.S3BucketNames;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Dataset aggregate's reading of its inputs, with data.all's rules: each refusal names the GraphQL input field
 * and says, as data.all does, {@code <field> value <value> must be <constraint>}.
 */
final class DatasetInputs {

    static final int MAX_LABEL = 52;
    static final String DEFAULT_DESCRIPTION = "No description provided";
    static final String DEFAULT_CONFIDENTIALITY = "Unclassified";
    static final String DEFAULT_LANGUAGE = "English";
    static final List<String> CONFIDENTIALITIES = List.of("Unclassified", "Official", "Secret");
    static final List<String> LANGUAGES = List.of("English", "French", "German");
    static final List<String> TOPICS = List.of("Finances", "HumanResources", "Products", "Services", "Operations",
            "Research", "Sales", "Orders", "Sites", "Energy", "Customers", "Misc");
    static final List<String> EXPIRY_SETTINGS = List.of("Monthly", "Quarterly");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern KMS_ALIAS = Pattern.compile("^[a-zA-Z0-9_-]{1,63}$");
    private static final Pattern GLUE_DATABASE = Pattern.compile("^[a-zA-Z0-9_-]{1,240}$");
    private static final Pattern IAM_ROLE_NAME = Pattern.compile("^[\\w+=,.@-]{1,64}$");

    private DatasetInputs() {
    }

    static InvalidInput invalid(String action, String field, Object value, String constraint) {
        return new InvalidInput(action, field, "value " + value + " must be " + constraint);
    }

    static String labelOf(String action, String value) {
        String label = present(action, "label", value);
        if (label.length() > MAX_LABEL) {
            throw invalid(action, "label", label, "less than " + MAX_LABEL + " characters");
        }
        return label;
    }

    static String confidentialityOf(String action, String value) {
        return oneOf(action, "confidentiality", value, CONFIDENTIALITIES, DEFAULT_CONFIDENTIALITY);
    }

    static String languageOf(String action, String value) {
        return oneOf(action, "language", value, LANGUAGES, DEFAULT_LANGUAGE);
    }

    static List<String> topicsOf(String action, List<String> values) {
        List<String> topics = cleaned(values);
        for (String topic : topics) {
            if (!TOPICS.contains(topic)) {
                throw invalid(action, "topics", topic, "one of " + String.join(", ", TOPICS));
            }
        }
        return topics;
    }

    /** A blank email means none. */
    static String emailOf(String action, String field, String value) {
        if (blank(value)) {
            return null;
        }
        String email = value.trim();
        if (!EMAIL.matcher(email).matches()) {
            throw invalid(action, field, email, "a well-formed email address");
        }
        return email;
    }

    static List<String> emailsOf(String action, String field, List<String> values) {
        List<String> emails = new ArrayList<>();
        for (String value : cleaned(values)) {
            emails.add(emailOf(action, field, value));
        }
        return List.copyOf(emails);
    }

    /** data.all checks the share expiration settings only when expiration is enabled. */
    static void checkExpiration(String action, boolean enabled, String setting, Integer min, Integer max) {
        if (!enabled) {
            return;
        }
        if (min == null) {
            throw new RequiredParameter(action, "expiryMinDuration");
        }
        if (max == null) {
            throw new RequiredParameter(action, "expiryMaxDuration");
        }
        if (min < 1) {
            throw invalid(action, "expiryMinDuration", min, "greater than zero");
        }
        if (max < 1) {
            throw invalid(action, "expiryMaxDuration", max, "greater than zero");
        }
        if (min > max) {
            throw invalid(action, "expiryMinDuration", min, "at most the max expiration " + max);
        }
        if (blank(setting)) {
            throw new RequiredParameter(action, "expirySetting");
        }
        if (!EXPIRY_SETTINGS.contains(setting.trim())) {
            throw invalid(action, "expirySetting", setting, "one of " + String.join(", ", EXPIRY_SETTINGS));
        }
    }

    static String bucketNameOf(String action, String value) {
        String bucket = present(action, "bucketName", value);
        requireName(action, "bucketName", bucket);
        if (!S3BucketNames.isValid(bucket)) {
            throw invalid(action, "bucketName", bucket, S3BucketNames.RULE);
        }
        return bucket;
    }

    /** The alias name as data.all takes it: without the {@code alias/} prefix. */
    static String kmsAliasOf(String action, String field, String value) {
        String alias = value.trim();
        requireName(action, field, alias);
        if (!KMS_ALIAS.matcher(alias).matches()) {
            throw invalid(action, field, alias, "a KMS alias name without the alias/ prefix: at most 63 letters, "
                    + "digits, underscores and dashes");
        }
        return alias;
    }

    static String glueDatabaseOf(String action, String value) {
        String database = value.trim();
        requireName(action, "glueDatabaseName", database);
        if (!GLUE_DATABASE.matcher(database).matches()) {
            throw invalid(action, "glueDatabaseName", database, "a Glue database name: at most 240 letters, "
                    + "digits, underscores and dashes");
        }
        return database;
    }

    static String roleNameOf(String action, String value) {
        String role = value.trim();
        requireName(action, "adminRoleName", role);
        if (!IAM_ROLE_NAME.matcher(role).matches()) {
            throw invalid(action, "adminRoleName", role, "an IAM role name: at most 64 letters, digits and +=,.@_-");
        }
        return role;
    }

    static List<String> cleaned(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).map(String::trim).toList();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    private static String oneOf(String action, String field, String value, List<String> allowed, String fallback) {
        if (blank(value)) {
            return fallback;
        }
        String chosen = value.trim();
        if (!allowed.contains(chosen)) {
            throw invalid(action, field, chosen, "one of " + String.join(", ", allowed));
        }
        return chosen;
    }

    private static void requireName(String action, String field, String value) {
        if (value.contains("arn:aws")) {
            throw new InvalidInput(action, field, "name expected, arn-like string received: " + value);
        }
    }
}

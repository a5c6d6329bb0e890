package io.grantline.command.environment;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.permission.ResourcePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import static io.grantline.command.validation.Require.allKnown;
import static io.grantline.command.validation.Require.present;

/** The Environment aggregate's reading of its inputs: each refusal names the field and the problem. */
final class EnvironmentInputs {

    static final Set<String> POLICY_MANAGEMENT_OPTIONS =
            Set.of("FULLY_MANAGED", "PARTIALLY_MANAGED", "EXTERNALLY_MANAGED");

    private static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");
    private static final Pattern RESOURCE_PREFIX = Pattern.compile("^[a-z-]+$");

    private EnvironmentInputs() {
    }

    static String accountIdOf(String action, String value) {
        String account = present(action, "AwsAccountId", value);
        if (!ACCOUNT_ID.matcher(account).matches()) {
            throw new InvalidInput(action, "AwsAccountId", "must be 12 digits; got " + account);
        }
        return account;
    }

    static String regionOf(String action, String value) {
        String region = present(action, "region", value);
        if (!AwsRegions.isKnown(region)) {
            throw new InvalidInput(action, "region", region + " is not a known AWS region");
        }
        return region;
    }

    static String resourcePrefixOf(String action, String value) {
        if (value == null || !RESOURCE_PREFIX.matcher(value).matches()) {
            throw new InvalidInput(action, "resourcePrefix", value + " must match the pattern ^[a-z-]+$");
        }
        return value;
    }

    static String permissionsBoundaryOf(String action, String value) {
        if (blank(value)) {
            return null;
        }
        if (!IamArn.isPolicy(value.trim())) {
            throw new InvalidInput(action, "PermissionsBoundaryPolicyArn",
                    "must be the ARN of an IAM policy; got " + value);
        }
        return value.trim();
    }

    static IamArn roleInAccount(String action, String field, String arn, String account) {
        IamArn role = IamArn.parse(arn).filter(IamArn::isRole).orElseThrow(() ->
                new InvalidInput(action, field, "must be the ARN of an IAM role; got " + arn));
        if (!role.accountId().equals(account)) {
            throw new InvalidInput(action, field, "must be a role of the environment's account " + account
                    + "; got " + arn);
        }
        return role;
    }

    static String policyManagementOf(String action, String value) {
        String option = present(action, "dataallManaged", value);
        if (!POLICY_MANAGEMENT_OPTIONS.contains(option)) {
            throw new InvalidInput(action, "dataallManaged", option + " is not one of "
                    + POLICY_MANAGEMENT_OPTIONS.stream().sorted().toList());
        }
        return option;
    }

    static List<String> invitationPermissionsOf(String action, List<String> permissions) {
        if (permissions == null || permissions.isEmpty()) {
            throw new RequiredParameter(action, "permissions");
        }
        allKnown(action, "permissions", permissions, ResourcePermissions.ENVIRONMENT_INVITATION_DESCRIPTIONS.keySet());
        return permissions;
    }

    static List<String> grantedOnInvitation(List<String> chosen) {
        Set<String> granted = new LinkedHashSet<>(ResourcePermissions.ENVIRONMENT_INVITED_DEFAULT);
        granted.addAll(chosen);
        return List.copyOf(granted);
    }

    static Map<String, String> parametersOf(Map<String, String> given) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((key, value) -> {
                if (!blank(key)) {
                    parameters.put(key.trim(), value == null ? "" : value);
                }
            });
        }
        return Collections.unmodifiableMap(parameters);
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
}

package io.grantline.graphql.stack;

import static io.grantline.api.permission.DatasetPermissions.GET_DATASET;
import static io.grantline.api.permission.DatasetPermissions.UPDATE_DATASET;
import static io.grantline.api.permission.ResourcePermissions.GET_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ENVIRONMENT;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.stack.StackNames;
import java.util.List;

/**
 * data.all's TARGET_TYPE_INDIRECT_PERM: what a stack operation needs depends on what the stack belongs to.
 * Environments: GET_ENVIRONMENT to read, UPDATE_ENVIRONMENT and MANAGE_ENVIRONMENTS to change. Datasets:
 * GET_DATASET to read, UPDATE_DATASET and MANAGE_DATASETS to change.
 */
final class StackTargets {

    private static final List<String> WITH_STACKS = List.of(StackNames.ENVIRONMENT_TARGET,
            StackNames.DATASET_TARGET);

    /** Only environments take key-value tags so far. */
    private static final List<String> WITH_TAGS = List.of(StackNames.ENVIRONMENT_TARGET);

    private StackTargets() {
    }

    /** Refuses a missing target or a target type without stacks, before anything else is checked. */
    static void requireSupported(String action, String targetUri, String targetType) {
        requireOneOf(action, targetUri, targetType, WITH_STACKS);
    }

    /** Refuses a missing target or a target type whose key-value tags cannot be changed. */
    static void requireTaggable(String action, String targetUri, String targetType) {
        requireOneOf(action, targetUri, targetType, WITH_TAGS);
    }

    static boolean isDataset(String targetType) {
        return StackNames.DATASET_TARGET.equals(targetType);
    }

    static String readPermission(String targetType) {
        return isDataset(targetType) ? GET_DATASET : GET_ENVIRONMENT;
    }

    static String updatePermission(String targetType) {
        return isDataset(targetType) ? UPDATE_DATASET : UPDATE_ENVIRONMENT;
    }

    static TenantPermission tenantPermission(String targetType) {
        return isDataset(targetType) ? TenantPermission.MANAGE_DATASETS : TenantPermission.MANAGE_ENVIRONMENTS;
    }

    private static void requireOneOf(String action, String targetUri, String targetType, List<String> supported) {
        if (targetUri == null || targetUri.isBlank()) {
            throw new RequiredParameter(action, "targetUri");
        }
        if (targetType == null || targetType.isBlank()) {
            throw new RequiredParameter(action, "targetType");
        }
        if (!supported.contains(targetType)) {
            throw new InvalidInput(action, "targetType", "'" + targetType + "' is not supported; it must be "
                    + String.join(" or ", supported));
        }
    }
}

package io.grantline.graphql.stack;

import static io.grantline.api.permission.ResourcePermissions.GET_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ENVIRONMENT;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.permission.TenantPermission;
import io.grantline.api.stack.StackNames;

/**
 * data.all's TARGET_TYPE_INDIRECT_PERM: what a stack operation needs depends on what the stack belongs to. Only
 * environments have stacks so far: GET_ENVIRONMENT to read, UPDATE_ENVIRONMENT and MANAGE_ENVIRONMENTS to change.
 */
final class StackTargets {

    private StackTargets() {
    }

    /** Refuses a missing target or a target type without stacks, before anything else is checked. */
    static void requireSupported(String action, String targetUri, String targetType) {
        if (targetUri == null || targetUri.isBlank()) {
            throw new RequiredParameter(action, "targetUri");
        }
        if (targetType == null || targetType.isBlank()) {
            throw new RequiredParameter(action, "targetType");
        }
        if (!StackNames.ENVIRONMENT_TARGET.equals(targetType)) {
            throw new InvalidInput(action, "targetType", "'" + targetType + "' is not supported; it must be "
                    + StackNames.ENVIRONMENT_TARGET);
        }
    }

    static String readPermission(String targetType) {
        return GET_ENVIRONMENT;
    }

    static String updatePermission(String targetType) {
        return UPDATE_ENVIRONMENT;
    }

    static TenantPermission tenantPermission(String targetType) {
        return TenantPermission.MANAGE_ENVIRONMENTS;
    }
}

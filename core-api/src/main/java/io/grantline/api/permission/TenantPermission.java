package io.grantline.api.permission;

/** Platform-wide permissions held by groups (data.all's tenant policy). */
public enum TenantPermission {
    MANAGE_ORGANIZATIONS("Manage organizations"),
    MANAGE_ENVIRONMENTS("Manage environments"),
    MANAGE_GROUPS("Manage teams"),
    MANAGE_DATASETS("Manage datasets"),
    MANAGE_SHARES("Manage data shares"),
    MANAGE_GLOSSARIES("Manage glossaries"),
    MANAGE_WORKSHEETS("Manage worksheets"),
    MANAGE_METADATA_FORMS("Manage metadata forms");

    private final String description;

    TenantPermission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static boolean isKnown(String name) {
        for (TenantPermission permission : values()) {
            if (permission.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

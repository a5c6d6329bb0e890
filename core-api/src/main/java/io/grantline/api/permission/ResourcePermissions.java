package io.grantline.api.permission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** data.all's resource permissions for organizations, environments and networks, with their descriptions. */
public final class ResourcePermissions {

    public static final String GET_ORGANIZATION = "GET_ORGANIZATION";
    public static final String UPDATE_ORGANIZATION = "UPDATE_ORGANIZATION";
    public static final String DELETE_ORGANIZATION = "DELETE_ORGANIZATION";
    public static final String LINK_ENVIRONMENT = "LINK_ENVIRONMENT";
    public static final String INVITE_ORGANIZATION_GROUP = "INVITE_ORGANIZATION_GROUP";
    public static final String REMOVE_ORGANIZATION_GROUP = "REMOVE_ORGANIZATION_GROUP";

    public static final String GET_ENVIRONMENT = "GET_ENVIRONMENT";
    public static final String UPDATE_ENVIRONMENT = "UPDATE_ENVIRONMENT";
    public static final String DELETE_ENVIRONMENT = "DELETE_ENVIRONMENT";
    public static final String INVITE_ENVIRONMENT_GROUP = "INVITE_ENVIRONMENT_GROUP";
    public static final String REMOVE_ENVIRONMENT_GROUP = "REMOVE_ENVIRONMENT_GROUP";
    public static final String UPDATE_ENVIRONMENT_GROUP = "UPDATE_ENVIRONMENT_GROUP";
    public static final String LIST_ENVIRONMENT_GROUP_PERMISSIONS = "LIST_ENVIRONMENT_GROUP_PERMISSIONS";
    public static final String ADD_ENVIRONMENT_CONSUMPTION_ROLES = "ADD_ENVIRONMENT_CONSUMPTION_ROLES";
    public static final String LIST_ENVIRONMENT_CONSUMPTION_ROLES = "LIST_ENVIRONMENT_CONSUMPTION_ROLES";
    public static final String REMOVE_ENVIRONMENT_CONSUMPTION_ROLE = "REMOVE_ENVIRONMENT_CONSUMPTION_ROLE";
    public static final String LIST_ENVIRONMENT_GROUPS = "LIST_ENVIRONMENT_GROUPS";
    public static final String CREDENTIALS_ENVIRONMENT = "CREDENTIALS_ENVIRONMENT";
    public static final String ENABLE_ENVIRONMENT_SUBSCRIPTIONS = "ENABLE_ENVIRONMENT_SUBSCRIPTIONS";
    public static final String DISABLE_ENVIRONMENT_SUBSCRIPTIONS = "DISABLE_ENVIRONMENT_SUBSCRIPTIONS";
    public static final String CREATE_NETWORK = "CREATE_NETWORK";
    public static final String LIST_ENVIRONMENT_NETWORKS = "LIST_ENVIRONMENT_NETWORKS";
    public static final String LIST_ENVIRONMENT_DATASETS = "LIST_ENVIRONMENT_DATASETS";
    public static final String LIST_ENVIRONMENT_SHARED_WITH_OBJECTS = "LIST_ENVIRONMENT_SHARED_WITH_OBJECTS";
    public static final String CREATE_DATASET = "CREATE_DATASET";
    public static final String CREATE_SHARE_OBJECT = "CREATE_SHARE_OBJECT";
    public static final String RUN_ATHENA_QUERY = "RUN_ATHENA_QUERY";

    public static final String GET_NETWORK = "GET_NETWORK";
    public static final String UPDATE_NETWORK = "UPDATE_NETWORK";
    public static final String DELETE_NETWORK = "DELETE_NETWORK";

    /** What the organization's owning team holds. */
    public static final List<String> ORGANIZATION_ALL = List.of(GET_ORGANIZATION, UPDATE_ORGANIZATION,
            DELETE_ORGANIZATION, LINK_ENVIRONMENT, INVITE_ORGANIZATION_GROUP, REMOVE_ORGANIZATION_GROUP);

    /** What every team invited to an organization holds, whatever else it was granted. */
    public static final List<String> ORGANIZATION_INVITED_DEFAULT = List.of(GET_ORGANIZATION);

    /** What an organization invitation may grant beyond the default, with data.all's descriptions. */
    public static final Map<String, String> ORGANIZATION_INVITATION_DESCRIPTIONS = ordered(
            LINK_ENVIRONMENT, "Link environments to this organization",
            INVITE_ORGANIZATION_GROUP, "Invite other teams to this organization",
            REMOVE_ORGANIZATION_GROUP, "Remove invited teams from this organization");

    /** What the environment's admin team holds. */
    public static final List<String> ENVIRONMENT_ALL = List.of(GET_ENVIRONMENT, UPDATE_ENVIRONMENT,
            DELETE_ENVIRONMENT, INVITE_ENVIRONMENT_GROUP, REMOVE_ENVIRONMENT_GROUP, UPDATE_ENVIRONMENT_GROUP,
            LIST_ENVIRONMENT_GROUP_PERMISSIONS, ADD_ENVIRONMENT_CONSUMPTION_ROLES,
            LIST_ENVIRONMENT_CONSUMPTION_ROLES, LIST_ENVIRONMENT_GROUPS, CREDENTIALS_ENVIRONMENT,
            ENABLE_ENVIRONMENT_SUBSCRIPTIONS, DISABLE_ENVIRONMENT_SUBSCRIPTIONS, CREATE_NETWORK,
            LIST_ENVIRONMENT_NETWORKS, LIST_ENVIRONMENT_DATASETS, LIST_ENVIRONMENT_SHARED_WITH_OBJECTS,
            CREATE_DATASET, CREATE_SHARE_OBJECT, RUN_ATHENA_QUERY);

    /** What every team invited to an environment holds. */
    public static final List<String> ENVIRONMENT_INVITED_DEFAULT = List.of(GET_ENVIRONMENT,
            LIST_ENVIRONMENT_GROUPS, LIST_ENVIRONMENT_GROUP_PERMISSIONS, LIST_ENVIRONMENT_CONSUMPTION_ROLES,
            LIST_ENVIRONMENT_SHARED_WITH_OBJECTS, LIST_ENVIRONMENT_NETWORKS, LIST_ENVIRONMENT_DATASETS,
            CREDENTIALS_ENVIRONMENT);

    /** What an environment invitation may grant beyond the default, with data.all's descriptions. */
    public static final Map<String, String> ENVIRONMENT_INVITATION_DESCRIPTIONS = ordered(
            INVITE_ENVIRONMENT_GROUP, "Invite other teams to this environment",
            ADD_ENVIRONMENT_CONSUMPTION_ROLES, "Add consumption roles to this environment",
            CREATE_NETWORK, "Create networks on this environment",
            CREATE_DATASET, "Create datasets on this environment",
            CREATE_SHARE_OBJECT, "Request datasets access for this environment",
            RUN_ATHENA_QUERY, "Run Athena queries on this environment");

    public static final List<String> CONSUMPTION_PRINCIPAL_ALL = List.of(REMOVE_ENVIRONMENT_CONSUMPTION_ROLE);

    public static final List<String> NETWORK_ALL = List.of(GET_NETWORK, UPDATE_NETWORK, DELETE_NETWORK);

    private ResourcePermissions() {
    }

    public static String describe(String permission) {
        String description = ORGANIZATION_INVITATION_DESCRIPTIONS.get(permission);
        if (description == null) {
            description = ENVIRONMENT_INVITATION_DESCRIPTIONS.get(permission);
        }
        return description != null ? description : permission.replace('_', ' ').toLowerCase();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

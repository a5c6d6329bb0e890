package io.grantline.graphql.environment;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLType;
import io.grantline.api.error.InvalidInput;
import io.grantline.graphql.security.CurrentActor;
import java.util.List;
import java.util.Map;

/**
 * data.all's queryEnums: the items of the named enums of the schema. The item value is the one data.all's
 * enum gives where it differs from the name (FULLY_MANAGED is "Fully-Managed", Owner is "999").
 */
@DgsComponent
public class EnumDataFetcher {

    public record EnumItemNode(String name, String value) {
    }

    public record EnumResultNode(String name, List<EnumItemNode> items) {
    }

    static final Map<String, Map<String, String>> DATAALL_VALUES = Map.of(
            "EnvironmentPermission", Map.of("Owner", "999", "Admin", "900", "DatasetCreator", "800",
                    "Invited", "200", "ProjectAccess", "050", "NotInvited", "000"),
            "OrganisationUserRole", Map.of("Owner", "999", "Admin", "900", "Member", "100", "NotMember", "000",
                    "Invited", "800"),
            "PolicyManagementOptions", Map.of("FULLY_MANAGED", "Fully-Managed", "PARTIALLY_MANAGED",
                    "Partially-Managed", "EXTERNALLY_MANAGED", "Externally-Managed"),
            "EnvironmentIAMPrincipalAttachmentStatus", Map.of("NOTAPPLICABLE", "N/A", "ATTACHED", "Attached",
                    "NOTATTACHED", "Not-Attached"));

    private final CurrentActor currentActor;

    public EnumDataFetcher(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @DgsQuery
    public List<EnumResultNode> queryEnums(@InputArgument("enums_names") List<String> enumsNames,
                                           DataFetchingEnvironment environment) {
        currentActor.get();
        if (enumsNames == null) {
            return List.of();
        }
        return enumsNames.stream().map(name -> enumResult(environment.getGraphQLSchema().getType(name), name))
                .toList();
    }

    private static EnumResultNode enumResult(GraphQLType type, String name) {
        if (!(type instanceof GraphQLEnumType enumType)) {
            throw new InvalidInput("queryEnums", "enums_names", "names " + name + ", which is not an enum of the API");
        }
        Map<String, String> values = DATAALL_VALUES.getOrDefault(name, Map.of());
        return new EnumResultNode(name, enumType.getValues().stream()
                .map(value -> new EnumItemNode(value.getName(), values.getOrDefault(value.getName(), value.getName())))
                .toList());
    }
}

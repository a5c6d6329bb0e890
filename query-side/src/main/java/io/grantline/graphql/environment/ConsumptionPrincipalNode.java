package io.grantline.graphql.environment;

import io.grantline.api.environment.EnvironmentQueries.ConsumptionPrincipalView;

/** data.all's ConsumptionPrincipal. */
public record ConsumptionPrincipalNode(String consumptionPrincipalUri, String consumptionPrincipalName,
                                       String consumptionPrincipalType, String environmentUri, String groupUri,
                                       String IAMPrincipalArn, String IAMPrincipalName, String dataallManaged,
                                       String created, String updated, String deleted) {

    static ConsumptionPrincipalNode of(ConsumptionPrincipalView view) {
        return new ConsumptionPrincipalNode(view.consumptionPrincipalUri(), view.name(), view.principalType(),
                view.environmentUri(), view.groupUri(), view.iamPrincipalArn(), view.iamPrincipalName(),
                view.dataallManaged(), view.created(), view.updated(), null);
    }
}

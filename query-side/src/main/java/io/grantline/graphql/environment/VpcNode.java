package io.grantline.graphql.environment;

import io.grantline.api.environment.EnvironmentQueries.NetworkView;
import java.util.List;

/** data.all's Vpc (a network of an environment); environmentUri is read by the nested environment field. */
public record VpcNode(String vpcUri, String environmentUri, String VpcId, String label, String name,
                      String description, String SamlGroupName, String owner, String AwsAccountId, String region,
                      List<String> privateSubnetIds, List<String> publicSubnetIds, List<String> tags,
                      boolean defaultVpc) {

    static VpcNode of(NetworkView view) {
        return new VpcNode(view.vpcUri(), view.environmentUri(), view.vpcId(), view.label(), view.name(),
                view.description(), view.samlGroupName(), view.owner(), view.awsAccountId(), view.region(),
                // the last argument is Vpc.default: data.all always answers false
                view.privateSubnetIds(), view.publicSubnetIds(), view.tags(), false);
    }

    /** The field data.all calls {@code default}, a word Java keeps for itself. */
    public boolean getDefault() {
        return defaultVpc;
    }
}

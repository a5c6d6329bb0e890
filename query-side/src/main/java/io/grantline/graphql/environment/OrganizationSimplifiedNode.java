package io.grantline.graphql.environment;

/** data.all's OrganizationSimplified. */
public record OrganizationSimplifiedNode(String organizationUri, String label, String name) {
}

package io.grantline.api.catalog;

/** What the caller may do with a catalog item: it is their team's, they already have it, or they can request it. */
public enum CatalogAccess {
    Owner,
    HasAccess,
    CanRequest
}

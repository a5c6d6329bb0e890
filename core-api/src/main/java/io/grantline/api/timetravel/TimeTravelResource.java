package io.grantline.api.timetravel;

/**
 * A resource time travel can look at: resourceType is one of io.grantline.api.history.ResourceTypes' dataset, table,
 * folder or share; datasetUri is the dataset it belongs to (itself for a dataset).
 */
public record TimeTravelResource(String uri, String resourceType, String datasetUri) {
}

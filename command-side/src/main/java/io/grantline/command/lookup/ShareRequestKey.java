package io.grantline.command.lookup;

/** What makes two share requests the same request in data.all: dataset, target environment, team and principal. */
public record ShareRequestKey(String datasetUri, String environmentUri, String groupUri, String principalId) {
}

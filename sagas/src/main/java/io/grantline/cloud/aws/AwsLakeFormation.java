package io.grantline.cloud.aws;

import io.grantline.cloud.LakeFormation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.lakeformation.model.DataLakePrincipal;
import software.amazon.awssdk.services.lakeformation.model.DataLakeSettings;
import software.amazon.awssdk.services.lakeformation.model.EntityNotFoundException;
import software.amazon.awssdk.services.lakeformation.model.InvalidInputException;
import software.amazon.awssdk.services.lakeformation.model.PrincipalResourcePermissions;

/** Lake Formation permissions of the environment account's catalog, through the pivot role. */
public class AwsLakeFormation implements LakeFormation {

    static final String CROSS_ACCOUNT_VERSION = "CROSS_ACCOUNT_VERSION";
    /** Version 3 shares through RAM with the target account, and lets it grant on what it receives. */
    static final int SHARING_VERSION = 3;
    // what RevokePermissions answers (InvalidInputException) when the principal holds nothing to revoke
    private static final String NOTHING_HELD = "has no permissions";

    private final AwsShareClients clients;

    public AwsLakeFormation(AwsShareClients clients) {
        this.clients = clients;
    }

    @Override
    public void grant(String accountId, String region, Grant grant) {
        try {
            clients.lakeFormation(accountId, region).grantPermissions(request -> {
                request.catalogId(accountId)
                        .principal(principal(grant.principal()))
                        .resource(LakeFormationResources.of(grant.resource()))
                        .permissionsWithStrings(grant.permissions());
                if (!grant.grantable().isEmpty()) {
                    request.permissionsWithGrantOptionWithStrings(grant.grantable());
                }
            });
        } catch (AlreadyExistsException e) {
            // held already: the grant is done
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:GrantPermissions " + describe(grant), e);
        }
    }

    /** Revoking from a resource that no longer exists succeeds too: nothing can be held on it. */
    @Override
    public void revoke(String accountId, String region, Grant grant) {
        try {
            clients.lakeFormation(accountId, region).revokePermissions(request -> {
                request.catalogId(accountId)
                        .principal(principal(grant.principal()))
                        .resource(LakeFormationResources.of(grant.resource()))
                        .permissionsWithStrings(grant.permissions());
                if (!grant.grantable().isEmpty()) {
                    request.permissionsWithGrantOptionWithStrings(grant.grantable());
                }
            });
        } catch (InvalidInputException e) {
            if (e.getMessage() == null || !e.getMessage().contains(NOTHING_HELD)) {
                throw AwsErrors.translate("lakeformation:RevokePermissions " + describe(grant), e);
            }
        } catch (EntityNotFoundException e) {
            // the database or table is gone, and its permissions with it
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:RevokePermissions " + describe(grant), e);
        }
    }

    @Override
    public Set<String> permissions(String accountId, String region, String principal, Resource resource) {
        try {
            Set<String> held = new LinkedHashSet<>();
            clients.lakeFormation(accountId, region).listPermissionsPaginator(request -> request.catalogId(accountId)
                            .principal(principal(principal))
                            .resource(LakeFormationResources.of(resource)))
                    .stream()
                    .flatMap(page -> page.principalResourcePermissions().stream())
                    .filter(entry -> entry.principal() == null
                            || principal.equals(entry.principal().dataLakePrincipalIdentifier()))
                    .map(PrincipalResourcePermissions::permissionsAsStrings)
                    .forEach(held::addAll);
            return held;
        } catch (EntityNotFoundException e) {
            // nothing can be held on what does not exist
            return Set.of();
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:ListPermissions " + principal + " on "
                    + LakeFormationResources.describe(resource), e);
        }
    }

    @Override
    public Set<String> principals(String accountId, String region, Resource resource) {
        try {
            Set<String> holders = new LinkedHashSet<>();
            clients.lakeFormation(accountId, region).listPermissionsPaginator(request -> request.catalogId(accountId)
                            .resource(LakeFormationResources.of(resource)))
                    .stream()
                    .flatMap(page -> page.principalResourcePermissions().stream())
                    .filter(entry -> entry.principal() != null && entry.hasPermissions()
                            && !entry.permissions().isEmpty())
                    .map(entry -> entry.principal().dataLakePrincipalIdentifier())
                    .forEach(holders::add);
            return holders;
        } catch (EntityNotFoundException e) {
            return Set.of();
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:ListPermissions on "
                    + LakeFormationResources.describe(resource), e);
        }
    }

    @Override
    public void enableCrossAccountSharing(String accountId, String region) {
        LakeFormationClient lakeFormation = clients.lakeFormation(accountId, region);
        DataLakeSettings settings;
        try {
            settings = lakeFormation.getDataLakeSettings(request -> request.catalogId(accountId)).dataLakeSettings();
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:GetDataLakeSettings " + accountId, e);
        }
        Map<String, String> parameters = new HashMap<>(settings.parameters());
        if (version(parameters.get(CROSS_ACCOUNT_VERSION)) >= SHARING_VERSION) {
            return;
        }
        parameters.put(CROSS_ACCOUNT_VERSION, String.valueOf(SHARING_VERSION));
        DataLakeSettings upgraded = settings.toBuilder().parameters(parameters).build();
        try {
            lakeFormation.putDataLakeSettings(request -> request.catalogId(accountId).dataLakeSettings(upgraded));
        } catch (SdkException e) {
            throw AwsErrors.translate("lakeformation:PutDataLakeSettings " + accountId, e);
        }
    }

    // an account that never changed the setting has none: version 1
    private static int version(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static DataLakePrincipal principal(String identifier) {
        return DataLakePrincipal.builder().dataLakePrincipalIdentifier(identifier).build();
    }

    private static String describe(Grant grant) {
        return grant.permissions() + " to " + grant.principal() + " on "
                + LakeFormationResources.describe(grant.resource());
    }
}

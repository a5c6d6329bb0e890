package io.grantline.app.cloud;

import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.local.LocalGlueCatalog;
import io.grantline.cloud.local.LocalKmsAliases;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local cloud's stand-in for an account owner's console: makes the KMS aliases and Glue databases a dataset
 * import names, which on AWS exist before Grantline sees them (a bucket is a folder the owner makes by hand).
 * Any signed-in user may call it; it exists only with the local cloud.
 */
@RestController
@ConditionalOnProperty(name = CloudWiring.PROVIDER, havingValue = "local", matchIfMissing = true)
public class LocalCloudAccountsController {

    static final String PATH = "/local-cloud/accounts/{accountId}/regions/{region}";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");

    private final LocalKmsAliases kmsAliases;
    private final LocalGlueCatalog glueCatalog;

    public LocalCloudAccountsController(LocalKmsAliases kmsAliases, LocalGlueCatalog glueCatalog) {
        this.kmsAliases = kmsAliases;
        this.glueCatalog = glueCatalog;
    }

    @PutMapping(PATH + "/kms-aliases/{alias}")
    public ResponseEntity<Void> createKmsAlias(@PathVariable String accountId, @PathVariable String region,
                                               @PathVariable String alias) {
        check(accountId, region, alias);
        kmsAliases.create(accountId, region, alias);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(PATH + "/glue-databases/{databaseName}")
    public ResponseEntity<Void> createGlueDatabase(@PathVariable String accountId, @PathVariable String region,
                                                   @PathVariable String databaseName) {
        check(accountId, region, databaseName);
        glueCatalog.createDatabase(accountId, region, databaseName);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CloudRequestFailedException.class)
    ResponseEntity<String> refused(CloudRequestFailedException e) {
        return ResponseEntity.badRequest().body(e.getMessage());
    }

    private static void check(String accountId, String region, String name) {
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new CloudRequestFailedException("'" + accountId + "' is not an AWS account id");
        }
        if (!REGION.matcher(region).matches()) {
            throw new CloudRequestFailedException("'" + region + "' is not an AWS region");
        }
        if (!NAME.matcher(name).matches()) {
            throw new CloudRequestFailedException("'" + name + "' is not a valid name");
        }
    }
}

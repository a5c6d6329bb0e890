package io.grantline.app.cloud;

import io.grantline.cloud.local.LocalAccessCheck;
import io.grantline.cloud.local.LocalLakeFormation;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the local cloud would let a principal read, so tests and demos can see a share take effect and go away;
 * and drift for tests: a principal's Lake Formation permissions on a table taken away behind Grantline's back.
 * Any signed-in user may call it; it exists only with the local cloud.
 */
@RestController
@ConditionalOnProperty(name = CloudWiring.PROVIDER, havingValue = "local", matchIfMissing = true)
public class LocalCloudAccessController {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    private static final Pattern PRINCIPAL = Pattern.compile("arn:aws:(iam|sts)::\\d{12}:[A-Za-z0-9+=,.@_/-]{1,512}");

    private final LocalAccessCheck accessCheck;
    private final LocalLakeFormation lakeFormation;

    public LocalCloudAccessController(LocalAccessCheck accessCheck, LocalLakeFormation lakeFormation) {
        this.accessCheck = accessCheck;
        this.lakeFormation = lakeFormation;
    }

    /** Either a table (account, region, database, table) or an object (bucket, key). */
    @GetMapping("/local-cloud/access-check")
    public Map<String, Boolean> check(@RequestParam String principalArn,
                                      @RequestParam(required = false) String account,
                                      @RequestParam(required = false) String region,
                                      @RequestParam(required = false) String database,
                                      @RequestParam(required = false) String table,
                                      @RequestParam(required = false) String bucket,
                                      @RequestParam(required = false) String key) {
        require(PRINCIPAL, principalArn, "an IAM principal ARN");
        if (bucket != null || key != null) {
            require(NAME, bucket, "a bucket name");
            if (key == null || key.isBlank() || key.length() > 1024) {
                throw new IllegalArgumentException("'" + key + "' is not an object key");
            }
            return Map.of("allowed", accessCheck.canReadObject(principalArn, bucket, key));
        }
        require(ACCOUNT_ID, account, "an AWS account id");
        require(REGION, region, "an AWS region");
        require(NAME, database, "a database name");
        require(NAME, table, "a table name");
        return Map.of("allowed", accessCheck.canReadTable(principalArn, account, region, database, table));
    }

    /** Takes the principal's Lake Formation permissions on the table of the catalog (account) away. */
    @DeleteMapping("/local-cloud/lakeformation/grants")
    public Map<String, Integer> removeGrants(@RequestParam String principal, @RequestParam String account,
                                             @RequestParam String region, @RequestParam String database,
                                             @RequestParam String table) {
        if (!ACCOUNT_ID.matcher(principal).matches()) {
            require(PRINCIPAL, principal, "an IAM principal ARN or account id");
        }
        require(ACCOUNT_ID, account, "an AWS account id");
        require(REGION, region, "an AWS region");
        require(NAME, database, "a database name");
        require(NAME, table, "a table name");
        return Map.of("removed", lakeFormation.removeAll(account, region, database, table, principal));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> refused(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(e.getMessage());
    }

    private static void require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not " + what);
        }
    }
}

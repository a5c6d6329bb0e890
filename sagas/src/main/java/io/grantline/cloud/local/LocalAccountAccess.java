package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudSession;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/** STS as the local cloud plays it: the pivot role answers only to this deployment's external id. */
public class LocalAccountAccess implements AccountAccess {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Duration SESSION_DURATION = Duration.ofHours(1);
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalAccounts accounts;
    private final LocalCloudFaults faults;
    private final PivotRole pivotRole;
    private final LocalCloudSettings settings;
    private final Clock clock;

    public LocalAccountAccess(LocalAccounts accounts, LocalCloudFaults faults, PivotRole pivotRole,
                              LocalCloudSettings settings, Clock clock) {
        this.accounts = accounts;
        this.faults = faults;
        this.pivotRole = pivotRole;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CloudSession assumePivotRole(String accountId, String region) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new CloudRequestFailedException("'" + accountId + "' is not an AWS account id");
        }
        faults.raiseIfInjected(Operation.ASSUME_ROLE, accountId);
        LocalAccounts.Account account = accounts.getOrCreate(accountId, pivotRole);
        String roleArn = pivotRole.arnIn(accountId);
        if (!account.pivotRoleName().equals(pivotRole.roleName())
                || !account.trustedExternalId().equals(pivotRole.externalId())) {
            throw new CloudAccessDeniedException("User: arn:aws:sts::" + settings.trustAccountId()
                    + ":assumed-role/grantline is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        }
        return session(accountId, region, roleArn);
    }

    @Override
    public CloudSession assumeTeamRole(String accountId, String region, String roleArn) {
        assumePivotRole(accountId, region);
        if (roleArn == null || !roleArn.startsWith("arn:aws:iam::" + accountId + ":role/")) {
            throw new CloudAccessDeniedException("User: " + pivotRole.arnIn(accountId)
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        }
        return session(accountId, region, roleArn);
    }

    @Override
    public String consoleSignInUrl(String accountId, String region, String roleArn) {
        CloudSession session = assumeTeamRole(accountId, region, roleArn);
        String destination = "https://" + region + ".console.aws.amazon.com/console/home?region=" + region;
        return "https://signin.aws.amazon.com/federation?Action=login&Issuer=grantline&Destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8)
                + "&SigninToken=" + URLEncoder.encode(session.sessionToken(), StandardCharsets.UTF_8);
    }

    @Override
    public String trustAccount() {
        return settings.trustAccountId();
    }

    private CloudSession session(String accountId, String region, String roleArn) {
        return new CloudSession(accountId, region, roleArn, "ASIA" + random(16), random(40), random(64),
                clock.instant().plus(SESSION_DURATION));
    }

    private static String random(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
        }
        return value.toString();
    }
}

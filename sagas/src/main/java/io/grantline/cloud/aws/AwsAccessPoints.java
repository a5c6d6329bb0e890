package io.grantline.cloud.aws;

import io.grantline.cloud.AccessPoints;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3control.model.CreateAccessPointResponse;
import software.amazon.awssdk.services.s3control.model.GetAccessPointResponse;

/** S3 access points of the environment account (S3 Control), through the pivot role. */
public class AwsAccessPoints implements AccessPoints {

    static final String NO_SUCH_ACCESS_POINT = "NoSuchAccessPoint";
    static final String NO_SUCH_POLICY = "NoSuchAccessPointPolicy";
    // another run created it between our look and our creation
    static final String ALREADY_OWNED = "AccessPointAlreadyOwnedByYou";

    private final AwsShareClients clients;

    public AwsAccessPoints(AwsShareClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<AccessPoint> find(String accountId, String region, String name) {
        try {
            GetAccessPointResponse found = clients.s3Control(accountId, region).getAccessPoint(request -> request
                    .accountId(accountId).name(name));
            return Optional.of(new AccessPoint(found.name(), found.bucket(), found.accessPointArn(), found.alias()));
        } catch (AwsServiceException e) {
            if (errorCode(e, NO_SUCH_ACCESS_POINT)) {
                return Optional.empty();
            }
            throw AwsErrors.translate("s3control:GetAccessPoint " + name, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("s3control:GetAccessPoint " + name, e);
        }
    }

    @Override
    public AccessPoint ensure(String accountId, String region, String name, String bucketName) {
        Optional<AccessPoint> existing = find(accountId, region, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            CreateAccessPointResponse created = clients.s3Control(accountId, region).createAccessPoint(request ->
                    request.accountId(accountId).name(name).bucket(bucketName));
            return new AccessPoint(name, bucketName, created.accessPointArn(), created.alias());
        } catch (AwsServiceException e) {
            if (errorCode(e, ALREADY_OWNED)) {
                return find(accountId, region, name).orElseThrow(() -> AwsErrors.translate(
                        "s3control:CreateAccessPoint " + name + " on " + bucketName, e));
            }
            throw AwsErrors.translate("s3control:CreateAccessPoint " + name + " on " + bucketName, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("s3control:CreateAccessPoint " + name + " on " + bucketName, e);
        }
    }

    @Override
    public void delete(String accountId, String region, String name) {
        try {
            clients.s3Control(accountId, region).deleteAccessPoint(request -> request.accountId(accountId)
                    .name(name));
        } catch (AwsServiceException e) {
            if (!errorCode(e, NO_SUCH_ACCESS_POINT)) {
                throw AwsErrors.translate("s3control:DeleteAccessPoint " + name, e);
            }
        } catch (SdkException e) {
            throw AwsErrors.translate("s3control:DeleteAccessPoint " + name, e);
        }
    }

    @Override
    public Optional<String> policy(String accountId, String region, String name) {
        try {
            return Optional.ofNullable(clients.s3Control(accountId, region).getAccessPointPolicy(request -> request
                    .accountId(accountId).name(name)).policy());
        } catch (AwsServiceException e) {
            if (errorCode(e, NO_SUCH_POLICY)) {
                return Optional.empty();
            }
            throw AwsErrors.translate("s3control:GetAccessPointPolicy " + name, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("s3control:GetAccessPointPolicy " + name, e);
        }
    }

    @Override
    public void putPolicy(String accountId, String region, String name, String policyJson) {
        try {
            clients.s3Control(accountId, region).putAccessPointPolicy(request -> request.accountId(accountId)
                    .name(name).policy(policyJson));
        } catch (SdkException e) {
            throw AwsErrors.translate("s3control:PutAccessPointPolicy " + name, e);
        }
    }

    private static boolean errorCode(AwsServiceException failure, String code) {
        return failure.awsErrorDetails() != null && code.equals(failure.awsErrorDetails().errorCode());
    }
}

package io.grantline.cloud.aws;

import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.PrincipalPolicies;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** IAM in the environment account, through the pivot role: a principal's attached policies, a policy's existence. */
public class AwsPrincipalPolicies implements PrincipalPolicies {

    private final AwsPlatformClients clients;

    public AwsPrincipalPolicies(AwsPlatformClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<List<String>> attachedPolicies(String accountId, String region, IamPrincipal principal) {
        IamClient iam = clients.iam(accountId);
        String call = principal.type() == IamPrincipal.Type.ROLE ? "iam:ListAttachedRolePolicies"
                : "iam:ListAttachedUserPolicies";
        try {
            Stream<AttachedPolicy> attached = principal.type() == IamPrincipal.Type.ROLE
                    ? iam.listAttachedRolePoliciesPaginator(request -> request.roleName(principal.name()))
                            .attachedPolicies().stream()
                    : iam.listAttachedUserPoliciesPaginator(request -> request.userName(principal.name()))
                            .attachedPolicies().stream();
            return Optional.of(attached.map(AttachedPolicy::policyName).toList());
        } catch (NoSuchEntityException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate(call + " " + principal.name() + " in " + accountId, e);
        }
    }

    @Override
    public boolean policyExists(String accountId, String region, String policyName) {
        String arn = "arn:aws:iam::" + accountId + ":policy/" + policyName;
        try {
            clients.iam(accountId).getPolicy(request -> request.policyArn(arn));
            return true;
        } catch (NoSuchEntityException e) {
            return false;
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:GetPolicy " + arn, e);
        }
    }
}

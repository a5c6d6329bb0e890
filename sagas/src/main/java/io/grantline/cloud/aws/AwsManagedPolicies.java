package io.grantline.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.ManagedPolicies;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/** Customer-managed IAM policies of the environment account, through the pivot role. */
public class AwsManagedPolicies implements ManagedPolicies {

    /** IAM keeps at most five versions of a managed policy. */
    static final int MAX_VERSIONS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsPlatformClients clients;

    public AwsManagedPolicies(AwsPlatformClients clients) {
        this.clients = clients;
    }

    static String arn(String accountId, String policyName) {
        return "arn:aws:iam::" + accountId + ":policy/" + policyName;
    }

    @Override
    public Optional<String> document(String accountId, String policyName) {
        IamClient iam = clients.iam(accountId);
        String arn = arn(accountId, policyName);
        String versionId;
        try {
            versionId = iam.getPolicy(request -> request.policyArn(arn)).policy().defaultVersionId();
        } catch (NoSuchEntityException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:GetPolicy " + arn, e);
        }
        try {
            String document = iam.getPolicyVersion(request -> request.policyArn(arn).versionId(versionId))
                    .policyVersion().document();
            // IAM answers policy documents URL-encoded
            return Optional.of(URLDecoder.decode(document, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:GetPolicyVersion " + arn + " " + versionId, e);
        }
    }

    @Override
    public void save(String accountId, String policyName, String policyJson) {
        Optional<String> current = document(accountId, policyName);
        if (current.isEmpty() && create(accountId, policyName, policyJson)) {
            return;
        }
        if (current.isPresent() && sameDocument(current.get(), policyJson)) {
            return;
        }
        IamClient iam = clients.iam(accountId);
        String arn = arn(accountId, policyName);
        dropOldestVersionIfFull(iam, arn);
        try {
            iam.createPolicyVersion(request -> request.policyArn(arn).policyDocument(policyJson).setAsDefault(true));
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:CreatePolicyVersion " + arn, e);
        }
    }

    @Override
    public void attach(String accountId, IamPrincipal principal, String policyName) {
        // attaching an attached policy changes nothing in IAM: no need to look first
        IamClient iam = clients.iam(accountId);
        String arn = arn(accountId, policyName);
        try {
            if (principal.type() == IamPrincipal.Type.ROLE) {
                iam.attachRolePolicy(request -> request.roleName(principal.name()).policyArn(arn));
            } else {
                iam.attachUserPolicy(request -> request.userName(principal.name()).policyArn(arn));
            }
        } catch (SdkException e) {
            String call = principal.type() == IamPrincipal.Type.ROLE ? "iam:AttachRolePolicy" : "iam:AttachUserPolicy";
            throw AwsErrors.translate(call + " " + arn + " to " + principal.name(), e);
        }
    }

    /** False when another run created the policy first: the document then goes in as a new version. */
    private boolean create(String accountId, String policyName, String policyJson) {
        try {
            clients.iam(accountId).createPolicy(request -> request.policyName(policyName)
                    .policyDocument(policyJson));
            return true;
        } catch (EntityAlreadyExistsException e) {
            return false;
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:CreatePolicy " + policyName + " in " + accountId, e);
        }
    }

    private static void dropOldestVersionIfFull(IamClient iam, String arn) {
        List<PolicyVersion> versions;
        try {
            versions = iam.listPolicyVersionsPaginator(request -> request.policyArn(arn)).versions().stream()
                    .toList();
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:ListPolicyVersions " + arn, e);
        }
        if (versions.size() < MAX_VERSIONS) {
            return;
        }
        Optional<PolicyVersion> oldest = versions.stream()
                .filter(version -> !Boolean.TRUE.equals(version.isDefaultVersion()))
                .min(Comparator.comparing(PolicyVersion::createDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (oldest.isEmpty()) {
            return;
        }
        String versionId = oldest.get().versionId();
        try {
            iam.deletePolicyVersion(request -> request.policyArn(arn).versionId(versionId));
        } catch (NoSuchEntityException e) {
            // dropped by another run already
        } catch (SdkException e) {
            throw AwsErrors.translate("iam:DeletePolicyVersion " + arn + " " + versionId, e);
        }
    }

    private static boolean sameDocument(String current, String wanted) {
        try {
            return JSON.readTree(current).equals(JSON.readTree(wanted));
        } catch (JsonProcessingException e) {
            return current.equals(wanted);
        }
    }
}

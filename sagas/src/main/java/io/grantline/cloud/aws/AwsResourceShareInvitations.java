package io.grantline.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.cloud.ResourceShareInvitations;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** The RAM invitations the target account received for cross-account Lake Formation grants, through its pivot role. */
public class AwsResourceShareInvitations implements ResourceShareInvitations {

    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PENDING = "PENDING";
    // accepted meanwhile (by another run): what the acceptance was for is done
    private static final String ALREADY_ACCEPTED = "ResourceShareInvitationAlreadyAcceptedException";

    private final RamApi ram;

    public AwsResourceShareInvitations(AwsShareClients clients) {
        this.ram = new RamApi(clients);
    }

    @Override
    public int acceptPending(String accountId, String region, String senderAccountId) {
        List<String> pending = pending(accountId, region, senderAccountId);
        for (String invitationArn : pending) {
            accept(accountId, region, invitationArn);
        }
        return pending.size();
    }

    private List<String> pending(String accountId, String region, String senderAccountId) {
        List<String> arns = new ArrayList<>();
        String nextToken = null;
        do {
            ObjectNode request = JSON.createObjectNode().put("maxResults", PAGE_SIZE);
            if (nextToken != null) {
                request.put("nextToken", nextToken);
            }
            JsonNode page;
            try {
                page = ram.call(accountId, region, "/getresourceshareinvitations", request);
            } catch (SdkException e) {
                throw AwsErrors.translate("ram:GetResourceShareInvitations in " + accountId, e);
            }
            for (JsonNode invitation : page.path("resourceShareInvitations")) {
                if (PENDING.equals(invitation.path("status").asText())
                        && senderAccountId.equals(invitation.path("senderAccountId").asText())) {
                    arns.add(invitation.path("resourceShareInvitationArn").asText());
                }
            }
            nextToken = page.hasNonNull("nextToken") ? page.get("nextToken").asText() : null;
        } while (nextToken != null && !nextToken.isEmpty());
        return arns;
    }

    private void accept(String accountId, String region, String invitationArn) {
        try {
            ram.call(accountId, region, "/acceptresourceshareinvitation",
                    JSON.createObjectNode().put("resourceShareInvitationArn", invitationArn));
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() == null || !ALREADY_ACCEPTED.equals(e.awsErrorDetails().errorCode())) {
                throw AwsErrors.translate("ram:AcceptResourceShareInvitation " + invitationArn, e);
            }
        } catch (SdkException e) {
            throw AwsErrors.translate("ram:AcceptResourceShareInvitation " + invitationArn, e);
        }
    }
}

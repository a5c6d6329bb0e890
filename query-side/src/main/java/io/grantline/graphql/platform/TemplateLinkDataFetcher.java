package io.grantline.graphql.platform;

import static io.grantline.api.permission.ResourcePermissions.LINK_ENVIRONMENT;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.platform.PlatformQueries.FindTemplateLink;
import io.grantline.api.platform.PlatformQueries.PlatformTemplate;
import io.grantline.api.platform.PlatformQueries.TemplateLink;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Queries;

/**
 * Presigned links to the CloudFormation templates an account owner deploys before linking the account to an
 * organization: the pivot role and the CDK execution policy.
 */
@DgsComponent
public class TemplateLinkDataFetcher {

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Queries queries;

    public TemplateLinkDataFetcher(CurrentActor currentActor, Authorizer authorizer, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.queries = queries;
    }

    @DgsQuery
    public String getPivotRolePresignedUrl(@InputArgument String organizationUri) {
        return link("getPivotRolePresignedUrl", organizationUri, PlatformTemplate.PIVOT_ROLE);
    }

    @DgsQuery
    public String getCDKExecPolicyPresignedUrl(@InputArgument String organizationUri) {
        return link("getCDKExecPolicyPresignedUrl", organizationUri, PlatformTemplate.CDK_EXEC_POLICY);
    }

    private String link(String action, String organizationUri, PlatformTemplate template) {
        Actor actor = currentActor.get();
        if (organizationUri == null || organizationUri.isBlank()) {
            throw new RequiredParameter(action, "organizationUri");
        }
        authorizer.requireResource(actor, organizationUri.trim(), LINK_ENVIRONMENT);
        return queries.ask(new FindTemplateLink(template), TemplateLink.class).url();
    }
}

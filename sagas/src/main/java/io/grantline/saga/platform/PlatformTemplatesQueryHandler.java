package io.grantline.saga.platform;

import io.grantline.api.platform.PlatformQueries.FindTemplateLink;
import io.grantline.api.platform.PlatformQueries.TemplateLink;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.TemplateLinks;
import org.axonframework.queryhandling.QueryHandler;

/** Presigned links to the templates an account owner deploys before linking the account. */
public class PlatformTemplatesQueryHandler {

    /** The environments' default resource prefix (data.all's), which the templates default to as well. */
    static final String DEFAULT_RESOURCE_PREFIX = "dataall";

    private final TemplateLinks templateLinks;
    private final AccountAccess accountAccess;
    private final PivotRole pivotRole;

    public PlatformTemplatesQueryHandler(TemplateLinks templateLinks, AccountAccess accountAccess,
                                         PivotRole pivotRole) {
        this.templateLinks = templateLinks;
        this.accountAccess = accountAccess;
        this.pivotRole = pivotRole;
    }

    @QueryHandler
    TemplateLink handle(FindTemplateLink query) {
        PlatformTemplates.Values values = new PlatformTemplates.Values(accountAccess.trustAccount(),
                pivotRole.externalId(), pivotRole.roleName(), DEFAULT_RESOURCE_PREFIX);
        String content = PlatformTemplates.render(query.template(), values);
        return new TemplateLink(templateLinks.publish(PlatformTemplates.keyOf(query.template()), content));
    }
}

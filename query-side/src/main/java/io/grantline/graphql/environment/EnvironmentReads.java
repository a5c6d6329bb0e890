package io.grantline.graphql.environment;

import io.grantline.api.Actor;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.organization.OrganizationQueries.FindOrganizationGroup;
import io.grantline.api.organization.OrganizationQueries.OrganizationGroupView;
import io.grantline.graphql.support.Paging;
import io.grantline.graphql.support.Queries;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the environment operations read before and after they act. */
@Component
public class EnvironmentReads {

    private final Queries queries;

    public EnvironmentReads(Queries queries) {
        this.queries = queries;
    }

    public EnvironmentView view(String environmentUri) {
        EnvironmentView view = queries.ask(new FindEnvironment(environmentUri), EnvironmentView.class);
        if (view == null) {
            throw new ObjectNotFound("Environment", environmentUri);
        }
        return view;
    }

    public EnvironmentNode node(String environmentUri, Actor actor) {
        return EnvironmentNode.of(view(environmentUri), actor);
    }

    /** data.all lets only the organization's teams administer or join its environments. */
    public void requireOrganizationTeam(String organizationUri, String group, String action, String field) {
        if (queries.ask(new FindOrganizationGroup(organizationUri, group), OrganizationGroupView.class) == null) {
            throw new InvalidInput(action, field, "names " + group + ", which is not a team of the organization "
                    + organizationUri + "; invite it to the organization before giving it access to the environment");
        }
    }

    /** A resource URI argument, checked before any permission so that an empty one is named as such. */
    public static String requiredUri(String action, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequiredParameter(action, field);
        }
        return value.trim();
    }

    /** Paging with data.all's default page size for the listing when the filter gives none. */
    public static Paging paging(Map<String, Object> filter, int defaultPageSize) {
        Paging paging = Paging.of(filter);
        boolean sized = filter != null && filter.get("pageSize") instanceof Number n && n.intValue() > 0;
        return sized ? paging : new Paging(paging.page(), defaultPageSize, paging.term());
    }
}

package io.grantline.app.axon;

import io.grantline.command.lookup.EnvironmentLinks;
import io.grantline.command.lookup.JdbcEnvironmentLinks;
import io.grantline.command.organization.Organization;
import io.grantline.command.organization.OrganizationCommandHandler;
import io.grantline.projections.permission.ResourcePolicies;
import io.grantline.projections.support.ReadModel;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    @Autowired
    void registerProjectionProgress(EventProcessingConfigurer processing, ProjectionProgress progress) {
        processing.registerHandlerInterceptor(ReadModel.PROCESSING_GROUP,
                configuration -> new ProjectionProgressInterceptor(ReadModel.PROCESSING_GROUP, progress));
    }

    @Bean
    EnvironmentLinks environmentLinks(JdbcTemplate jdbc) {
        return new JdbcEnvironmentLinks(jdbc);
    }

    @Bean
    ResourcePolicies resourcePolicies(DSLContext db) {
        return new ResourcePolicies(db);
    }

    @Bean
    OrganizationCommandHandler organizationCommandHandler(
            @Qualifier("organizationRepository") Repository<Organization> organizations, EnvironmentLinks links) {
        return new OrganizationCommandHandler(organizations, links);
    }
}

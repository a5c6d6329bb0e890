package io.grantline.app.axon;

import io.grantline.command.environment.Environment;
import io.grantline.command.environment.EnvironmentCommandHandler;
import io.grantline.command.lookup.EnvironmentLinks;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The environment commands handled outside the aggregate, because they also keep the environment links. */
@Configuration(proxyBeanMethods = false)
public class EnvironmentWiring {

    @Bean
    EnvironmentCommandHandler environmentCommandHandler(
            @Qualifier("environmentRepository") Repository<Environment> environments, EnvironmentLinks links) {
        return new EnvironmentCommandHandler(environments, links);
    }
}

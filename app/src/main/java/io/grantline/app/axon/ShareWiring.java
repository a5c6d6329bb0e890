package io.grantline.app.axon;

import io.grantline.command.lookup.JdbcShareRequestLinks;
import io.grantline.command.lookup.ShareRequestLinks;
import io.grantline.command.share.ShareObject;
import io.grantline.command.share.ShareObjectCommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The share commands handled outside the aggregate, because they also keep the share request links. */
@Configuration(proxyBeanMethods = false)
public class ShareWiring {

    @Bean
    ShareRequestLinks shareRequestLinks(JdbcTemplate jdbc) {
        return new JdbcShareRequestLinks(jdbc);
    }

    @Bean
    ShareObjectCommandHandler shareObjectCommandHandler(
            @Qualifier("shareObjectRepository") Repository<ShareObject> shares, ShareRequestLinks links) {
        return new ShareObjectCommandHandler(shares, links);
    }
}

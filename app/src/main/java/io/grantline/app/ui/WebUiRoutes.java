package io.grantline.app.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web UI is one page that routes in the browser: a page's address opened directly (a bookmark, a reload, a link
 * in a notification) gets the same index.html, which then shows that page.
 */
@Configuration(proxyBeanMethods = false)
public class WebUiRoutes implements WebMvcConfigurer {

    /** The UI's top-level routes; API paths (/graphql, /search, /history, /auth, /local-cloud) are not among them. */
    public static final String[] PAGES = {"/sign-in", "/signed-in", "/organizations/**", "/environments/**",
        "/datasets/**", "/catalog/**", "/shares/**", "/glossaries/**", "/notifications/**", "/governance/**",
        "/operations/**", "/administration/**"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addViewController(page).setViewName("forward:/index.html");
        }
    }
}

package io.grantline.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "io.grantline")
public class GrantlineApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        // the update check calls a host outside the machine's network; Grantline never phones home
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(GrantlineApplication.class, args);
    }
}

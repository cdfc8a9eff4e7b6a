package com.example.boot;

import io.github.i3dsession.api.SessionClient;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Prints who the configured account is: the SessionClient comes from the i3d.session.* properties. */
@SpringBootApplication
public class WhoAmIApplication {

    public static void main(String[] args) {
        SpringApplication.run(WhoAmIApplication.class, args);
    }

    @Bean
    CommandLineRunner whoAmI(SessionClient client) {
        return args -> System.out.println("Logged in as " + client.getUser().userName());
    }
}

package org.careermatch.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The careermatch HTTP service: a thin Spring Boot adapter over the engine. */
@SpringBootApplication
public class CareerMatchApplication {

  public static void main(String[] args) {
    SpringApplication.run(CareerMatchApplication.class, args);
  }
}

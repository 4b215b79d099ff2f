package org.careermatch.api;

import org.careermatch.api.system.StartupPreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The careermatch HTTP service: a thin Spring Boot adapter over the engine. */
@SpringBootApplication
public class CareerMatchApplication {

  public static void main(String[] args) {
    application().run(args);
  }

  /**
   * The application as {@link #main} runs it: the data, the model and the engine load on background
   * threads while Spring builds its context ({@link StartupPreload}).
   */
  public static SpringApplication application() {
    SpringApplication app = new SpringApplication(CareerMatchApplication.class);
    app.addListeners(new StartupPreload.Starter());
    return app;
  }
}

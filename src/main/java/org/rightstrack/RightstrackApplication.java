package org.rightstrack;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class RightstrackApplication {

	/** First arguments that run a command-line task instead of the web server. */
	static final Set<String> COMMANDS = Set.of("import", "generate");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RightstrackApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			ConfigurableApplicationContext context = application.run(args);
			System.exit(SpringApplication.exit(context));
		}
		application.run(args);
	}

}

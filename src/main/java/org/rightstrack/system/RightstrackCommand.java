package org.rightstrack.system;

import java.util.List;

/**
 * A command-line task run instead of the web server, as
 * {@code java -jar rightstrack.jar NAME [options] [files]} or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="NAME ..."}. It uses the same database
 * configuration as the server (the embedded database by default).
 */
public interface RightstrackCommand {

	/** The first command-line argument that selects this command, such as {@code import}. */
	String name();

	/**
	 * Runs the command with the arguments that follow its name and returns the process exit code.
	 */
	int run(List<String> arguments);

}

package org.rightstrack.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the {@link RightstrackCommand} named by the first command-line argument, if any. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<RightstrackCommand> commands;

	private int exitCode;

	CommandRunner(List<RightstrackCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String[] args = arguments.getSourceArgs();
		if (args.length == 0 || !isCommand(args[0], commands.stream().map(RightstrackCommand::name).toList())) {
			return;
		}
		RightstrackCommand command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst().orElseThrow();
		exitCode = command.run(List.copyOf(Arrays.asList(args).subList(1, args.length)));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	static boolean isCommand(String argument, List<String> names) {
		return names.contains(argument);
	}

}

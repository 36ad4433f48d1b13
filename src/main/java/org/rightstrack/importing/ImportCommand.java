package org.rightstrack.importing;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rightstrack.system.RightstrackCommand;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code import --format=upr-info|uhri-json|uhri-xlsx|untc|treaty-status|rightstrack [--dry-run]
 * [--encoding=UTF-8|windows-1252|x-MacRoman] [--line-ending=LF|CRLF|CR] FILE...}: prints the report;
 * exits 0 on success, 1 when rows were rejected or the import failed, 2 on a usage error.
 */
@Component
class ImportCommand implements RightstrackCommand {

	private final ImportService imports;

	private final MessageSource messages;

	private final PrintStream out;

	ImportCommand(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
		this.out = System.out;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(List<String> arguments) {
		ImportFormat format = null;
		boolean dryRun = false;
		Charset encoding = null;
		LineEnding lineEnding = null;
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			if (argument.startsWith("--format=")) {
				format = ImportFormat.fromOption(argument.substring(9)).orElse(null);
				if (format == null) {
					return usage("import.usage.format", argument.substring(9));
				}
			}
			else if (argument.equals("--dry-run")) {
				dryRun = true;
			}
			else if (argument.startsWith("--encoding=")) {
				try {
					encoding = Charset.forName(argument.substring(11).equalsIgnoreCase("macroman") ? "x-MacRoman"
							: argument.substring(11));
				}
				catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
					return usage("import.usage.encoding", argument.substring(11));
				}
			}
			else if (argument.startsWith("--line-ending=")) {
				lineEnding = LineEnding.fromOption(argument.substring(14)).orElse(null);
				if (lineEnding == null) {
					return usage("import.usage.lineEnding", argument.substring(14));
				}
			}
			else if (argument.startsWith("--") && argument.contains("=") && argument.substring(0, argument.indexOf('=')).contains(".")) {
				continue; // a Spring property such as --spring.datasource.url=..., already applied
			}
			else if (argument.startsWith("--")) {
				return usage("import.usage.option", argument);
			}
			else {
				Path file = Path.of(argument);
				if (!Files.isRegularFile(file)) {
					return usage("import.usage.noFile", argument);
				}
				files.add(file);
			}
		}
		if (format == null || files.isEmpty()) {
			return usage("import.usage", "");
		}
		ImportService.Result result = imports.run(new ImportOptions(format, dryRun, encoding, lineEnding, null), files,
				Locale.ENGLISH);
		out.print(result.report().toText());
		out.flush();
		return result.succeeded() ? 0 : 1;
	}

	private int usage(String code, String value) {
		System.err.println(messages.getMessage(code, new Object[] { value }, code, Locale.ENGLISH));
		System.err.println(messages.getMessage("import.usage", new Object[0], "import.usage", Locale.ENGLISH));
		return 2;
	}

}

package org.rightstrack.generator;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rightstrack.system.RightstrackCommand;

import org.springframework.stereotype.Component;

/**
 * {@code generate --recommendations=N [--seed=S] [--indexes=auto|keep|rebuild]}: adds N synthetic
 * recommendations (with their documents, links, follow-up actions and assessments) to the database,
 * for benchmarks. Exits 0 on success, 1 on failure, 2 on a usage error.
 */
@Component
class GenerateCommand implements RightstrackCommand {

	static final String USAGE = "Usage: generate --recommendations=N [--seed=S] [--indexes=auto|keep|rebuild]";

	private final SyntheticData generator;

	private final PrintStream out = System.out;

	GenerateCommand(SyntheticData generator) {
		this.generator = generator;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public int run(List<String> arguments) {
		Integer recommendations = null;
		long seed = 1;
		GenerationOptions.IndexMode indexes = GenerationOptions.IndexMode.AUTO;
		try {
			for (String argument : arguments) {
				if (argument.startsWith("--recommendations=")) {
					recommendations = Integer.valueOf(argument.substring(18).replace("_", ""));
				}
				else if (argument.startsWith("--seed=")) {
					seed = Long.parseLong(argument.substring(7));
				}
				else if (argument.startsWith("--indexes=")) {
					indexes = GenerationOptions.IndexMode.valueOf(argument.substring(10).toUpperCase(Locale.ROOT));
				}
				else if (argument.startsWith("--") && argument.contains("=")
						&& argument.substring(0, argument.indexOf('=')).contains(".")) {
					continue; // a Spring property such as --spring.datasource.url=..., already applied
				}
				else {
					return usage("Unknown argument: " + argument);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return usage("Invalid value: " + ex.getMessage());
		}
		if (recommendations == null || recommendations < 1) {
			return usage("--recommendations must be a positive number");
		}
		try {
			GenerationResult result = generator.generate(new GenerationOptions(recommendations, seed, indexes));
			print(result);
			return 0;
		}
		catch (RuntimeException ex) {
			System.err.println("Generation failed, nothing was written: " + ex.getMessage());
			return 1;
		}
	}

	private void print(GenerationResult r) {
		out.printf(Locale.ROOT, "Generated (seed %d): recommendations %d (ids %d-%d, external_id gen:<id>)%n", r.seed(),
				r.recommendations(), r.firstRecommendationId(), r.lastRecommendationId());
		out.printf(Locale.ROOT, "  documents %d, theme links %d, affected-group links %d, SDG links %d, recommending states %d%n",
				r.documents(), r.themeLinks(), r.affectedGroupLinks(), r.sdgLinks(), r.recommendingStates());
		out.printf(Locale.ROOT, "  follow-up actions %d (linked to %d recommendations, %d evidence links), assessments %d%n",
				r.followUpActions(), r.followUpLinks(), r.evidence(), r.assessments());
		out.printf(Locale.ROOT, "  indexes and foreign keys %s%n", r.indexesRebuilt() ? "dropped and restored after the load" : "kept");
		StringBuilder timings = new StringBuilder("  time (ms):");
		for (Map.Entry<String, Long> entry : r.timings().entrySet()) {
			timings.append(' ').append(entry.getKey()).append('=').append(entry.getValue());
		}
		out.println(timings);
		out.flush();
	}

	private static int usage(String message) {
		System.err.println(message);
		System.err.println(USAGE);
		return 2;
	}

}

package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightstrack.country.CountryNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: reads every file into resolved rows (rejections, duplicates and unmapped values
 * go into the report), then merges the rows in one transaction that is committed only for a real
 * run without rejections; a dry run or a rejected import rolls back, so nothing is ever half
 * written and the counts of a dry run are exactly those of the real run.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/** The outcome of one import: its job id, final status and report. */
	public record Result(long jobId, String status, ImportReport report) {

		public boolean succeeded() {
			return "SUCCEEDED".equals(status);
		}

	}

	private final Map<ImportFormat, FormatReader> readers;

	private final ImportJobs jobs;

	private final CountryNames countryNames;

	private final JdbcClient jdbc;

	private final RecommendationLoader recommendations;

	private final RatificationLoader ratifications;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

	ImportService(List<FormatReader> readers, ImportJobs jobs, CountryNames countryNames, JdbcClient jdbc,
			RecommendationLoader recommendations, RatificationLoader ratifications, TransactionTemplate transactions,
			MessageSource messages) {
		this.readers = readers.stream().collect(Collectors.toMap(FormatReader::format, Function.identity()));
		this.jobs = jobs;
		this.countryNames = countryNames;
		this.jdbc = jdbc;
		this.recommendations = recommendations;
		this.ratifications = ratifications;
		this.transactions = transactions;
		this.messages = messages;
	}

	/** Runs the import now; progress goes to the log every few seconds. */
	public Result run(ImportOptions options, List<Path> files, Locale locale) {
		return run(options, files, locale, jobs.start(options, names(files)), p -> log.info("Import {}", p));
	}

	/** Starts the import in the background and returns its job id at once, for the API to poll. */
	public long submit(ImportOptions options, List<Path> files, Locale locale) {
		long id = jobs.start(options, names(files));
		background.submit(() -> run(options, files, locale, id, p -> log.info("Import {} {}", id, p)));
		return id;
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map(f -> f.getFileName().toString()).toList();
	}

	private Result run(ImportOptions options, List<Path> files, Locale locale, long jobId, Consumer<ImportProgress> listener) {
		ImportReport report = new ImportReport(options.format(), options.dryRun(),
				(code, args) -> messages.getMessage(code, args, code, locale));
		ImportProgress progress = new ImportProgress(listener);
		jobs.track(jobId, progress);
		String status;
		try {
			ImportContext context = new ImportContext(options, report, progress, new Vocabulary(countryNames, jdbc));
			FormatReader reader = readers.get(options.format());
			if (files.isEmpty()) {
				report.reject("-", 0, null, null, "import.noFiles");
			}
			for (Path file : files) {
				String name = file.getFileName().toString();
				try {
					reader.read(file, context);
				}
				catch (ImportException ex) {
					report.reject(name, ex.line(), null, null, ex.code(), ex.arguments());
				}
				catch (IOException | RuntimeException ex) {
					log.debug("Cannot read {}", file, ex);
					report.reject(name, 0, null, null, "import.file.unreadable", String.valueOf(ex.getMessage()));
				}
			}
			log.debug("Read {} rows in {} ms", report.getRowsRead(), java.time.Duration.between(progress.started(), java.time.Instant.now()).toMillis());
			boolean write = !options.dryRun() && !report.hasRejections();
			transactions.executeWithoutResult(tx -> {
				try {
					if (!context.recommendations.isEmpty()) {
						recommendations.load(context.recommendations, report, progress);
					}
					if (!context.ratifications.isEmpty()) {
						ratifications.load(context.ratifications, report, progress);
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				if (!write) {
					tx.setRollbackOnly();
				}
			});
			if (report.hasRejections()) {
				status = "REJECTED";
				report.outcome("import.outcome.rejected", report.getRejected());
			}
			else {
				status = "SUCCEEDED";
				report.outcome(options.dryRun() ? "import.outcome.dryRun" : "import.outcome.done");
			}
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", jobId, ex);
			status = "FAILED";
			report.outcome("import.outcome.failed", rootMessage(ex));
		}
		report.durationMillis(java.time.Duration.between(progress.started(), java.time.Instant.now()).toMillis());
		progress.phase("finished");
		jobs.finish(jobId, status, report, progress);
		return new Result(jobId, status, report);
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return String.valueOf(t.getMessage());
	}

}

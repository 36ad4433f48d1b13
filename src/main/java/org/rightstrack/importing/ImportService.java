package org.rightstrack.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightstrack.country.CountryNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/**
	 * The key of the PostgreSQL advisory lock a real import holds while it writes, so that only one
	 * import writes at a time, from the web or from the command line.
	 */
	public static final long WRITE_LOCK = 0x52_54_49_4D_50_4F_52_54L; // "RTIMPORT"

	/** Dry runs write nothing and run at once. */
	private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

	/** The queue of real imports: one at a time, in the order they were confirmed. */
	private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("import-writer").factory());

	private final ImportUploads uploads;

	ImportService(List<FormatReader> readers, ImportJobs jobs, CountryNames countryNames, JdbcClient jdbc,
			RecommendationLoader recommendations, RatificationLoader ratifications, TransactionTemplate transactions,
			MessageSource messages, ImportUploads uploads) {
		this.uploads = uploads;
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
		return submit(options, files, locale, null);
	}

	/**
	 * Starts the import in the background and returns its job id at once: a dry run starts now, a real
	 * run joins the queue of imports that write. The files are kept until a real run has written them.
	 *
	 * @param sourceJobId the earlier job (a dry run) this one confirms or repeats, or {@code null}
	 */
	public synchronized long submit(ImportOptions options, List<Path> files, Locale locale, Long sourceJobId) {
		if (options.dryRun()) {
			long id = jobs.insert(options, names(files), files, sourceJobId, "RUNNING");
			background.submit(() -> runLogged(options, files, locale, id));
			return id;
		}
		long id = jobs.insert(options, names(files), files, sourceJobId, "QUEUED");
		writer.submit(() -> {
			if (jobs.begin(id)) {
				runLogged(options, files, locale, id);
			}
		});
		return id;
	}

	/**
	 * Runs a job's files again with its options: as a dry run (after an alias was added) or for real
	 * (the curator confirmed the dry run). Confirming twice returns the import already confirmed. Empty
	 * when the job kept no files or they are gone (the import that wrote them has succeeded).
	 */
	public Optional<Long> runAgain(long jobId, boolean dryRun, String createdBy, Long createdByAccountId, Locale locale) {
		if (!dryRun) {
			Optional<Long> confirmed = jobs.confirmation(jobId);
			if (confirmed.isPresent()) {
				return confirmed;
			}
		}
		return jobs.stored(jobId).filter(s -> s.files().stream().allMatch(Files::isRegularFile)).map(s -> {
			ImportOptions options = new ImportOptions(s.format(), dryRun, s.encoding() == null ? null : Charset.forName(s.encoding()),
					s.lineEnding() == null ? null : LineEnding.valueOf(s.lineEnding()), createdBy, createdByAccountId);
			return submit(options, s.files(), locale, jobId);
		});
	}

	/** The real run that confirmed this dry run, if it has not failed or been cancelled. */
	public Optional<Long> confirmation(long dryRunId) {
		return jobs.confirmation(dryRunId);
	}

	/** Asks an import to stop; its transaction rolls back. False when it had already finished. */
	public boolean cancel(long jobId) {
		return jobs.cancel(jobId);
	}

	public Optional<ImportJob> job(long jobId) {
		return jobs.find(jobId);
	}

	/** Every import, newest first, without the reports. */
	public Page<ImportJob> jobs(Pageable pageable) {
		return jobs.recent(pageable);
	}

	/** Imports the web was running when the application last stopped: marked failed (nothing of them was committed). */
	public int failInterrupted(Locale locale) {
		return jobs.failInterrupted(messages.getMessage("import.outcome.interrupted", null, "interrupted", locale));
	}

	/** Deletes uploads kept longer than {@code rightstrack.imports.keep-uploads} that no running import needs. */
	public int discardOldUploads() {
		return uploads.discardOld(jobs.filesInUse());
	}

	private void runLogged(ImportOptions options, List<Path> files, Locale locale, long id) {
		try {
			Result result = run(options, files, locale, id, p -> log.info("Import {} {}", id, p));
			if (result.succeeded() && !options.dryRun()) {
				uploads.discard(files);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import {} could not be recorded", id, ex);
		}
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
			if (jobs.cancelRequested(jobId)) {
				progress.cancel();
			}
			ImportContext context = new ImportContext(options, report, progress, new Vocabulary(countryNames, jdbc));
			FormatReader reader = readers.get(options.format());
			if (files.isEmpty()) {
				report.reject("-", 0, null, null, "import.noFiles");
			}
			progress.bytesTotal(files.stream().mapToLong(ImportService::size).sum());
			for (Path file : files) {
				String name = file.getFileName().toString();
				try {
					progress.fileStarted(size(file));
					reader.read(file, context);
				}
				catch (ImportCancelledException ex) {
					throw ex;
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
				if (write) {
					waitForTurn(progress);
				}
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
				// A cancellation that came while the last statements ran still rolls everything back.
				progress.checkCancelled();
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
		catch (ImportCancelledException ex) {
			log.info("Import {} cancelled", jobId);
			status = "CANCELLED";
			report.outcome("import.outcome.cancelled");
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

	/** Takes the write lock, waiting (and still cancellable) while another import writes. */
	private void waitForTurn(ImportProgress progress) {
		while (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(WRITE_LOCK).query(Boolean.class).single()) {
			progress.phase("waiting");
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ImportCancelledException();
			}
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return String.valueOf(t.getMessage());
	}

}

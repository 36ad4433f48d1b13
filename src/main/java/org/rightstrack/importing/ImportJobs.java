package org.rightstrack.importing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} table: one row per import, written outside the import's own transaction
 * (so a rolled-back import still leaves its record), plus the live progress of running imports.
 */
@Component
class ImportJobs {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final String COLUMNS = """
			id, format, file_names, dry_run, created_by, created_by_account_id,
			(SELECT a.name FROM account a WHERE a.id = j.created_by_account_id) AS created_by_name, created_at, started_at, finished_at, status, rows_total, rows_done,
			created_count, updated_count, unchanged_count, rejected_count, encoding, line_ending, encoding_option,
			line_ending_option, source_job_id, cancel_requested,
			CASE WHEN status = 'QUEUED' THEN (SELECT count(*) FROM import_job q WHERE q.status = 'QUEUED' AND q.id <= j.id)
			END AS queue_position
			""";

	/** What a queued or stored import needs to run again: its files and options. */
	record Stored(ImportFormat format, List<Path> files, String encoding, String lineEnding) {
	}

	private final JdbcClient jdbc;

	private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job that runs at once (command line, dry runs). */
	long start(ImportOptions options, List<String> fileNames) {
		return insert(options, fileNames, null, null, "RUNNING");
	}

	/** A job whose files are kept on disk, so that it can be queued, confirmed and run again. */
	long insert(ImportOptions options, List<String> fileNames, List<Path> storedFiles, Long sourceJobId, String status) {
		return jdbc.sql("""
				INSERT INTO import_job (format, file_names, dry_run, created_by, created_by_account_id, status, stored_files,
				  encoding_option, line_ending_option, source_job_id, started_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? = 'RUNNING' THEN now() END) RETURNING id
				""").params(options.format().name(), String.join("\n", fileNames), options.dryRun(), shorten(options.createdBy(), 200),
				options.createdByAccountId(),
				status, storedFiles == null ? null : String.join("\n", storedFiles.stream().map(Path::toString).toList()),
				options.encoding() == null ? null : options.encoding().name(),
				options.lineEnding() == null ? null : options.lineEnding().name(), sourceJobId, status)
			.query(Long.class)
			.single();
	}

	/** Leaves the queue: false when the job was cancelled while it waited. */
	boolean begin(long id) {
		return jdbc.sql("UPDATE import_job SET status = 'RUNNING', started_at = now() WHERE id = ? AND status = 'QUEUED'")
			.param(id)
			.update() == 1;
	}

	void track(long id, ImportProgress progress) {
		running.put(id, progress);
	}

	/**
	 * Asks a job to stop: a queued job is cancelled at once, a running one at its next row or step (its
	 * transaction rolls back). False when the job has already finished.
	 */
	boolean cancel(long id) {
		int queued = jdbc.sql("""
				UPDATE import_job SET status = 'CANCELLED', cancel_requested = true, finished_at = now()
				WHERE id = ? AND status = 'QUEUED'
				""").param(id).update();
		if (queued == 1) {
			return true;
		}
		int runningJob = jdbc.sql("UPDATE import_job SET cancel_requested = true WHERE id = ? AND status = 'RUNNING'")
			.param(id)
			.update();
		ImportProgress live = running.get(id);
		if (live != null) {
			live.cancel();
		}
		return runningJob == 1;
	}

	boolean cancelRequested(long id) {
		return jdbc.sql("SELECT cancel_requested FROM import_job WHERE id = ?").param(id).query(Boolean.class).optional()
			.orElse(false);
	}

	void finish(long id, String status, ImportReport report, ImportProgress progress) {
		running.remove(id);
		String encoding = report.getFiles().stream().map(ImportReport.FileSummary::encoding).distinct()
			.reduce((a, b) -> a + ", " + b).orElse(null);
		String lineEnding = report.getFiles().stream().map(ImportReport.FileSummary::lineEnding).distinct()
			.reduce((a, b) -> a + ", " + b).orElse(null);
		jdbc.sql("""
				UPDATE import_job SET status = ?, finished_at = now(), rows_total = ?, rows_done = ?, created_count = ?,
				  updated_count = ?, unchanged_count = ?, rejected_count = ?, encoding = ?, line_ending = ?, report = ?::jsonb
				WHERE id = ?
				""").params(status, progress.rowsTotal(), progress.rowsDone(), report.getCreated(), report.getUpdated(),
				report.getUnchanged(), report.getRejected(), shorten(encoding, 40), shorten(lineEnding, 10),
				JSON.writeValueAsString(report), id)
			.update();
	}

	/**
	 * Jobs of the web that were queued or running when the application stopped: nothing of them was
	 * committed, so they are marked failed and can be run again from their page.
	 */
	int failInterrupted(String reason) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'FAILED', finished_at = now(),
				  report = jsonb_build_object('outcome', ?::text, 'dryRun', dry_run)
				WHERE status IN ('QUEUED', 'RUNNING') AND stored_files IS NOT NULL
				""").param(reason).update();
	}

	private static String shorten(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	Optional<Stored> stored(long id) {
		return jdbc.sql("SELECT format, stored_files, encoding_option, line_ending_option FROM import_job WHERE id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(2) == null ? null
					: new Stored(ImportFormat.valueOf(rs.getString(1)),
							Arrays.stream(rs.getString(2).split("\n")).map(Path::of).toList(), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** The files of the imports still queued or running. */
	Set<Path> filesInUse() {
		Set<Path> files = new HashSet<>();
		jdbc.sql("SELECT stored_files FROM import_job WHERE status IN ('QUEUED', 'RUNNING') AND stored_files IS NOT NULL")
			.query((rs, n) -> rs.getString(1))
			.list()
			.forEach(list -> Arrays.stream(list.split("\n")).map(Path::of).forEach(files::add));
		return files;
	}

	/** The import that confirmed a dry run and has not failed or been cancelled, if any. */
	Optional<Long> confirmation(long dryRunId) {
		return jdbc.sql("""
				SELECT max(id) FROM import_job
				WHERE source_job_id = ? AND NOT dry_run AND status IN ('QUEUED', 'RUNNING', 'SUCCEEDED')
				""").param(dryRunId).query(Long.class).optional();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + ", report::text FROM import_job j WHERE id = ?")
			.param(id)
			.query((rs, n) -> view(rs, rs.getString("report")))
			.optional();
	}

	/** The imports, newest first, without their reports. */
	Page<ImportJob> recent(Pageable pageable) {
		List<ImportJob> jobs = jdbc.sql("SELECT " + COLUMNS + " FROM import_job j ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query((rs, n) -> view(rs, null))
			.list();
		long total = jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();
		return new PageImpl<>(jobs, pageable, total);
	}

	private ImportJob view(ResultSet rs, String report) throws SQLException {
		long id = rs.getLong("id");
		ImportProgress live = running.get(id);
		String status = rs.getString("status");
		boolean isRunning = live != null && "RUNNING".equals(status);
		ImportFormat format = ImportFormat.valueOf(rs.getString("format"));
		int done = isRunning ? live.rowsDone() : rs.getInt("rows_done");
		int total = isRunning ? live.rowsTotal() : rs.getInt("rows_total");
		String phase = switch (status) {
			case "QUEUED" -> "queued";
			case "RUNNING" -> isRunning ? live.phase() : "reading";
			default -> "finished";
		};
		int percent = isRunning ? live.percent() : "SUCCEEDED".equals(status) || "REJECTED".equals(status) ? 100 : 0;
		long position = rs.getLong("queue_position");
		Integer queuePosition = rs.wasNull() ? null : (int) position;
		return new ImportJob(id, format.option(), List.of(rs.getString("file_names").split("\n")), rs.getBoolean("dry_run"),
				rs.getString("created_by"), (Long) rs.getObject("created_by_account_id"), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class), status,
				phase, done, total, percent, isRunning ? live.rowsPerSecond() : 0,
				isRunning ? live.etaSeconds() : (phase.equals("finished") ? Long.valueOf(0) : null),
				queuePosition, rs.getBoolean("cancel_requested"), (Long) rs.getObject("source_job_id"),
				rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
				rs.getInt("rejected_count"), rs.getString("encoding"), rs.getString("line_ending"),
				rs.getString("encoding_option"), rs.getString("line_ending_option"),
				report == null ? null : JSON.readValue(report, ImportReport.Summary.class));
	}

}

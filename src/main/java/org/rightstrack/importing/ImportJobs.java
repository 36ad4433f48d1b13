package org.rightstrack.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} table: one row per import, written outside the import's own transaction
 * (so a rolled-back import still leaves its record), plus the live progress of running imports.
 */
@Component
class ImportJobs {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the API returns for one import. */
	record JobView(long id, String format, List<String> fileNames, boolean dryRun, String createdBy,
			OffsetDateTime createdAt, OffsetDateTime finishedAt, String status, String phase, int rowsDone, int rowsTotal,
			double rowsPerSecond, Long etaSeconds, int created, int updated, int unchanged, int rejected, String encoding,
			String lineEnding, JsonNode report) {
	}

	private final JdbcClient jdbc;

	private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long start(ImportOptions options, List<String> fileNames) {
		return jdbc.sql("""
				INSERT INTO import_job (format, file_names, dry_run, created_by, status)
				VALUES (?, ?, ?, ?, 'RUNNING') RETURNING id
				""").params(options.format().name(), String.join("\n", fileNames), options.dryRun(), options.createdBy())
			.query(Long.class)
			.single();
	}

	void track(long id, ImportProgress progress) {
		running.put(id, progress);
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

	private static String shorten(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	Optional<JobView> find(long id) {
		ImportProgress live = running.get(id);
		return jdbc.sql("""
				SELECT id, format, file_names, dry_run, created_by, created_at, finished_at, status, rows_total, rows_done,
				       created_count, updated_count, unchanged_count, rejected_count, encoding, line_ending, report::text
				FROM import_job WHERE id = ?
				""").param(id).query((rs, n) -> {
			ImportFormat format = ImportFormat.valueOf(rs.getString("format"));
			String report = rs.getString(17);
			boolean isRunning = live != null;
			int done = isRunning ? live.rowsDone() : rs.getInt("rows_done");
			int total = isRunning ? live.rowsTotal() : rs.getInt("rows_total");
			return new JobView(rs.getLong("id"), format.option(), List.of(rs.getString("file_names").split("\n")),
					rs.getBoolean("dry_run"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class), rs.getString("status"),
					isRunning ? live.phase() : "finished", done, total, isRunning ? live.rowsPerSecond() : 0,
					isRunning ? live.etaSeconds() : Long.valueOf(0), rs.getInt("created_count"), rs.getInt("updated_count"),
					rs.getInt("unchanged_count"), rs.getInt("rejected_count"), rs.getString("encoding"),
					rs.getString("line_ending"), report == null ? null : JSON.readTree(report));
		}).optional();
	}

}

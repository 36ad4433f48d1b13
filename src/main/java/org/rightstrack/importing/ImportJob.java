package org.rightstrack.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One import as the API and the import pages show it: who started what, when, its status (queued
 * with its position, running with its progress, or finished with its report).
 *
 * @param format the format option, such as {@code upr-info}
 * @param createdBy who started it: an account's e-mail, or {@code command line}
 * @param createdByName the name of that account, if an account started it
 * @param queuePosition for a queued import, how many imports (itself included) will write before it
 * @param percent how far it is, 0 to 100
 * @param sourceJobId the dry run this import confirms or re-runs
 */
public record ImportJob(long id, String format, List<String> fileNames, boolean dryRun, String createdBy,
		Long createdByAccountId, String createdByName, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, String phase,
		int rowsDone, int rowsTotal, int percent, double rowsPerSecond, Long etaSeconds, Integer queuePosition,
		boolean cancelRequested, Long sourceJobId, int created, int updated, int unchanged, int rejected, String encoding,
		String lineEnding, String encodingOption, String lineEndingOption, ImportReport.Summary report) {

	public boolean queued() {
		return "QUEUED".equals(status);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}

	public boolean finished() {
		return !queued() && !running();
	}

	public boolean succeeded() {
		return "SUCCEEDED".equals(status);
	}

	public ImportFormat importFormat() {
		return ImportFormat.fromOption(format).orElseThrow();
	}

}

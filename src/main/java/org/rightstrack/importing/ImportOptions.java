package org.rightstrack.importing;

import java.nio.charset.Charset;

/**
 * How to run one import: the format, whether to write anything, and the encoding and line ending
 * to use instead of detecting them ({@code null} = detect), and who started it (a name or e-mail, and
 * the account id when an account did).
 */
public record ImportOptions(ImportFormat format, boolean dryRun, Charset encoding, LineEnding lineEnding, String createdBy,
		Long createdByAccountId) {

	public ImportOptions {
		createdBy = (createdBy == null || createdBy.isBlank()) ? "command line" : createdBy;
	}

	/** Options of an import that no account started (the command line). */
	public ImportOptions(ImportFormat format, boolean dryRun, Charset encoding, LineEnding lineEnding, String createdBy) {
		this(format, dryRun, encoding, lineEnding, createdBy, null);
	}

	public static ImportOptions of(ImportFormat format, boolean dryRun) {
		return new ImportOptions(format, dryRun, null, null, null);
	}

}

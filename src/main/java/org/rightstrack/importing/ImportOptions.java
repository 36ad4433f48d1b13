package org.rightstrack.importing;

import java.nio.charset.Charset;

/**
 * How to run one import: the format, whether to write anything, and the encoding and line ending
 * to use instead of detecting them ({@code null} = detect).
 */
public record ImportOptions(ImportFormat format, boolean dryRun, Charset encoding, LineEnding lineEnding, String createdBy) {

	public ImportOptions {
		createdBy = (createdBy == null || createdBy.isBlank()) ? "command line" : createdBy;
	}

	public static ImportOptions of(ImportFormat format, boolean dryRun) {
		return new ImportOptions(format, dryRun, null, null, null);
	}

}

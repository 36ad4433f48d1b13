package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one file of a format into resolved rows in the {@link ImportContext}; rows that cannot be
 * imported are rejections in the report, a file that cannot be read at all an {@link ImportException}.
 */
interface FormatReader {

	ImportFormat format();

	void read(Path file, ImportContext context) throws IOException;

}

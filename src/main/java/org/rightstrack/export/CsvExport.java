package org.rightstrack.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rightstrack.recommendation.RightstrackCsv;

/**
 * Writes rows as the Rightstrack CSV: UTF-8 with a byte-order mark (so that Excel reads the
 * accents), RFC 4180 quoting and CRLF line ends, header {@link RightstrackCsv#COLUMNS}.
 */
final class CsvExport implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final CSVPrinter printer;

	CsvExport(OutputStream out) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(RightstrackCsv.COLUMNS);
	}

	void write(ExportRow row) {
		try {
			printer.printRecord(row.cells());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}

}

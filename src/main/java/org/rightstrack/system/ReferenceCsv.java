package org.rightstrack.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** One CSV file of reference or demo data, read whole (these files are small) with its checksum. */
record ReferenceCsv(String name, List<CSVRecord> records, String checksum) {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	static ReferenceCsv read(String path) {
		Resource resource = new ClassPathResource(path);
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
				return new ReferenceCsv(path, parser.getRecords(), checksum);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean exists(String path) {
		return new ClassPathResource(path).exists();
	}

	/** The value of a column, or null for an empty cell. */
	static String value(CSVRecord record, String column) {
		if (!record.isMapped(column)) {
			throw new IllegalStateException("Missing column '" + column + "'");
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String required(ReferenceCsv csv, CSVRecord record, String column) {
		String value = value(record, column);
		if (value == null) {
			throw new IllegalStateException(csv.name() + " line " + record.getRecordNumber() + ": '" + column + "' is empty");
		}
		return value;
	}

}

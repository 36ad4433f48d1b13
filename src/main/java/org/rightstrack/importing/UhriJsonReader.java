package org.rightstrack.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The UHRI JSON export ({@code export-full-en.json}, ~360 MB): an array of annotation records, read
 * one record at a time with Jackson's streaming parser so the file is never held in memory.
 */
@Component
class UhriJsonReader implements FormatReader {

	/** Reads one record at a time: the rest of the array after a record is not an error. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@Override
	public ImportFormat format() {
		return ImportFormat.UHRI_JSON;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		long size = Files.size(file);
		if (size == 0) {
			throw new ImportException("import.file.empty");
		}
		byte[] head = new byte[(int) Math.min(size, 4096)];
		try (InputStream in = Files.newInputStream(file)) {
			in.readNBytes(head, 0, head.length);
		}
		if (DecodedText.looksBinary(head)) {
			throw new ImportException("import.file.binary");
		}
		int records = 0;
		int position = 1;
		try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
				JsonParser parser = context.options.encoding() != null
						? JSON.createParser(new InputStreamReader(in, context.options.encoding()))
						: JSON.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new ImportException("import.file.empty");
			}
			if (first != JsonToken.START_ARRAY) {
				throw new ImportException("import.uhri.notArray");
			}
			try {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					records++;
					position = records;
					JsonNode node = JSON.readTree(parser);
					context.report.rowRead();
					context.progress.row((double) in.count / size);
					UhriRecord record = new UhriRecord(text(node, "AnnotationId"), text(node, "AnnotationType"),
							text(node, "Body"), list(node, "Countries"), list(node, "Themes"), list(node, "AffectedPersons"),
							list(node, "Sdgs"), text(node, "Symbol"), text(node, "PublicationDate"),
							text(node, "Text"), text(node, "UprCycle"), list(node, "UprPositions"),
							list(node, "UprRecommendingCountry"), list(node, "UprSession"));
					RecommendationRow row = record.toRow(name, records, context);
					if (row != null) {
						context.recommendations.add(row);
					}
					position = records + 1;
				}
				if (parser.currentToken() != JsonToken.END_ARRAY) {
					throw new ImportException(records + 1, "import.uhri.notArray");
				}
			}
			catch (JacksonException ex) {
				throw new ImportException(position, "import.uhri.brokenJson", position, ex.getOriginalMessage());
			}
		}
		catch (JacksonException ex) {
			throw new ImportException(1, "import.uhri.brokenJson", 1, ex.getOriginalMessage());
		}
		context.report.file(name, context.options.encoding() != null ? context.options.encoding().name() + " (option)"
				: "UTF-8 (JSON)", null, records);
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	static List<String> list(JsonNode node, String field) {
		JsonNode value = node.get(field);
		List<String> values = new ArrayList<>();
		if (value == null || value.isNull()) {
			return values;
		}
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (!item.isNull() && !item.asString().isBlank()) {
					values.add(item.asString().strip());
				}
			}
		}
		else if (!value.asString().isBlank()) {
			values.add(value.asString().strip());
		}
		return values;
	}

	/** Counts the bytes the parser has consumed, for the progress estimate. */
	private static final class CountingInputStream extends FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

	}

}

package org.rightstrack.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.stereotype.Component;

/**
 * The UHRI XLSX export, read row by row with excel-streaming-reader. Multi-valued cells hold one
 * value a line, each prefixed {@code "- "}; the publication date is an Excel serial day number. The
 * export misspells "Reccomending"; the corrected spelling is accepted too.
 */
@Component
class UhriXlsxReader implements FormatReader {

	@Override
	public ImportFormat format() {
		return ImportFormat.UHRI_XLSX;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		if (Files.size(file) == 0) {
			throw new ImportException("import.file.empty");
		}
		int rows = 0;
		try (InputStream in = Files.newInputStream(file);
				Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = null;
			for (Row row : sheet) {
				if (columns == null) {
					columns = header(row);
					for (String required : List.of("Text", "Countries Concerned", "OHCHR Annotation Id")) {
						if (!columns.containsKey(CsvRows.key(required))) {
							throw new ImportException(1, "import.file.missingColumn", required, String.join(", ", columns.keySet()));
						}
					}
					if (!columns.containsKey(CsvRows.key("Reccomending Body")) && !columns.containsKey(CsvRows.key("Recommending Body"))) {
						throw new ImportException(1, "import.file.missingColumn", "Reccomending Body", String.join(", ", columns.keySet()));
					}
					continue;
				}
				long line = row.getRowNum() + 1L;
				Map<String, Integer> c = columns;
				if (isBlank(row)) {
					continue;
				}
				rows++;
				context.report.rowRead();
				context.progress.row(0);
				UhriRecord record = new UhriRecord(value(row, c, "OHCHR Annotation Id"), value(row, c, "Type"),
						first(value(row, c, "Reccomending Body"), value(row, c, "Recommending Body")),
						values(value(row, c, "Countries Concerned")), values(value(row, c, "Themes")),
						values(value(row, c, "Affected Persons")), values(value(row, c, "Sdgs")),
						value(row, c, "Document Symbol"), date(row, c), value(row, c, "Text"), null,
						values(value(row, c, "UPR Position")),
						values(first(value(row, c, "UPR Reccomending States"), value(row, c, "UPR Recommending States"))),
						values(value(row, c, "UPR Session")));
				RecommendationRow converted = record.toRow(name, line, context);
				if (converted != null) {
					context.recommendations.add(converted);
				}
			}
			if (columns == null) {
				throw new ImportException("import.file.empty");
			}
		}
		catch (ImportException ex) {
			throw ex;
		}
		catch (RuntimeException | IOException ex) {
			throw new ImportException("import.uhri.brokenXlsx", String.valueOf(ex.getMessage()));
		}
		context.report.file(name, "XLSX", null, rows);
	}

	private static Map<String, Integer> header(Row row) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : row) {
			String text = text(cell);
			if (text != null && !text.isBlank()) {
				columns.putIfAbsent(CsvRows.key(text), cell.getColumnIndex());
			}
		}
		return columns;
	}

	private static boolean isBlank(Row row) {
		for (Cell cell : row) {
			String text = text(cell);
			if (text != null && !text.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String first(String a, String b) {
		return a != null ? a : b;
	}

	private static String value(Row row, Map<String, Integer> columns, String name) {
		Integer index = columns.get(CsvRows.key(name));
		if (index == null) {
			return null;
		}
		Cell cell = row.getCell(index);
		String text = cell == null ? null : text(cell);
		return text == null || text.isBlank() ? null : text;
	}

	private static String date(Row row, Map<String, Integer> columns) {
		Integer index = columns.get(CsvRows.key("Document Publication Date"));
		Cell cell = index == null ? null : row.getCell(index);
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return UhriRecord.excelDate(cell.getNumericCellValue()).toString();
		}
		String text = text(cell);
		if (text != null && text.strip().matches("\\d+(\\.\\d+)?")) {
			return UhriRecord.excelDate(Double.parseDouble(text.strip())).toString();
		}
		return text == null || text.isBlank() ? null : text;
	}

	private static String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	/** One value a line, each possibly prefixed "- ". */
	static List<String> values(String cell) {
		List<String> values = new ArrayList<>();
		if (cell == null) {
			return values;
		}
		for (String line : cell.split("\\r?\\n|\\r")) {
			String value = line.strip();
			if (value.startsWith("- ")) {
				value = value.substring(2).strip();
			}
			else if (value.equals("-")) {
				value = "";
			}
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

}

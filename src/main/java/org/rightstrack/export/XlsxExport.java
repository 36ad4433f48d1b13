package org.rightstrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rightstrack.recommendation.RightstrackCsv;

/**
 * Writes rows as an XLSX workbook with Apache POI's streaming SXSSF: only a window of rows stays in
 * memory, the rest goes to a compressed temporary file until the workbook is written out. One sheet,
 * the columns of {@link RightstrackCsv#COLUMNS} with a frozen bold header row, numbers as numbers,
 * dates as dates, long texts wrapped.
 */
final class XlsxExport implements AutoCloseable {

	/** Longest text a cell holds (Excel's limit). */
	static final int MAX_CELL = 32_767;

	/** Most rows a sheet holds (Excel's limit, less the header). */
	static final int MAX_ROWS = 1_048_575;

	private static final int WINDOW = 200;

	private static final List<String> WRAPPED = List.of("text", "document_title", "theme_names", "affected_group_names");

	private static final List<String> WIDE = List.of("text");

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final CellStyle date;

	private final CellStyle wrapped;

	private final boolean[] wrap;

	private int rows = 1;

	XlsxExport(OutputStream out, String sheetName) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		this.date = workbook.createCellStyle();
		date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		date.setVerticalAlignment(VerticalAlignment.TOP);
		this.wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		List<String> columns = RightstrackCsv.COLUMNS;
		this.wrap = new boolean[columns.size()];
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(header);
			wrap[i] = WRAPPED.contains(columns.get(i));
			sheet.setColumnWidth(i, 256 * (WIDE.contains(columns.get(i)) ? 80 : wrap[i] ? 40 : 16));
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, columns.size() - 1));
	}

	/** Writes a row; false when the sheet is full. */
	boolean write(ExportRow export) {
		if (rows > MAX_ROWS) {
			return false;
		}
		Row row = sheet.createRow(rows++);
		List<Object> values = export.values();
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			switch (value) {
				case Number n -> cell.setCellValue(n.doubleValue());
				case Boolean b -> cell.setCellValue(b);
				case LocalDate d -> {
					cell.setCellValue(d);
					cell.setCellStyle(date);
				}
				default -> {
					String text = value.toString();
					cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
					if (wrap[i]) {
						cell.setCellStyle(wrapped);
					}
				}
			}
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

}

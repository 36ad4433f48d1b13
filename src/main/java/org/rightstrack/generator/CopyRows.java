package org.rightstrack.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for NULL,
 * backslash escapes), buffered in memory and then sent with one {@code COPY ... FROM STDIN}.
 */
final class CopyRows {

	private static final int PIECE = 1 << 20;

	private final String copySql;

	private final StringBuilder buffer = new StringBuilder(1 << 16);

	private boolean firstInRow = true;

	private long rows;

	CopyRows(String copySql) {
		this.copySql = copySql;
	}

	CopyRows value(Object value) {
		if (!firstInRow) {
			buffer.append('\t');
		}
		firstInRow = false;
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof String s) {
			escape(s);
		}
		else {
			buffer.append(value);
		}
		return this;
	}

	CopyRows value(long value) {
		if (!firstInRow) {
			buffer.append('\t');
		}
		firstInRow = false;
		buffer.append(value);
		return this;
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	void endRow() {
		buffer.append('\n');
		firstInRow = true;
		rows++;
	}

	long rows() {
		return rows;
	}

	/** Sends the buffered rows in one COPY and empties the buffer; returns the number of rows sent. */
	long send(Connection connection) throws SQLException {
		if (buffer.isEmpty()) {
			return 0;
		}
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
		try {
			int start = 0;
			while (start < buffer.length()) {
				int end = Math.min(buffer.length(), start + PIECE);
				if (end < buffer.length() && Character.isHighSurrogate(buffer.charAt(end - 1))) {
					end--;
				}
				byte[] bytes = buffer.substring(start, end).getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				start = end;
			}
			long sent = copy.endCopy();
			buffer.setLength(0);
			return sent;
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

}

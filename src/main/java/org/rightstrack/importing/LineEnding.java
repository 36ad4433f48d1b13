package org.rightstrack.importing;

import java.util.Arrays;
import java.util.Optional;

/** How the lines of a text file end. */
public enum LineEnding {

	LF("\n"), CRLF("\r\n"), CR("\r");

	private final String separator;

	LineEnding(String separator) {
		this.separator = separator;
	}

	String separator() {
		return separator;
	}

	public static Optional<LineEnding> fromOption(String value) {
		return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst();
	}

	/** The most frequent line ending of the text, or {@code null} when it has no line break. */
	static LineEnding detect(String text) {
		int crlf = 0;
		int cr = 0;
		int lf = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					crlf++;
					i++;
				}
				else {
					cr++;
				}
			}
			else if (c == '\n') {
				lf++;
			}
		}
		if (crlf == 0 && cr == 0 && lf == 0) {
			return null;
		}
		if (crlf >= cr && crlf >= lf) {
			return CRLF;
		}
		return cr > lf ? CR : LF;
	}

}

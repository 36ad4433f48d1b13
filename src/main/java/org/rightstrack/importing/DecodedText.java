package org.rightstrack.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file's content with the encoding and line ending it was read with. The encoding is taken
 * from the options, or detected: a byte-order mark, else valid UTF-8, else whichever of
 * Windows-1252 and MacRoman turns the non-ASCII bytes into more letters and typographic quotes
 * (ties go to the format's usual encoding).
 */
record DecodedText(String text, String encoding, LineEnding lineEnding) {

	static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static DecodedText decode(byte[] bytes, ImportOptions options, Charset usual) {
		if (bytes.length == 0) {
			throw new ImportException("import.file.empty");
		}
		if (looksBinary(bytes)) {
			throw new ImportException("import.file.binary");
		}
		String text;
		String encoding;
		if (options.encoding() != null) {
			int skip = options.encoding().equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
			text = new String(bytes, skip, bytes.length - skip, options.encoding());
			encoding = options.encoding().name() + " (option)";
		}
		else if (hasUtf8Bom(bytes)) {
			text = strictUtf8(bytes, 3);
			if (text == null) {
				throw new ImportException("import.file.badUtf8");
			}
			encoding = "UTF-8 with BOM";
		}
		else if ((bytes[0] == (byte) 0xFF && bytes[1 % bytes.length] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1 % bytes.length] == (byte) 0xFF)) {
			text = new String(bytes, StandardCharsets.UTF_16);
			encoding = "UTF-16";
		}
		else {
			text = strictUtf8(bytes, 0);
			if (text != null) {
				encoding = isAscii(bytes) ? "UTF-8 (ASCII only)" : "UTF-8";
			}
			else {
				Charset chosen = guessSingleByte(bytes, usual);
				text = new String(bytes, chosen);
				encoding = chosen.equals(MAC_ROMAN) ? "MacRoman" : "Windows-1252";
			}
		}
		LineEnding ending = options.lineEnding() != null ? options.lineEnding() : LineEnding.detect(text);
		if (options.lineEnding() != null && options.lineEnding() != LineEnding.LF) {
			text = text.replace(options.lineEnding().separator(), "\n");
		}
		if (text.isBlank()) {
			throw new ImportException("import.file.empty");
		}
		return new DecodedText(text, encoding, ending);
	}

	static boolean looksBinary(byte[] bytes) {
		int length = Math.min(bytes.length, 65536);
		int control = 0;
		for (int i = 0; i < length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0 && !(i < 2 && (bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xFE))) {
				return true;
			}
			if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
				control++;
			}
		}
		return control > length / 100 + 1;
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static String strictUtf8(byte[] bytes, int offset) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static Charset guessSingleByte(byte[] bytes, Charset usual) {
		int windows = score(bytes, WINDOWS_1252);
		int mac = score(bytes, MAC_ROMAN);
		if (windows == mac) {
			return usual != null ? usual : WINDOWS_1252;
		}
		return mac > windows ? MAC_ROMAN : WINDOWS_1252;
	}

	/**
	 * Points for the non-ASCII bytes: typographic quotes and dashes most, then lower-case letters, then
	 * capitals; anything else (symbols, undefined bytes) counts against the encoding.
	 */
	private static int score(byte[] bytes, Charset charset) {
		byte[] high = new byte[128];
		for (int i = 0; i < 128; i++) {
			high[i] = (byte) (i + 128);
		}
		String decoded = new String(high, charset);
		int[] points = new int[128];
		for (int i = 0; i < 128; i++) {
			char c = decoded.charAt(i);
			if ("\u2018\u2019\u201C\u201D\u2013\u2014".indexOf(c) >= 0) {
				points[i] = 3;
			}
			else if (Character.isLowerCase(c)) {
				points[i] = 2;
			}
			else {
				points[i] = Character.isLetter(c) ? 1 : -1;
			}
		}
		int score = 0;
		for (byte b : bytes) {
			if (b < 0) {
				score += points[b + 128];
			}
		}
		return score;
	}

}

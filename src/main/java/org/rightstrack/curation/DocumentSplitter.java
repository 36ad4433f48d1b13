package org.rightstrack.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a UN outcome document into its numbered paragraphs and their lettered
 * sub-paragraphs, remembering the heading each paragraph sits under.
 *
 * <p>Text extracted from PDFs wraps lines anywhere, so a line only opens a paragraph when its
 * number follows the previous one (a wrapped line starting "2030, ..." is not paragraph 2030),
 * and a lettered line only opens a sub-paragraph when it is the next letter.
 */
final class DocumentSplitter {

	/** "12. The Committee ...", "118.1 Ratify ...", "12 The Committee ..." (some PDFs drop the dot). */
	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:\\.(\\d{1,3}))?\\.?\\s+(\\S.*)$");

	private static final Pattern LETTERED = Pattern.compile("^\\(([a-z]{1,2})\\)\\s*(\\S.*)$");

	record SubParagraph(String letter, String text) {
	}

	record Paragraph(String number, String text, String heading, List<SubParagraph> subParagraphs) {

		/** The paragraph with its sub-paragraphs, as one text. */
		String fullText() {
			StringBuilder all = new StringBuilder(text);
			for (SubParagraph sub : subParagraphs) {
				all.append('\n').append('(').append(sub.letter()).append(") ").append(sub.text());
			}
			return all.toString();
		}

	}

	private DocumentSplitter() {
	}

	static List<Paragraph> split(String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		String heading = null;
		String pendingHeading = null;
		int lastNumber = 0;
		int lastSub = 0;
		StringBuilder current = null;
		String currentNumber = null;
		String currentHeading = null;
		List<SubParagraph> subs = new ArrayList<>();
		String subLetter = null;
		StringBuilder subText = null;
		boolean blankBefore = true;

		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String line = raw.replace('\u00a0', ' ').strip();
			if (line.isEmpty()) {
				blankBefore = true;
				continue;
			}
			Matcher numbered = NUMBERED.matcher(line);
			boolean opens = false;
			if (numbered.matches()) {
				int number = Integer.parseInt(numbered.group(1));
				String sub = numbered.group(2);
				if (sub == null) {
					// the first paragraph may be any number (an excerpt pasted from the middle of a report)
					opens = lastNumber == 0 ? Character.isUpperCase(numbered.group(3).charAt(0)) : number > lastNumber && number <= lastNumber + 5;
				}
				else {
					int subNumber = Integer.parseInt(sub);
					opens = (number == lastNumber && subNumber == lastSub + 1)
							|| (number > lastNumber && (lastNumber == 0 || number <= lastNumber + 5) && subNumber == 1);
				}
				if (opens) {
					if (current != null) {
						closeSub(subs, subLetter, subText);
						paragraphs.add(new Paragraph(currentNumber, clean(current), currentHeading, List.copyOf(subs)));
					}
					if (pendingHeading != null) {
						heading = pendingHeading;
						pendingHeading = null;
					}
					lastNumber = number;
					lastSub = sub == null ? 0 : Integer.parseInt(sub);
					currentNumber = sub == null ? String.valueOf(number) : number + "." + sub;
					currentHeading = heading;
					current = new StringBuilder(numbered.group(3));
					subs = new ArrayList<>();
					subLetter = null;
					subText = null;
					blankBefore = false;
					continue;
				}
			}
			if (current != null) {
				Matcher lettered = LETTERED.matcher(line);
				if (lettered.matches() && isNextLetter(subLetter, lettered.group(1))) {
					closeSub(subs, subLetter, subText);
					subLetter = lettered.group(1);
					subText = new StringBuilder(lettered.group(2));
					blankBefore = false;
					continue;
				}
				if (blankBefore && looksLikeHeading(line)) {
					pendingHeading = line;
					blankBefore = false;
					continue;
				}
				// roman-numbered items (i), (ii) stay inside their lettered sub-paragraph
				appendLine(subText != null ? subText : current, line);
			}
			else if (looksLikeHeading(line)) {
				pendingHeading = line;
			}
			blankBefore = false;
		}
		if (current != null) {
			closeSub(subs, subLetter, subText);
			paragraphs.add(new Paragraph(currentNumber, clean(current), currentHeading, List.copyOf(subs)));
		}
		return paragraphs;
	}

	private static boolean isNextLetter(String previous, String letter) {
		if (previous == null) {
			return letter.equals("a");
		}
		if (letter.length() != previous.length()) {
			// (z) is followed by (aa)
			return previous.equals("z") && letter.equals("aa");
		}
		char last = previous.charAt(previous.length() - 1);
		return letter.substring(0, letter.length() - 1).equals(previous.substring(0, previous.length() - 1))
				&& letter.charAt(letter.length() - 1) == last + 1;
	}

	/** A short line without final punctuation after a blank line: "Trafficking in persons", "C. Principal areas". */
	private static boolean looksLikeHeading(String line) {
		char end = line.charAt(line.length() - 1);
		return line.length() <= 120 && end != '.' && end != ';' && end != ',' && end != ':'
				&& Character.isUpperCase(firstLetter(line));
	}

	private static char firstLetter(String line) {
		for (char c : line.toCharArray()) {
			if (Character.isLetter(c)) {
				return c;
			}
		}
		return 'a';
	}

	private static void closeSub(List<SubParagraph> subs, String letter, StringBuilder text) {
		if (letter != null) {
			subs.add(new SubParagraph(letter, clean(text)));
		}
	}

	/** Joins a wrapped line; PDF extraction leaves "traf-" / "ficking" where a word was hyphenated. */
	private static void appendLine(StringBuilder text, String line) {
		int length = text.length();
		if (length > 1 && text.charAt(length - 1) == '-' && Character.isLowerCase(text.charAt(length - 2))
				&& Character.isLowerCase(line.charAt(0))) {
			text.setLength(length - 1);
			text.append(line);
		}
		else {
			text.append(' ').append(line);
		}
	}

	private static String clean(StringBuilder text) {
		return text.toString().replaceAll("\\s+", " ").strip();
	}

}

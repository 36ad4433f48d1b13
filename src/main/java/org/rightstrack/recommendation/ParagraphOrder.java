package org.rightstrack.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders paragraph references as a reader numbers them: "6.2" before "6.10", "4 (a)" before
 * "12 (a)" before "12 (b)". Numbers compare as numbers, the rest as text; no paragraph goes last.
 */
final class ParagraphOrder implements Comparator<String> {

	static final ParagraphOrder INSTANCE = new ParagraphOrder();

	private static final Pattern PART = Pattern.compile("\\d+|[^\\d\\s.()\\-]+");

	private ParagraphOrder() {
	}

	@Override
	public int compare(String left, String right) {
		if (left == null || left.isBlank()) {
			return right == null || right.isBlank() ? 0 : 1;
		}
		if (right == null || right.isBlank()) {
			return -1;
		}
		List<String> a = parts(left);
		List<String> b = parts(right);
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = comparePart(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private static int comparePart(String a, String b) {
		boolean numberA = Character.isDigit(a.charAt(0));
		boolean numberB = Character.isDigit(b.charAt(0));
		if (numberA && numberB) {
			int byLength = Integer.compare(a.replaceFirst("^0+(?=.)", "").length(), b.replaceFirst("^0+(?=.)", "").length());
			return byLength != 0 ? byLength : a.replaceFirst("^0+(?=.)", "").compareTo(b.replaceFirst("^0+(?=.)", ""));
		}
		if (numberA != numberB) {
			return numberA ? -1 : 1;
		}
		return a.compareToIgnoreCase(b);
	}

	private static List<String> parts(String paragraph) {
		List<String> parts = new ArrayList<>();
		Matcher matcher = PART.matcher(paragraph);
		while (matcher.find()) {
			parts.add(matcher.group());
		}
		return parts;
	}

}

package org.rightstrack.country;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One bar of a server-rendered SVG bar chart: the value, its length as a percentage of the
 * largest value (an SVG attribute, since the Content-Security-Policy forbids inline styles), and
 * the search link behind it.
 *
 * @param code the value's stable code (a mechanism code, a theme code, a status), or null
 * @param label the visible label, or null where the template resolves a message from the code
 * @param count the number of recommendations
 * @param width the bar's length, 0–100, formatted for an SVG attribute
 * @param href the search pre-filtered for this value, or null where the search has no such filter
 */
record Bar(String code, String label, long count, String width, String href) {

	static <T> List<Bar> of(List<T> rows, Function<T, String> code, Function<T, String> label,
			ToLongFunction<T> count, Function<T, String> href) {
		long max = rows.stream().mapToLong(count).max().orElse(0);
		return rows.stream()
			.map(row -> new Bar(code.apply(row), label.apply(row), count.applyAsLong(row),
					width(count.applyAsLong(row), max), href.apply(row)))
			.toList();
	}

	static String width(long count, long max) {
		if (count <= 0 || max <= 0) {
			return "0";
		}
		// A bar for a small but non-zero count stays visible.
		double percent = Math.max(0.5, 100.0 * count / max);
		return String.format(Locale.ROOT, "%.1f", percent);
	}

}

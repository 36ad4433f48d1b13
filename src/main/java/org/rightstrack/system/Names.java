package org.rightstrack.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forgiving form of a name used to match country names, theme labels and other vocabulary
 * across sources: lower case, accents removed, every run of other characters one space.
 * {@code "Côte d'Ivoire"} and {@code "COTE D'IVOIRE "} both become {@code "cote d ivoire"}.
 */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Names() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		String unaccented = MARKS.matcher(decomposed).replaceAll("");
		return NON_ALPHANUMERIC.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}

package org.rightstrack.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For every lexeme of the recommendations' search vectors, the rows of a {@link FacetIndex} copy
 * whose vector holds it: an inverted index, so that the rows a text query matches are found in
 * memory instead of by visiting every match in the table (PostgreSQL's GIN index names the rows,
 * but the table must still be read for each of them: about a second for a common word at a
 * million recommendations).
 *
 * <p>Only what presence alone decides is answered: lexemes joined by {@code &}, {@code |} and
 * {@code !}, as {@code websearch_to_tsquery} and the synonym rewriting of V42 write them. A query
 * with a phrase ({@code <->}, from quotes or hyphenated words), a prefix or a weight is left to the
 * database ({@link #matches} returns null), so the answer is always exactly PostgreSQL's
 * {@code search_vector @@ query}.
 *
 * <p>Rows are kept as sorted positions, or as a bit per row for lexemes in more than one row in 32
 * (where that is smaller): at a million synthetic recommendations, 31 million entries for 11,000
 * lexemes take about 50 MB.
 */
final class LexemeIndex {

	private final int size;

	/** Sorted positions ({@code int[]}) or bits by position ({@code long[]}). */
	private final Map<String, Object> postings;

	/** The rows that have a search vector: a row without one matches nothing, not even {@code !'word'}. */
	private final long[] withVector;

	private LexemeIndex(int size, Map<String, Object> postings, long[] withVector) {
		this.size = size;
		this.postings = postings;
		this.withVector = withVector;
	}

	int lexemes() {
		return postings.size();
	}

	/** Collects the lexemes of rows given in increasing order. */
	static final class Builder {

		private final Map<String, FacetIndex.IntList> lists = new HashMap<>();

		private final FacetIndex.IntList withVector = new FacetIndex.IntList(1024);

		/** A row that has a search vector (possibly without lexemes: only stop words). */
		void vector(int row) {
			withVector.add(row);
		}

		void add(int row, String lexeme) {
			FacetIndex.IntList list = lists.get(lexeme);
			if (list == null) {
				list = new FacetIndex.IntList(4);
				lists.put(lexeme, list);
			}
			// a lexeme appears once per vector; guard against a repeated row all the same
			if (list.size == 0 || list.values[list.size - 1] != row) {
				list.add(row);
			}
		}

		LexemeIndex build(int size) {
			Map<String, Object> postings = new HashMap<>(lists.size() * 2);
			int dense = Math.max(1, size / 32);
			lists.forEach((lexeme, list) -> {
				if (list.size > dense) {
					postings.put(lexeme, bits(list.values, list.size, size));
				}
				else {
					postings.put(lexeme, list.toArray());
				}
			});
			lists.clear();
			return new LexemeIndex(size, postings, bits(withVector.values, withVector.size, size));
		}

	}

	/**
	 * The rows matching a text query as PostgreSQL writes a {@code tsquery} (for example
	 * {@code 'women' & !'girl'} or {@code ( 'woman' | 'women' ) & 'tortur'}), as bits by position;
	 * null when the query needs more than the presence of lexemes (phrase, prefix, weight). The
	 * result may be shared with the index: callers must not change it.
	 */
	long[] matches(String tsquery) {
		try {
			Parser parser = new Parser(tsquery);
			long[] result = parser.or();
			parser.skipSpaces();
			if (parser.position != tsquery.length()) {
				return null;
			}
			return result;
		}
		catch (Unsupported ex) {
			return null;
		}
	}

	private static int words(int size) {
		return (size + 63) >>> 6;
	}

	/** What the index cannot decide, or text it does not read as a tsquery. */
	private static final class Unsupported extends RuntimeException {

		Unsupported() {
			super(null, null, false, false);
		}

	}

	/** Recursive descent over tsquery output: or := and ('|' and)*, and := not ('&' not)*, not := '!' not | primary. */
	private final class Parser {

		private final String text;

		private int position;

		Parser(String text) {
			this.text = text;
		}

		long[] or() {
			long[] left = and();
			while (peek() == '|') {
				position++;
				long[] right = and();
				left = combine(left, right, false);
			}
			return left;
		}

		private long[] and() {
			long[] left = not();
			while (true) {
				char next = peek();
				if (next == '<') {
					throw new Unsupported(); // a phrase: positions, not presence
				}
				if (next != '&') {
					return left;
				}
				position++;
				long[] right = not();
				left = combine(left, right, true);
			}
		}

		private long[] not() {
			if (peek() == '!') {
				position++;
				long[] operand = not();
				long[] result = new long[words(size)];
				for (int w = 0; w < result.length; w++) {
					// NULL @@ query is not true in PostgreSQL: rows without a vector stay out
					result[w] = ~operand[w] & withVector[w];
				}
				return result;
			}
			return primary();
		}

		private long[] primary() {
			char next = peek();
			if (next == '(') {
				position++;
				long[] inner = or();
				if (peek() != ')') {
					throw new Unsupported();
				}
				position++;
				return inner;
			}
			if (next != '\'') {
				throw new Unsupported();
			}
			position++;
			StringBuilder lexeme = new StringBuilder();
			while (true) {
				if (position >= text.length()) {
					throw new Unsupported();
				}
				char ch = text.charAt(position++);
				if (ch == '\\') {
					if (position >= text.length()) {
						throw new Unsupported();
					}
					lexeme.append(text.charAt(position++));
				}
				else if (ch == '\'') {
					if (position < text.length() && text.charAt(position) == '\'') {
						lexeme.append('\'');
						position++;
					}
					else {
						break;
					}
				}
				else {
					lexeme.append(ch);
				}
			}
			if (position < text.length() && text.charAt(position) == ':') {
				throw new Unsupported(); // a prefix (:*) or weights (:AB)
			}
			return rows(lexeme.toString());
		}

		private char peek() {
			skipSpaces();
			return position < text.length() ? text.charAt(position) : '\0';
		}

		void skipSpaces() {
			while (position < text.length() && text.charAt(position) == ' ') {
				position++;
			}
		}

	}

	/** The rows of one lexeme as bits (shared when stored as bits). */
	private long[] rows(String lexeme) {
		Object posting = postings.get(lexeme);
		if (posting instanceof long[] bits) {
			return bits;
		}
		int[] rows = posting instanceof int[] sparse ? sparse : new int[0];
		return bits(rows, rows.length, size);
	}

	/** The first {@code count} of {@code rows} as bits by position. */
	private static long[] bits(int[] rows, int count, int size) {
		long[] bits = new long[words(size)];
		for (int k = 0; k < count; k++) {
			bits[rows[k] >>> 6] |= 1L << rows[k];
		}
		return bits;
	}

	private long[] combine(long[] left, long[] right, boolean and) {
		long[] result = Arrays.copyOf(left, left.length);
		for (int w = 0; w < result.length; w++) {
			result[w] = and ? result[w] & right[w] : result[w] | right[w];
		}
		return result;
	}

}

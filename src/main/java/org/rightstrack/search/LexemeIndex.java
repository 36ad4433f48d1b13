package org.rightstrack.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 *
 * <p>Each entry also keeps the lexeme's positions in that vector and, in one byte, their weights
 * (for example A, A, B: twice in the text, once in a theme's name): all that {@code ts_rank}
 * looks at. {@link #rank} gives exactly PostgreSQL's figure for every matching row, to the last
 * bit, so that a text search is ranked without reading the vector of every match from the table
 * (82,000 rows for "violence" at a million).
 */
final class LexemeIndex {

	/** ts_rank's default weights of D, C, B and A (tsrank.c). */
	private static final float[] WEIGHTS = { 0.1f, 0.2f, 0.4f, 1.0f };

	/** The code of a sequence of weights not kept (more positions or more kinds of sequence than a byte names). */
	private static final int UNKNOWN = 0xFF;

	/** Sequences of at most this many positions get a code. */
	private static final int MAX_POSITIONS = 29;

	/** PostgreSQL's MAXENTRYPOS: the position ts_rank gives a lexeme stored without positions, plus one. */
	private static final int MAX_ENTRY_POSITION = 1 << 14;

	/** ts_rank's word_distance for distances 0..100 (tsrank.c; more than 100: 1e-30). */
	private static final float[] WORD_DISTANCE = new float[101];

	static {
		for (int w = 1; w <= 100; w++) {
			WORD_DISTANCE[w] = (float) (1.0 / (1.005 + 0.05 * StrictMath.exp(((float) w) / 1.5 - 2)));
		}
	}

	private final int size;

	/** Each lexeme's rows, the codes of their weight sequences and their positions. */
	private final Map<String, Posting> postings;

	/** The rows that have a search vector: a row without one matches nothing, not even {@code !'word'}. */
	private final long[] withVector;

	/** By code, what one lexeme with that sequence of weights adds to calc_rank_or's sum. */
	private final double[] terms;

	/** By code, how many positions the sequence has (0: the lexeme was stored without positions). */
	private final int[] counts;

	/** By code, the weights of the sequence, two bits each (3 = A ... 0 = D), first position lowest. */
	private final long[] weights;

	private LexemeIndex(int size, Map<String, Posting> postings, long[] withVector, List<Long> sequences) {
		this.size = size;
		this.postings = postings;
		this.withVector = withVector;
		this.terms = new double[sequences.size()];
		this.counts = new int[sequences.size()];
		this.weights = new long[sequences.size()];
		for (int code = 0; code < terms.length; code++) {
			long sequence = sequences.get(code);
			counts[code] = (int) (sequence >>> 58);
			weights[code] = sequence & ((1L << 58) - 1);
			terms[code] = term(counts[code], weights[code]);
		}
	}

	/**
	 * The rows of one lexeme, as sorted positions ({@code int[]}) or bits by position ({@code long[]});
	 * for each, in the same order, the code of the weights of its positions; and those positions, one
	 * entry after the other (as many for each as its code says).
	 */
	private record Posting(Object rows, byte[] codes, short[] positions) {
	}

	int lexemes() {
		return postings.size();
	}

	/** How many different sequences of weights have a code (at most 255; the others cannot be ranked here). */
	int sequences() {
		return terms.length;
	}

	/** Collects the lexemes of rows given in increasing order. */
	static final class Builder {

		/** Each lexeme's entries, by open addressing on the lexeme's characters (no String made per entry read). */
		private Entries[] lists = new Entries[1 << 12];

		private int lexemeCount;

		private final FacetIndex.IntList withVector = new FacetIndex.IntList(1024);

		/** Code by sequence of weights: the number of positions in the top bits, two bits per weight below. */
		private final Map<Long, Integer> codes = new HashMap<>();

		private final List<Long> sequences = new ArrayList<>();

		private final short[] buffer = new short[MAX_POSITIONS];

		Builder() {
		}

		/** A builder that gives the same codes as {@code base} to the sequences it knows (for {@link #withChanges}). */
		private Builder(LexemeIndex base) {
			for (int code = 0; code < base.counts.length; code++) {
				long sequence = ((long) base.counts[code] << 58) | base.weights[code];
				codes.put(sequence, code);
				sequences.add(sequence);
				if (base.counts[code] <= SHORT) {
					shortCodes[(base.counts[code] << 12) | (int) base.weights[code]] = code + 1;
				}
			}
		}

		/** A row that has a search vector (possibly without lexemes: only stop words). */
		void vector(int row) {
			withVector.add(row);
		}

		/**
		 * A row's search vector as PostgreSQL writes it ({@code 'lexem':1A,5 'other':3B}): each
		 * lexeme with its positions and their weights (D when none is written).
		 */
		void vector(int row, String text) {
			vector(row);
			int n = text.length();
			int p = 0;
			StringBuilder lexeme = new StringBuilder(24);
			while (p < n) {
				if (text.charAt(p) != '\'') {
					throw new IllegalArgumentException("not a tsvector at " + p + ": " + text);
				}
				p++;
				lexeme.setLength(0);
				while (true) {
					char ch = text.charAt(p++);
					if (ch == '\'') {
						if (p < n && text.charAt(p) == '\'') {
							lexeme.append('\'');
							p++;
						}
						else {
							break;
						}
					}
					else if (ch == '\\') {
						lexeme.append(text.charAt(p++));
					}
					else {
						lexeme.append(ch);
					}
				}
				int count = 0;
				long weights = 0;
				if (p < n && text.charAt(p) == ':') {
					p++;
					while (true) {
						int position = 0;
						while (p < n && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
							position = position * 10 + (text.charAt(p) - '0');
							p++;
						}
						int weight = 0;
						if (p < n && text.charAt(p) >= 'A' && text.charAt(p) <= 'C') {
							weight = 3 - (text.charAt(p) - 'A');
							p++;
						}
						if (count < MAX_POSITIONS) {
							weights |= (long) weight << (2 * count);
							buffer[count] = (short) position;
						}
						count++;
						if (p < n && text.charAt(p) == ',') {
							p++;
						}
						else {
							break;
						}
					}
				}
				add(row, lexeme, code(count, weights), buffer);
				if (p < n && text.charAt(p) == ' ') {
					p++;
				}
			}
		}

		/** A lexeme of a row, its positions not known (tests of matching: such rows are never ranked here). */
		void add(int row, String lexeme) {
			add(row, lexeme, UNKNOWN, buffer);
		}

		private void add(int row, CharSequence lexeme, int code, short[] positions) {
			Entries list = entries(lexeme);
			// a lexeme appears once per vector; guard against a repeated row all the same
			if (list.size == 0 || list.rows[list.size - 1] != row) {
				list.add(row, code, positions, code == UNKNOWN ? 0 : (int) (sequences.get(code) >>> 58));
			}
		}

		/**
		 * Codes (plus one; 0: none yet) of the sequences of at most {@link #SHORT} positions, by
		 * {@code count << 12 | weights}: almost every entry, found without hashing (a HashMap of Long
		 * keys that share their low bits, as sequences of A's do, made a third of the build).
		 */
		private final int[] shortCodes = new int[(SHORT + 1) << 12];

		private static final int SHORT = 6;

		private int code(int count, long weights) {
			if (count <= SHORT) {
				int slot = (count << 12) | (int) weights;
				int code = shortCodes[slot] - 1;
				if (code < 0) {
					code = longCode(count, weights);
					if (code != UNKNOWN) {
						shortCodes[slot] = code + 1;
					}
				}
				return code;
			}
			return longCode(count, weights);
		}

		private int longCode(int count, long weights) {
			if (count > MAX_POSITIONS) {
				return UNKNOWN;
			}
			Long sequence = ((long) count << 58) | weights;
			Integer code = codes.get(sequence);
			if (code == null) {
				if (sequences.size() == UNKNOWN) {
					return UNKNOWN;
				}
				code = sequences.size();
				codes.put(sequence, code);
				sequences.add(sequence);
			}
			return code;
		}

		private Entries entries(CharSequence lexeme) {
			int hash = 0;
			for (int k = 0; k < lexeme.length(); k++) {
				hash = 31 * hash + lexeme.charAt(k);
			}
			int mask = lists.length - 1;
			for (int i = (hash ^ (hash >>> 16)) & mask;; i = (i + 1) & mask) {
				Entries entries = lists[i];
				if (entries == null) {
					entries = new Entries(lexeme.toString(), hash);
					lists[i] = entries;
					if (++lexemeCount * 2 > lists.length) {
						grow();
					}
					return entries;
				}
				if (entries.hash == hash && entries.lexeme.contentEquals(lexeme)) {
					return entries;
				}
			}
		}

		private void grow() {
			Entries[] old = lists;
			lists = new Entries[old.length * 2];
			int mask = lists.length - 1;
			for (Entries entries : old) {
				if (entries != null) {
					int i = (entries.hash ^ (entries.hash >>> 16)) & mask;
					while (lists[i] != null) {
						i = (i + 1) & mask;
					}
					lists[i] = entries;
				}
			}
		}

		LexemeIndex build(int size) {
			Map<String, Posting> postings = new HashMap<>(lexemeCount * 2);
			int dense = Math.max(1, size / 32);
			for (Entries list : lists) {
				if (list == null) {
					continue;
				}
				Object rows = list.size > dense ? bits(list.rows, list.size, size) : Arrays.copyOf(list.rows, list.size);
				postings.put(list.lexeme, new Posting(rows, Arrays.copyOf(list.codes, list.size),
						Arrays.copyOf(list.positions, list.positionCount)));
			}
			lists = new Entries[0];
			lexemeCount = 0;
			return new LexemeIndex(size, postings, bits(withVector.values, withVector.size, size), sequences);
		}

	}

	/** A lexeme's rows, codes and positions while they are collected. */
	private static final class Entries {

		final String lexeme;

		final int hash;

		int[] rows = new int[4];

		byte[] codes = new byte[4];

		int size;

		short[] positions = new short[4];

		int positionCount;

		Entries(String lexeme, int hash) {
			this.lexeme = lexeme;
			this.hash = hash;
		}

		void add(int row, int code, short[] from, int count) {
			add(row, code, from, 0, count);
		}

		void add(int row, int code, short[] from, int offset, int count) {
			if (size == rows.length) {
				rows = Arrays.copyOf(rows, size * 2);
				codes = Arrays.copyOf(codes, size * 2);
			}
			rows[size] = row;
			codes[size++] = (byte) code;
			if (positionCount + count > positions.length) {
				positions = Arrays.copyOf(positions, Math.max(positions.length * 2, positionCount + count));
			}
			System.arraycopy(from, offset, positions, positionCount, count);
			positionCount += count;
		}

	}

	/**
	 * This index with the entries of some rows replaced: {@code rows} (ascending positions; those
	 * below the current size are rows whose vector changed, the others rows appended) and their
	 * vectors as PostgreSQL writes them (null: no vector). The postings of the lexemes those rows
	 * had or have are rewritten; the others are shared (bits widened when the rows grow).
	 */
	LexemeIndex withChanges(int[] rows, String[] vectors, int newSize) {
		long[] changed = new long[words(newSize)];
		List<Integer> existing = new ArrayList<>();
		for (int row : rows) {
			changed[row >>> 6] |= 1L << row;
			if (row < size) {
				existing.add(row);
			}
		}
		Builder added = new Builder(this);
		for (int j = 0; j < rows.length; j++) {
			if (vectors[j] != null) {
				added.vector(rows[j], vectors[j]);
			}
		}
		Map<String, Entries> addedByLexeme = new HashMap<>();
		for (Entries entries : added.lists) {
			if (entries != null) {
				addedByLexeme.put(entries.lexeme, entries);
			}
		}
		// the lexemes the changed rows had
		java.util.Set<String> affected = new java.util.HashSet<>(addedByLexeme.keySet());
		postings.forEach((lexeme, posting) -> {
			for (int row : existing) {
				boolean has = posting.rows() instanceof int[] sparse ? Arrays.binarySearch(sparse, row) >= 0
						: contains((long[]) posting.rows(), row);
				if (has) {
					affected.add(lexeme);
					break;
				}
			}
		});
		LexemeIndex next = new LexemeIndex(newSize, new HashMap<>(postings.size() * 2), Arrays.copyOf(withVector, words(newSize)),
				added.sequences);
		int words = words(newSize);
		postings.forEach((lexeme, posting) -> {
			if (!affected.contains(lexeme)) {
				next.postings.put(lexeme, posting.rows() instanceof long[] bits && bits.length != words
						? new Posting(Arrays.copyOf(bits, words), posting.codes(), posting.positions()) : posting);
			}
		});
		for (String lexeme : affected) {
			Posting merged = next.merge(lexeme, postings.get(lexeme), addedByLexeme.get(lexeme), changed);
			if (merged != null) {
				next.postings.put(lexeme, merged);
			}
		}
		for (int j = 0; j < rows.length; j++) {
			next.withVector[rows[j] >>> 6] &= ~(1L << rows[j]);
			if (vectors[j] != null) {
				next.withVector[rows[j] >>> 6] |= 1L << rows[j];
			}
		}
		return next;
	}

	/** One lexeme's entries: those of {@code old} on rows not {@code changed}, and the {@code added} ones, in row order. */
	private Posting merge(String lexeme, Posting old, Entries added, long[] changed) {
		Entries out = new Entries(lexeme, 0);
		Cursor cursor = old == null ? null : new Cursor(old);
		boolean more = cursor != null && cursor.next();
		int a = 0;
		int addedOffset = 0;
		while (more || added != null && a < added.size) {
			int oldRow = more ? cursor.row : Integer.MAX_VALUE;
			int addedRow = added != null && a < added.size ? added.rows[a] : Integer.MAX_VALUE;
			if (addedRow <= oldRow) {
				int code = added.codes[a] & 0xFF;
				int count = code == UNKNOWN ? 0 : counts[code];
				out.add(addedRow, code, added.positions, addedOffset, count);
				addedOffset += count;
				a++;
				if (addedRow == oldRow) {
					more = cursor.next();
				}
			}
			else {
				if (!contains(changed, oldRow)) {
					out.add(oldRow, cursor.code, cursor.positions, cursor.offset, cursor.count);
				}
				more = cursor.next();
			}
		}
		if (out.size == 0) {
			return null;
		}
		Object stored = out.size > Math.max(1, size / 32) ? bits(out.rows, out.size, size) : Arrays.copyOf(out.rows, out.size);
		return new Posting(stored, Arrays.copyOf(out.codes, out.size), Arrays.copyOf(out.positions, out.positionCount));
	}

	/**
	 * What one lexeme whose positions have these weights adds to calc_rank_or's sum, computed as in
	 * PostgreSQL's tsrank.c, in the same float and double steps, so that the rank is the same number
	 * to the last bit (ties are then broken by date and id as in SQL). No positions counts as one of
	 * weight D, as there.
	 */
	static double term(int count, long weights) {
		int n = Math.max(1, count);
		float resj = 0.0f;
		float wjm = -1.0f;
		int jm = 0;
		for (int j = 0; j < n; j++) {
			float w = WEIGHTS[(int) (weights >>> (2 * j)) & 3];
			resj = resj + w / ((j + 1) * (j + 1));
			if (w > wjm) {
				wjm = w;
				jm = j;
			}
		}
		return (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685;
	}

	/**
	 * {@code ts_rank(search_vector, query)} of every row of {@code matches} (the rows the query
	 * matches, from {@link #matches}), as PostgreSQL computes it: calc_rank_or for one word, words
	 * joined by {@code |} or a query whose words are all the same; calc_rank_and (which weighs the
	 * distance between different words in the text) when the query's top operator is {@code &}.
	 * Null for what {@link #matches} does not read and for a matching row whose word has a
	 * sequence of weights without a code. Other rows of the result are 0 or meaningless.
	 */
	float[] rank(String tsquery, long[] matches) {
		List<String> words = new ArrayList<>();
		char top;
		try {
			top = topOperator(tsquery, 0, tsquery.length(), words);
		}
		catch (Unsupported ex) {
			return null;
		}
		// tsrank.c goes through the distinct words in the order of their bytes (tsCompareString)
		TreeSet<String> distinct = new TreeSet<>((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
				b.getBytes(StandardCharsets.UTF_8)));
		distinct.addAll(words);
		if (distinct.isEmpty()) {
			return null;
		}
		if (top == '&' && distinct.size() > 1) {
			return rankAnd(new ArrayList<>(distinct), matches);
		}
		float[] sums = new float[size];
		for (String word : distinct) {
			Posting posting = postings.get(word);
			if (posting == null) {
				continue;
			}
			Cursor cursor = new Cursor(posting);
			while (cursor.next()) {
				if (cursor.unknown) {
					if (contains(matches, cursor.row)) {
						return null;
					}
					continue;
				}
				sums[cursor.row] = (float) (sums[cursor.row] + terms[cursor.code]);
			}
		}
		// the division by the number of words, for the rows that match (the others are not read)
		int count = distinct.size();
		for (int w = 0; w < matches.length; w++) {
			for (long bits = matches[w]; bits != 0; bits &= bits - 1) {
				int row = (w << 6) + Long.numberOfTrailingZeros(bits);
				sums[row] = sums[row] / count;
			}
		}
		return sums;
	}

	private static boolean contains(long[] bits, int row) {
		return (bits[row >>> 6] & (1L << row)) != 0;
	}

	/** calc_rank_and of tsrank.c for each row of {@code matches}, over the distinct words in byte order. */
	private float[] rankAnd(List<String> words, long[] matches) {
		int n = words.size();
		Cursor[] cursors = new Cursor[n];
		for (int i = 0; i < n; i++) {
			Posting posting = postings.get(words.get(i));
			cursors[i] = posting == null ? null : new Cursor(posting);
		}
		boolean[] present = new boolean[n];
		float[] ranks = new float[size];
		for (int w = 0; w < matches.length; w++) {
			for (long bits = matches[w]; bits != 0; bits &= bits - 1) {
				int row = (w << 6) + Long.numberOfTrailingZeros(bits);
				float res = -1.0f;
				for (int i = 0; i < n; i++) {
					Cursor ci = cursors[i];
					present[i] = ci != null && ci.advanceTo(row);
					if (!present[i]) {
						continue;
					}
					if (ci.unknown) {
						return null;
					}
					for (int k = 0; k < i; k++) {
						if (present[k]) {
							res = pairs(res, ci, cursors[k]);
						}
					}
				}
				ranks[row] = res < 0 ? 1e-20f : res;
			}
		}
		return ranks;
	}

	/** The loop over the positions of two words in calc_rank_and, in its order and arithmetic. */
	private float pairs(float res, Cursor current, Cursor earlier) {
		int dimt = Math.max(1, current.count);
		int lenct = Math.max(1, earlier.count);
		for (int l = 0; l < dimt; l++) {
			for (int p = 0; p < lenct; p++) {
				int dist = Math.abs(current.position(l) - earlier.position(p));
				if (dist != 0 || current.count == 0 || earlier.count == 0) {
					if (dist == 0) {
						dist = MAX_ENTRY_POSITION;
					}
					float curw = (float) Math.sqrt(current.weight(l) * earlier.weight(p)
							* (dist > 100 ? 1e-30f : WORD_DISTANCE[dist]));
					res = res < 0 ? curw : (float) (1.0 - (1.0 - res) * (1.0 - curw));
				}
			}
		}
		return res;
	}

	/** Walks one lexeme's entries in row order, keeping track of where each entry's positions start. */
	private final class Cursor {

		private final int[] sparse;

		private final long[] dense;

		private final byte[] codes;

		private final short[] positions;

		private int entry = -1;

		private int word = -1;

		private long bits;

		int row = -1;

		int code;

		boolean unknown;

		/** Positions of the current entry (0: stored without positions). */
		int count;

		private int offset;

		Cursor(Posting posting) {
			sparse = posting.rows() instanceof int[] rows ? rows : null;
			dense = posting.rows() instanceof long[] rows ? rows : null;
			codes = posting.codes();
			positions = posting.positions();
		}

		boolean next() {
			offset += count;
			entry++;
			if (sparse != null) {
				if (entry >= sparse.length) {
					row = Integer.MAX_VALUE;
					count = 0;
					return false;
				}
				row = sparse[entry];
			}
			else {
				while (bits == 0) {
					if (++word >= dense.length) {
						row = Integer.MAX_VALUE;
						count = 0;
						return false;
					}
					bits = dense[word];
				}
				row = (word << 6) + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
			}
			code = codes[entry] & 0xFF;
			unknown = code == UNKNOWN;
			count = unknown ? 0 : counts[code];
			return true;
		}

		/** Moves to the entry of {@code target} (rows asked in increasing order); false when the lexeme is not in it. */
		boolean advanceTo(int target) {
			while (row < target) {
				next();
			}
			return row == target;
		}

		/** The position of the current entry's l-th position; stored without positions: ts_rank's MAXENTRYPOS - 1. */
		int position(int l) {
			return count == 0 ? MAX_ENTRY_POSITION - 1 : positions[offset + l];
		}

		float weight(int l) {
			return count == 0 ? WEIGHTS[0] : WEIGHTS[(int) (weights[code] >>> (2 * l)) & 3];
		}

	}

	/**
	 * The operator at the top of the tsquery text between {@code from} and {@code to} ('|', '&',
	 * '!', or 'w' for a single word), collecting every word in it; throws {@link Unsupported} for
	 * phrases, prefixes, weights and text it does not read.
	 */
	private static char topOperator(String text, int from, int to, List<String> words) {
		int depth = 0;
		boolean or = false;
		boolean and = false;
		int p = from;
		while (p < to) {
			char ch = text.charAt(p);
			switch (ch) {
				case ' ', '!' -> p++;
				case '(' -> {
					depth++;
					p++;
				}
				case ')' -> {
					if (--depth < 0) {
						throw new Unsupported();
					}
					p++;
				}
				case '|' -> {
					or |= depth == 0;
					p++;
				}
				case '&' -> {
					and |= depth == 0;
					p++;
				}
				case '\'' -> {
					StringBuilder word = new StringBuilder();
					p++;
					while (true) {
						if (p >= to) {
							throw new Unsupported();
						}
						char c = text.charAt(p++);
						if (c == '\\' && p < to) {
							word.append(text.charAt(p++));
						}
						else if (c == '\'' && p < to && text.charAt(p) == '\'') {
							word.append('\'');
							p++;
						}
						else if (c == '\'') {
							break;
						}
						else {
							word.append(c);
						}
					}
					if (p < to && text.charAt(p) == ':') {
						throw new Unsupported();
					}
					words.add(word.toString());
				}
				default -> throw new Unsupported(); // '<' of a phrase, or not a tsquery
			}
		}
		if (depth != 0) {
			throw new Unsupported();
		}
		if (or) {
			return '|';
		}
		if (and) {
			return '&';
		}
		int start = from;
		while (start < to && text.charAt(start) == ' ') {
			start++;
		}
		if (start < to && text.charAt(start) == '!') {
			return '!';
		}
		int end = to;
		while (end > start && text.charAt(end - 1) == ' ') {
			end--;
		}
		if (start < to && text.charAt(start) == '(' && closes(text, start, end)) {
			return topOperator(text, start + 1, end - 1, new ArrayList<>());
		}
		return 'w';
	}

	/** Whether the parenthesis at {@code open} closes at {@code end - 1} (it encloses the whole). */
	private static boolean closes(String text, int open, int end) {
		int depth = 0;
		boolean quoted = false;
		for (int p = open; p < end; p++) {
			char ch = text.charAt(p);
			if (quoted) {
				if (ch == '\\') {
					p++;
				}
				else if (ch == '\'') {
					if (p + 1 < end && text.charAt(p + 1) == '\'') {
						p++;
					}
					else {
						quoted = false;
					}
				}
			}
			else if (ch == '\'') {
				quoted = true;
			}
			else if (ch == '(') {
				depth++;
			}
			else if (ch == ')' && --depth == 0) {
				return p == end - 1;
			}
		}
		return false;
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
		Posting posting = postings.get(lexeme);
		Object stored = posting == null ? null : posting.rows();
		if (stored instanceof long[] bits) {
			return bits;
		}
		int[] rows = stored instanceof int[] sparse ? sparse : new int[0];
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

package org.rightstrack.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading of PostgreSQL's tsquery text by the in-memory lexeme index, on hand-made rows (the
 * equivalence with PostgreSQL on real rows is in RecommendationSearchTests).
 */
class LexemeIndexTests {

	/**
	 * Rows 0..99: "even" in even rows, "third" in every third, "o'brien" in row 7, "back\slash" in
	 * row 8, "rare" in 5 and 50; row 99 has no search vector at all, row 98 an empty one.
	 */
	private final LexemeIndex index = build();

	private static LexemeIndex build() {
		LexemeIndex.Builder builder = new LexemeIndex.Builder();
		for (int row = 0; row < 100; row++) {
			if (row == 99) {
				continue;
			}
			builder.vector(row);
			if (row == 98) {
				continue;
			}
			if (row % 2 == 0) {
				builder.add(row, "even");
			}
			if (row % 3 == 0) {
				builder.add(row, "third");
			}
			if (row == 7) {
				builder.add(row, "o'brien");
			}
			if (row == 8) {
				builder.add(row, "back\\slash");
			}
			if (row == 5 || row == 50) {
				builder.add(row, "rare");
			}
		}
		return builder.build(100);
	}

	private int[] rows(String tsquery) {
		long[] bits = index.matches(tsquery);
		assertThat(bits).as(tsquery).isNotNull();
		return IntStream.range(0, 100).filter(i -> (bits[i >>> 6] & (1L << i)) != 0).toArray();
	}

	@Test
	void readsAndOrNotAndParentheses() {
		assertThat(rows("'rare'")).containsExactly(5, 50);
		assertThat(rows("'even' & 'third'")).containsExactly(IntStream.range(0, 100).filter(i -> i % 6 == 0).toArray());
		assertThat(rows("'rare' | 'o''brien'")).containsExactly(5, 7, 50);
		assertThat(rows("!'even'")).hasSize(50).doesNotContain(0, 2).contains(1, 97, 98);
		assertThat(rows("'third' & !( 'even' | 'rare' )")).containsExactly(3, 9, 15, 21, 27, 33, 39, 45, 51, 57, 63, 69, 75, 81, 87, 93);
		assertThat(rows("'rare' & 'third' | 'back\\\\slash'")).containsExactly(8);
		assertThat(rows("'unknown'")).isEmpty();
		// like PostgreSQL's NULL @@ query: a row without a vector matches no negation; an empty vector does
		assertThat(rows("!'unknown'")).hasSize(99).contains(98).doesNotContain(99);
		assertThat(rows("!!'even'")).containsExactly(rows("'even'"));
	}

	@Test
	void leavesPhrasesPrefixesWeightsAndNonsenseToTheDatabase() {
		for (String tsquery : Arrays.asList("'even' <-> 'third'", "'even' <2> 'third'", "'ev':*", "'even':AB", "'even' & ",
				"( 'even'", "even", "'even", "'even' 'third'")) {
			assertThat(index.matches(tsquery)).as(tsquery).isNull();
		}
	}

	/**
	 * ts_rank's figures as PostgreSQL printed them for these vectors, e.g. {@code SELECT
	 * ts_rank('a:1A,2A,5B b:3C'::tsvector, 'a | b')}: the index reads the vectors as PostgreSQL
	 * writes them and gives the same floats.
	 */
	@Test
	void ranksAsTsRankDoes() {
		LexemeIndex.Builder builder = new LexemeIndex.Builder();
		builder.vector(0, "'a':1A");
		builder.vector(1, "'a':1");
		builder.vector(2, "'a':1A,2A,5B 'b':3C");
		builder.vector(3, "'a' 'b'");
		builder.vector(4, "'a':1B,2A 'o''brien':3 'back\\\\slash':4A");
		builder.vector(5, "'a':1A 'b':2A");
		builder.vector(6, "'a':1A 'b':150A");
		builder.vector(7, "'a':1A,7B 'b':3C 'c':4");
		builder.vector(8, "'a':3 'b':3");
		builder.vector(9, "'a':1A,2A,5B 'c':3C");
		LexemeIndex ranked = builder.build(10);
		assertThat(rank(ranked, "'a'", 0, 1, 2, 3, 4)).containsExactly(0.6079271f, 0.06079271f, 0.78692794f, 0.06079271f,
				0.85109794f);
		assertThat(rank(ranked, "'a' | 'b'", 2)).containsExactly(0.45425668f);
		assertThat(rank(ranked, "'a' | 'b' | 'c'", 3)).containsExactly(0.040528473f);
		assertThat(rank(ranked, "'a' & 'a'", 2)).containsExactly(0.78692794f);
		assertThat(rank(ranked, "( 'a' | 'b' )", 2)).containsExactly(0.45425668f);
		// the lexemes were read with their quotes and backslashes undone
		assertThat(rank(ranked, "'o''brien'", 4)).containsExactly(0.06079271f);
		assertThat(rank(ranked, "'back\\\\slash'", 4)).containsExactly(0.6079271f);
		// & of different words: their distance in the text counts (more than 100 apart, hardly at all;
		// the same position or no positions, as tsrank.c treats them)
		assertThat(rank(ranked, "'a' & 'b'", 2, 3, 5, 6, 8)).containsExactly(0.7752683f, 1e-16f, 0.9910322f, 1e-15f, 1e-20f);
		assertThat(rank(ranked, "( 'a' | 'c' ) & 'b'", 7)).containsExactly(0.8041001f);
		assertThat(rank(ranked, "'a' & !'b'", 9)).containsExactly(1e-20f);
		// phrases and prefixes are left to the database
		for (String tsquery : List.of("'a' <-> 'b'", "'a':*", "'a' | 'b':A", "( 'a'")) {
			assertThat(ranked.rank(tsquery, new long[1])).as(tsquery).isNull();
		}
		// matching rows whose positions were not read cannot be ranked
		assertThat(index.rank("'even'", index.matches("'even'"))).isNull();
	}

	/** Many lexemes (the builder's table grows several times), each found again with its rows and weights. */
	@Test
	void keepsEveryLexemeOfALargeVocabulary() {
		LexemeIndex.Builder builder = new LexemeIndex.Builder();
		for (int row = 0; row < 20; row++) {
			List<String> entries = new java.util.ArrayList<>();
			for (int word = 0; word < 1000; word++) {
				entries.add("'w" + (row * 1000 + word) + "':" + (word + 1) + (word % 2 == 0 ? "A" : ""));
			}
			builder.vector(row, String.join(" ", entries));
		}
		LexemeIndex large = builder.build(20);
		assertThat(large.lexemes()).isEqualTo(20_000);
		for (int row = 0; row < 20; row++) {
			assertThat(large.matches("'w" + (row * 1000 + 7) + "'")[0]).isEqualTo(1L << row);
			assertThat(rank(large, "'w" + (row * 1000 + 8) + "'", row)).containsExactly(0.6079271f);
			assertThat(rank(large, "'w" + (row * 1000 + 9) + "'", row)).containsExactly(0.06079271f);
		}
	}

	private static float[] rank(LexemeIndex index, String tsquery, int... rows) {
		long[] matches = index.matches(tsquery);
		for (int row : rows) {
			assertThat(matches[0] & (1L << row)).as("%s matches row %d", tsquery, row).isNotZero();
		}
		float[] ranks = index.rank(tsquery, matches);
		assertThat(ranks).as(tsquery).isNotNull();
		float[] picked = new float[rows.length];
		for (int k = 0; k < rows.length; k++) {
			picked[k] = ranks[rows[k]];
		}
		return picked;
	}

}

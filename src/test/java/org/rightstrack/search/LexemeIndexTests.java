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
	void ranksOneWordAndWordsJoinedByOrAsTsRankDoes() {
		LexemeIndex.Builder builder = new LexemeIndex.Builder();
		builder.vector(0, "'a':1A");
		builder.vector(1, "'a':1");
		builder.vector(2, "'a':1A,2A,5B 'b':3C");
		builder.vector(3, "'a' 'b'");
		builder.vector(4, "'a':1B,2A 'o''brien':3 'back\\\\slash':4A");
		LexemeIndex ranked = builder.build(5);
		float[] a = ranked.rank("'a'");
		assertThat(a).containsExactly(0.6079271f, 0.06079271f, 0.78692794f, 0.06079271f, 0.85109794f);
		assertThat(ranked.rank("'a' | 'b'")[2]).isEqualTo(0.45425668f);
		assertThat(ranked.rank("'a' | 'b' | 'c'")[3]).isEqualTo(0.040528473f);
		assertThat(ranked.rank("'a' & 'a'")[2]).isEqualTo(0.78692794f);
		assertThat(ranked.rank("( 'a' | 'b' )")[2]).isEqualTo(0.45425668f);
		assertThat(ranked.rank("!'b'")[2]).isEqualTo(0.12158542f);
		// the lexemes were read with their quotes and backslashes undone
		assertThat(ranked.rank("'o''brien'")[4]).isEqualTo(0.06079271f);
		assertThat(ranked.rank("'back\\\\slash'")[4]).isEqualTo(0.6079271f);
		assertThat(ranked.matches("'o''brien' & 'back\\\\slash'")[0]).isEqualTo(1L << 4);
		// & of different words weighs their distance: left to the database, as are phrases and prefixes
		for (String tsquery : List.of("'a' & 'b'", "'a' & !'b'", "( 'a' | 'b' ) & 'c'", "'a' <-> 'b'", "'a':*", "'a' | 'b':A")) {
			assertThat(ranked.rank(tsquery)).as(tsquery).isNull();
		}
		// rows whose weights were not read cannot be ranked
		assertThat(index.rank("'even'")).isNull();
	}

}

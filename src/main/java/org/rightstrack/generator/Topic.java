package org.rightstrack.generator;

import java.util.List;

/**
 * What a synthetic recommendation is about: the phrases that ask for it, grouped by the verbs they
 * follow, and the theme, affected-group and SDG-target codes that a curator would tag it with.
 */
record Topic(String name, List<String> themes, List<String> groups, List<String> sdgs, List<String> instruments,
		List<String> laws, List<String> measures, List<String> ensure, List<String> institutions, int weight) {

	static Builder of(String name, int weight) {
		return new Builder(name, weight);
	}

	static final class Builder {

		private final String name;

		private final int weight;

		private List<String> themes = List.of();

		private List<String> groups = List.of();

		private List<String> sdgs = List.of();

		private List<String> instruments = List.of();

		private List<String> laws = List.of();

		private List<String> measures = List.of();

		private List<String> ensure = List.of();

		private List<String> institutions = List.of();

		private Builder(String name, int weight) {
			this.name = name;
			this.weight = weight;
		}

		Builder themes(String... codes) {
			this.themes = List.of(codes);
			return this;
		}

		Builder groups(String... codes) {
			this.groups = List.of(codes);
			return this;
		}

		Builder sdgs(String... codes) {
			this.sdgs = List.of(codes);
			return this;
		}

		/** Objects of "Ratify", "Accede to", "Consider ratifying". */
		Builder instruments(String... phrases) {
			this.instruments = List.of(phrases);
			return this;
		}

		/** Objects of "Adopt", "Enact", "Amend": laws, policies and plans. */
		Builder laws(String... phrases) {
			this.laws = List.of(phrases);
			return this;
		}

		/** Objects of "Take", "Intensify", "Continue": measures and efforts. */
		Builder measures(String... phrases) {
			this.measures = List.of(phrases);
			return this;
		}

		/** Clauses after "Ensure that". */
		Builder ensure(String... clauses) {
			this.ensure = List.of(clauses);
			return this;
		}

		/** Objects of "Strengthen", "Establish": institutions and programmes. */
		Builder institutions(String... phrases) {
			this.institutions = List.of(phrases);
			return this;
		}

		Topic build() {
			return new Topic(name, themes, groups, sdgs, instruments, laws, measures, ensure, institutions, weight);
		}

	}

}

package org.rightstrack.generator;

/** What {@code generate} was asked for. */
record GenerationOptions(int recommendations, long seed, IndexMode indexes) {

	/** Whether secondary indexes and foreign keys of the bulk tables are dropped before the load and restored after it. */
	enum IndexMode {

		/** Rebuild when adding at least 50,000 recommendations and at least as many as exist already. */
		AUTO,
		/** Keep the indexes and let PostgreSQL maintain them row by row. */
		KEEP,
		/** Always rebuild. */
		REBUILD

	}

}

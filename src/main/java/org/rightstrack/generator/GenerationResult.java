package org.rightstrack.generator;

import java.util.Map;

/** What one {@code generate} run added, and how long each phase took (milliseconds). */
record GenerationResult(long seed, long firstRecommendationId, long lastRecommendationId, int documents, int recommendations,
		int themeLinks, int affectedGroupLinks, int sdgLinks, int recommendingStates, int followUpActions, int followUpLinks,
		int evidence, int assessments, boolean indexesRebuilt, Map<String, Long> timings) {
}

package org.rightstrack.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL's buffer cache setting, as a size or a share of the memory. */
class EmbeddedPostgresSettingsTests {

	@Test
	void aSizeIsPassedOnAndAShareIsComputedFromTheMemory() {
		assertThat(EmbeddedPostgresConfiguration.sharedBuffers(" 512MB ")).isEqualTo("512MB");
		long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024);
		assertThat(EmbeddedPostgresConfiguration.sharedBuffers("25%")).isEqualTo(Math.max(128, total / 4) + "MB");
		assertThat(EmbeddedPostgresConfiguration.sharedBuffers("0%")).as("never below PostgreSQL's default").isEqualTo("128MB");
	}

}

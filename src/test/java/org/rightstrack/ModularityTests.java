package org.rightstrack;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesHaveNoCycles() {
		ApplicationModules.of(RightstrackApplication.class).verify();
	}

}

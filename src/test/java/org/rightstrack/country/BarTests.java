package org.rightstrack.country;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightstrack.country.CountryProfiles.StatusCount;

import static org.assertj.core.api.Assertions.assertThat;

class BarTests {

	@Test
	void barsAreScaledToTheLargestValueWithAPointAsDecimalSeparator() {
		assertThat(Bar.width(50, 200)).isEqualTo("25.0");
		assertThat(Bar.width(200, 200)).isEqualTo("100.0");
		assertThat(Bar.width(0, 200)).isEqualTo("0");
		assertThat(Bar.width(1, 100000)).as("a small count stays visible").isEqualTo("0.5");
	}

	@Test
	void statusBarsComeInAFixedOrderWithZerosAndNotAssessedLast() {
		List<Bar> bars = CountryController.statusBars("IDN",
				List.of(new StatusCount("STARTED", 4), new StatusCount(null, 10), new StatusCount("FULLY_IMPLEMENTED", 2)));
		assertThat(bars).extracting(Bar::code)
			.containsExactly("FULLY_IMPLEMENTED", "LARGELY_IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "STARTED", "NOT_STARTED",
					"NOT_ASSESSED");
		assertThat(bars).extracting(Bar::count).containsExactly(2L, 0L, 0L, 4L, 0L, 10L);
		assertThat(bars.get(0).href()).isEqualTo("/recommendations?country=IDN&status=FULLY_IMPLEMENTED");
		assertThat(bars.get(5).href()).as("the search has no filter for 'not assessed'").isNull();
		assertThat(bars.get(5).width()).isEqualTo("100.0");
	}

}

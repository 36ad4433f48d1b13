package org.rightstrack.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Côte d'Ivoire|cote d ivoire", "  COTE D'IVOIRE |cote d ivoire",
			"Lao People's Democratic Republic|lao people s democratic republic", "Türkiye|turkiye",
			"Bolivia (Plurinational State of)|bolivia plurinational state of", "São Tomé and Príncipe|sao tome and principe" })
	void normalisesCaseAccentsAndPunctuation(String name, String expected) {
		assertThat(Names.normalise(name)).isEqualTo(expected);
	}

}

package org.rightstrack.search;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rightstrack.system.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.search.SearchFixtures.TOKEN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rendered public pages kept for anonymous readers: reused, never stale, never for signed-in users. */
@SearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FilterRegistrationBean<PublicPageCache> registration;

	SearchFixtures f;

	@BeforeAll
	void fixture() {
		f = SearchFixtures.create(jdbc);
	}

	private long hits() {
		return registration.getFilter().hits();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anAnonymousReaderGetsTheKeptPageUntilTheDataChanges() throws Exception {
		String q = TOKEN + " zzpagecache";
		String first = body(get("/recommendations").param("q", TOKEN).param("sort", "oldest"));
		long hits = hits();
		String second = mvc.perform(get("/recommendations").param("q", TOKEN).param("sort", "oldest"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")))
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hits()).isEqualTo(hits + 1);
		assertThat(second).isEqualTo(first);

		// a new recommendation is on the next page at once
		String before = body(get("/recommendations").param("q", q));
		assertThat(before).doesNotContain("<mark>zzpagecache</mark>");
		long doc = jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/CAT/FRA'").query(Long.class).single();
		long r = SearchFixtures.recommendation(jdbc, "xtest-pagecache-" + System.nanoTime(), doc, "1", TOKEN + " zzpagecache");
		try {
			hits = hits();
			assertThat(body(get("/recommendations").param("q", q))).contains("<mark>zzpagecache</mark>");
			assertThat(hits()).as("not answered from the page kept before the change").isEqualTo(hits);
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(r).update();
		}
		assertThat(body(get("/recommendations").param("q", q))).doesNotContain("<mark>zzpagecache</mark>");
	}

	@Test
	void theHtmxPartTheLanguageAndTheCountryProfileAreKeptApart() throws Exception {
		String page = body(get("/recommendations").param("q", TOKEN).param("size", "50"));
		String part = body(get("/recommendations").param("q", TOKEN).param("size", "50").header("HX-Request", "true"));
		assertThat(page).contains("<html");
		assertThat(part).doesNotContain("<html").contains(TOKEN);
		String french = body(get("/recommendations").param("q", TOKEN).param("size", "50")
			.cookie(new Cookie("rightstrack-lang", "fr")));
		assertThat(french).contains("lang=\"fr\"");
		assertThat(body(get("/recommendations").param("q", TOKEN).param("size", "50"))).isEqualTo(page);

		body(get("/countries/IDN"));
		long hits = hits();
		assertThat(body(get("/countries/IDN"))).contains("Indonesia");
		assertThat(hits()).isEqualTo(hits + 1);
	}

	@Test
	void signedInUsersAlwaysGetTheirOwnPage() throws Exception {
		long hits = hits();
		for (int i = 0; i < 2; i++) {
			assertThat(body(get("/recommendations").param("q", TOKEN).with(user("curator@example.org").roles("CURATOR"))))
				.contains("name=\"_csrf\"");
		}
		assertThat(hits()).isEqualTo(hits);
		// and a language change (which sets a cookie) is never kept either
		body(get("/recommendations").param("q", TOKEN).param("lang", "fr"));
		body(get("/recommendations").param("q", TOKEN).param("lang", "fr"));
		assertThat(hits()).isEqualTo(hits);
	}

}

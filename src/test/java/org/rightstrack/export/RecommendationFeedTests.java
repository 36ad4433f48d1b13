package org.rightstrack.export;

import java.io.StringReader;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExportTest
class RecommendationFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ExportFixtures f;

	@BeforeEach
	void fixture() {
		f = ExportFixtures.create(jdbc);
	}

	SyndFeed feed(String query) throws Exception {
		MvcResult result = mvc.perform(get("/recommendations/feed.atom?" + query)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		String xml = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
		return new SyndFeedInput().build(new StringReader(xml));
	}

	static List<String> links(SyndFeed feed) {
		return feed.getEntries().stream().map(SyndEntry::getLink).toList();
	}

	@Test
	void theFeedHasTheMatchingRecommendationsAndThePublishedActionsThatAddressThem() throws Exception {
		SyndFeed feed = feed("q=quokkaexport&country=VNM");

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isNotBlank();
		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).hasSize(3);
		assertThat(entries).extracting(SyndEntry::getUri)
			.allSatisfy(id -> assertThat(id).matches("tag:localhost,2026:(recommendation|follow-up-action|assessment):\\d+"))
			.contains("tag:localhost,2026:recommendation:" + f.e1, "tag:localhost,2026:recommendation:" + f.e2);
		SyndEntry action = entries.stream().filter(e -> e.getUri().contains(":follow-up-action:")).findFirst().orElseThrow();
		assertThat(action.getTitle()).contains(ExportFixtures.ACTION_TITLE).contains("in progress");
		assertThat(action.getLink()).isEqualTo("http://localhost/recommendations/" + f.e1);
		assertThat(action.getAuthor()).isEqualTo("Ministry of Justice");
		long actionId = Long.parseLong(action.getUri().substring(action.getUri().lastIndexOf(':') + 1));
		assertThat(action.getLinks()).anySatisfy(link -> {
			assertThat(link.getRel()).isEqualTo("related");
			assertThat(link.getHref()).isEqualTo("http://localhost/actions/" + actionId);
		});
		mvc.perform(get("/actions/{id}", actionId)).andExpect(status().isOk());
		assertThat(entries).noneSatisfy(e -> assertThat(e.getTitle()).contains("draft"));
		SyndEntry e1 = entries.stream().filter(e -> e.getUri().endsWith(":recommendation:" + f.e1)).findFirst().orElseThrow();
		assertThat(e1.getLink()).isEqualTo("http://localhost/recommendations/" + f.e1);
		assertThat(e1.getTitle()).contains("XEXP/CEDAW/VNM ¶12 (a)").contains("quokkaexport: Adopt a law");
		assertThat(e1.getDescription().getValue()).isEqualTo(ExportFixtures.E1_TEXT);
		assertThat(e1.getUpdatedDate()).isNotNull();
		List<Date> updated = entries.stream().map(SyndEntry::getUpdatedDate).toList();
		assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void approvedAssessmentsAreUpdatesAndPendingOnesAreNot() throws Exception {
		SyndFeed feed = feed("q=quokkaexport&country=LAO");

		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.anySatisfy(title -> assertThat(title).contains(ExportFixtures.ASSESSMENT_ORGANISATION).contains("civil society").contains("Started"))
			.noneSatisfy(title -> assertThat(title).contains("pending org"));
		assertThat(links(feed)).contains("http://localhost/recommendations/" + f.e3)
			.doesNotContain("http://localhost/recommendations/" + f.e5);
		assertThat(feed.getEntries()).hasSize(3);
	}

	@Test
	void theFeedFollowsTheFiltersAndHasAtMostFiftyEntries() throws Exception {
		assertThat(links(feed("q=quokkaexport&response=NOTED"))).containsExactly("http://localhost/recommendations/" + f.e4);
		assertThat(feed("q=quokkaexport&theme=death-penalty&country=VNM").getEntries()).isEmpty();
		assertThat(feed("").getEntries()).hasSizeLessThanOrEqualTo(RecommendationFeed.ENTRIES);
	}

	@Test
	void theFeedIsInTheLanguageAsked() throws Exception {
		SyndFeed feed = feed("q=quokkaexport&country=VNM&lang=fr");
		assertThat(feed.getTitle()).contains("recommandations");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).anySatisfy(t -> assertThat(t).contains("Action de suivi"));
	}

}

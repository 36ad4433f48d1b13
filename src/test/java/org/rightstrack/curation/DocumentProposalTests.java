package org.rightstrack.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstrack.IntegrationTest;
import org.rightstrack.curation.DocumentSplitter.Paragraph;
import org.rightstrack.curation.RecommendationProposer.FollowUpRequest;
import org.rightstrack.curation.RecommendationProposer.Proposal;
import org.rightstrack.curation.RecommendationProposer.Suggestion;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The splitter and the proposer on the realistic test documents in src/test/resources/curation,
 * and the measurement reported in docs/curation.md: how many proposals a curator had to change.
 * Each {@code .key} file lists the corrections the curator made after review; every correction must
 * change something, so when the proposer improves the key (and the documented figure) must follow.
 */
@IntegrationTest
class DocumentProposalTests {

	static final Path DOCUMENTS = Path.of("src/test/resources/curation");

	static final LocalDate DATE = LocalDate.of(2024, 5, 31);

	static final Map<String, String> MEASUREMENTS = new java.util.TreeMap<>();

	@Autowired
	RecommendationProposer proposer;

	static String read(String name) throws IOException {
		return Files.readString(DOCUMENTS.resolve(name + ".txt"));
	}

	static Paragraph paragraph(List<Paragraph> paragraphs, String number) {
		return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow();
	}

	@Test
	void catConcludingObservationsSplitIntoNumberedParagraphsSubParagraphsAndTheFollowUpRequest() throws IOException {
		List<Paragraph> paragraphs = DocumentSplitter.split(read("cat-co"));
		assertThat(paragraphs).extracting(Paragraph::number)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
					"20", "21");
		assertThat(paragraph(paragraphs, "8").subParagraphs()).extracting(DocumentSplitter.SubParagraph::letter).containsExactly("a", "b", "c");
		assertThat(paragraph(paragraphs, "8").subParagraphs().get(1).text()).startsWith("Ensure that detained persons are registered");
		assertThat(paragraph(paragraphs, "15").heading()).isEqualTo("Trafficking in persons");
		assertThat(paragraph(paragraphs, "1").text()).endsWith("held on 24 April 2024.");
		FollowUpRequest followUp = RecommendationProposer.followUpRequest(paragraphs, DATE);
		assertThat(followUp.paragraph()).isEqualTo("19");
		assertThat(followUp.references()).containsExactly("6", "8a", "12");
		assertThat(followUp.deadline()).isEqualTo(LocalDate.of(2025, 5, 12));
	}

	@Test
	void cedawFollowUpWithinTwoYearsFlagsTheNamedParagraphsAndSubParagraphs() throws IOException {
		List<Paragraph> paragraphs = DocumentSplitter.split(read("cedaw-co"));
		assertThat(paragraphs).hasSize(19);
		FollowUpRequest followUp = RecommendationProposer.followUpRequest(paragraphs, DATE);
		assertThat(followUp.references()).containsExactly("8b", "14", "17");
		assertThat(followUp.deadline()).isEqualTo(DATE.plusYears(2));
		List<Proposal> proposals = proposer.propose(read("cedaw-co"), DATE);
		assertThat(proposals.stream().filter(Proposal::followUp).map(Proposal::paragraph)).containsExactly("8 (b)", "14", "17");
		Proposal trafficking = proposals.stream().filter(p -> p.paragraph().equals("10")).findFirst().orElseThrow();
		assertThat(trafficking.recommendation()).isTrue();
		assertThat(trafficking.recommendationBecause()).isEqualTo("urges");
		assertThat(trafficking.themes()).extracting(Suggestion::name, Suggestion::because).contains(org.assertj.core.groups.Tuple.tuple("Trafficking in persons", "trafficking in women"));
	}

	@Test
	void crcHasNoFollowUpProcedureAndKeepsSubParagraphsUnderTheirHeading() throws IOException {
		List<Paragraph> paragraphs = DocumentSplitter.split(read("crc-co"));
		assertThat(paragraphs).hasSize(21);
		assertThat(paragraph(paragraphs, "11").subParagraphs()).hasSize(3);
		assertThat(paragraph(paragraphs, "19").subParagraphs()).hasSize(2);
		assertThat(paragraph(paragraphs, "9").heading()).isEqualTo("Birth registration");
		assertThat(RecommendationProposer.followUpRequest(paragraphs, DATE)).isNull();
	}

	@Test
	void specialRapporteurReportAndUprReportAreSplitToo() throws IOException {
		List<Paragraph> report = DocumentSplitter.split(read("sr-trafficking-visit"));
		assertThat(report).hasSize(12);
		assertThat(paragraph(report, "9").subParagraphs()).extracting(DocumentSplitter.SubParagraph::letter).containsExactly("a", "b", "c", "d", "e");
		List<Paragraph> upr = DocumentSplitter.split(read("upr-report"));
		assertThat(upr).extracting(Paragraph::number).startsWith("118", "118.1", "118.2").endsWith("118.12").hasSize(13);
		List<Proposal> proposals = proposer.propose(read("upr-report"), DATE);
		assertThat(proposals.get(1).recommendingStates()).extracting(Suggestion::code).containsExactly("DNK", "GHA");
	}

	@Test
	void wrappedPdfLinesAndHyphenationAreJoined() {
		List<Paragraph> paragraphs = DocumentSplitter.split("""
				1. The Committee recommends that the State party combat traf-
				ficking in persons by
				2030, in line with the Sustainable Development Goals.
				2. The Committee urges the State party to:
				(a) Adopt a law;
				(b) Train judges.
				""");
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0).text()).isEqualTo(
				"The Committee recommends that the State party combat trafficking in persons by 2030, in line with the Sustainable Development Goals.");
		assertThat(paragraphs.get(1).subParagraphs()).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cat-co", "cedaw-co", "crc-co", "sr-trafficking-visit", "upr-report" })
	void proposalsNeedOnlyTheRecordedCorrections(String name) throws IOException {
		List<Proposal> proposals = proposer.propose(read(name), DATE);
		Map<String, Proposal> byLabel = new HashMap<>();
		proposals.forEach(p -> byLabel.put(p.paragraph(), p));
		int includeChanges = 0;
		int vocabularyChanges = 0;
		int followUpChanges = 0;
		List<String> lines = Files.readAllLines(DOCUMENTS.resolve(name + ".key")).stream().filter(l -> !l.isBlank()).toList();
		for (String line : lines) {
			String label = line.substring(0, line.indexOf(':'));
			Proposal proposal = byLabel.get(label);
			assertThat(proposal).as(name + " has a proposal for " + label).isNotNull();
			Set<String> kinds = new HashSet<>();
			for (String token : line.substring(line.indexOf(':') + 1).strip().split("\\s+")) {
				switch (token) {
					case "include" -> assertThat(proposal.recommendation()).as(line).isFalse();
					case "exclude" -> assertThat(proposal.recommendation()).as(line).isTrue();
					case "followup" -> assertThat(proposal.followUp()).as(line).isFalse();
					case "nofollowup" -> assertThat(proposal.followUp()).as(line).isTrue();
					default -> {
						String kind = token.substring(1, token.indexOf(':'));
						String code = token.substring(token.indexOf(':') + 1);
						List<Suggestion> suggested = switch (kind) {
							case "THEME" -> proposal.themes();
							case "GROUP" -> proposal.groups();
							case "SDG" -> proposal.sdgTargets();
							case "STATE" -> proposal.recommendingStates();
							default -> throw new IllegalArgumentException(token);
						};
						boolean present = suggested.stream().anyMatch(s -> s.code().equals(code));
						assertThat(present).as(name + ": " + token + " must change the proposal").isEqualTo(token.startsWith("-"));
					}
				}
				kinds.add(token.startsWith("+") || token.startsWith("-") ? "vocabulary" : token.contains("follow") ? "followup" : "include");
			}
			includeChanges += kinds.contains("include") ? 1 : 0;
			vocabularyChanges += kinds.contains("vocabulary") ? 1 : 0;
			followUpChanges += kinds.contains("followup") ? 1 : 0;
		}
		long proposed = proposals.stream().filter(Proposal::recommendation).count();
		long kept = proposed + lines.stream().filter(l -> l.contains(" include")).count() - lines.stream().filter(l -> l.contains(" exclude")).count();
		MEASUREMENTS.put(name, "| " + name + " | " + proposals.size() + " | " + proposed + " | " + kept + " | " + lines.size() + " | "
				+ includeChanges + " | " + vocabularyChanges + " | " + followUpChanges + " |");
	}

	@AfterAll
	static void writeMeasurement() throws IOException {
		List<String> table = new ArrayList<>();
		table.add("| document | proposals (paragraphs and sub-paragraphs) | proposed as recommendations | recommendations kept | proposals changed | recommendation yes/no changed | vocabulary changed | follow-up changed |");
		table.add("|---|---|---|---|---|---|---|---|");
		table.addAll(MEASUREMENTS.values());
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/curation-measurement.md"), table.stream().collect(Collectors.joining("\n", "", "\n")));
	}

}

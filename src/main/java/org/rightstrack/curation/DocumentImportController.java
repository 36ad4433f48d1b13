package org.rightstrack.curation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.rightstrack.curation.RecommendationProposer.Proposal;
import org.rightstrack.curation.RecommendationProposer.Suggestion;
import org.rightstrack.recommendation.DocumentType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a document to recommendations: the curator pastes or uploads the text of concluding
 * observations or a report, the application proposes the recommendations in it, the curator
 * reviews and corrects every proposal, and only then is anything saved.
 */
@Controller
class DocumentImportController {

	/** The document the text comes from, and the text. */
	public static class ImportForm {

		@Size(max = 100)
		private String symbol;

		@NotBlank @Size(max = 500)
		private String title;

		@NotNull
		private Long mechanismId;

		@NotNull
		private Long countryId;

		@NotNull
		private DocumentType type;

		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate publishedOn;

		@Size(max = 1000)
		private String url;

		private boolean published;

		@Size(max = 2000000)
		private String text;

		@Valid
		private List<ProposalForm> proposals = new java.util.ArrayList<>();

		public String getSymbol() {
			return symbol;
		}

		public void setSymbol(String symbol) {
			this.symbol = symbol;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Long getMechanismId() {
			return mechanismId;
		}

		public void setMechanismId(Long mechanismId) {
			this.mechanismId = mechanismId;
		}

		public Long getCountryId() {
			return countryId;
		}

		public void setCountryId(Long countryId) {
			this.countryId = countryId;
		}

		public DocumentType getType() {
			return type;
		}

		public void setType(DocumentType type) {
			this.type = type;
		}

		public LocalDate getPublishedOn() {
			return publishedOn;
		}

		public void setPublishedOn(LocalDate publishedOn) {
			this.publishedOn = publishedOn;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public boolean isPublished() {
			return published;
		}

		public void setPublished(boolean published) {
			this.published = published;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public List<ProposalForm> getProposals() {
			return proposals;
		}

		public void setProposals(List<ProposalForm> proposals) {
			this.proposals = proposals;
		}

	}

	/** One proposed recommendation as the curator reviews it. */
	public static class ProposalForm {

		private boolean include;

		private boolean proposedInclude;

		@Size(max = 40)
		private String paragraph;

		@Size(max = 20000)
		private String text;

		private String proposedText;

		private String heading;

		private String reasons;

		private List<Long> themeIds = new java.util.ArrayList<>();

		private List<Long> suggestedThemeIds = new java.util.ArrayList<>();

		private List<Long> groupIds = new java.util.ArrayList<>();

		private List<Long> suggestedGroupIds = new java.util.ArrayList<>();

		private List<Long> sdgTargetIds = new java.util.ArrayList<>();

		private List<Long> suggestedSdgTargetIds = new java.util.ArrayList<>();

		private List<Long> recommendingStateIds = new java.util.ArrayList<>();

		private List<Long> suggestedRecommendingStateIds = new java.util.ArrayList<>();

		public List<Long> getRecommendingStateIds() {
			return recommendingStateIds;
		}

		public void setRecommendingStateIds(List<Long> recommendingStateIds) {
			this.recommendingStateIds = recommendingStateIds;
		}

		public List<Long> getSuggestedRecommendingStateIds() {
			return suggestedRecommendingStateIds;
		}

		public void setSuggestedRecommendingStateIds(List<Long> suggestedRecommendingStateIds) {
			this.suggestedRecommendingStateIds = suggestedRecommendingStateIds;
		}

		private String addTheme;

		private String addGroup;

		private String addSdgTarget;

		private boolean followUp;

		private boolean proposedFollowUp;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate followUpDeadline;

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public boolean isProposedInclude() {
			return proposedInclude;
		}

		public void setProposedInclude(boolean proposedInclude) {
			this.proposedInclude = proposedInclude;
		}

		public String getParagraph() {
			return paragraph;
		}

		public void setParagraph(String paragraph) {
			this.paragraph = paragraph;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getProposedText() {
			return proposedText;
		}

		public void setProposedText(String proposedText) {
			this.proposedText = proposedText;
		}

		public String getHeading() {
			return heading;
		}

		public void setHeading(String heading) {
			this.heading = heading;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public List<Long> getThemeIds() {
			return themeIds;
		}

		public void setThemeIds(List<Long> themeIds) {
			this.themeIds = themeIds;
		}

		public List<Long> getSuggestedThemeIds() {
			return suggestedThemeIds;
		}

		public void setSuggestedThemeIds(List<Long> suggestedThemeIds) {
			this.suggestedThemeIds = suggestedThemeIds;
		}

		public List<Long> getGroupIds() {
			return groupIds;
		}

		public void setGroupIds(List<Long> groupIds) {
			this.groupIds = groupIds;
		}

		public List<Long> getSuggestedGroupIds() {
			return suggestedGroupIds;
		}

		public void setSuggestedGroupIds(List<Long> suggestedGroupIds) {
			this.suggestedGroupIds = suggestedGroupIds;
		}

		public List<Long> getSdgTargetIds() {
			return sdgTargetIds;
		}

		public void setSdgTargetIds(List<Long> sdgTargetIds) {
			this.sdgTargetIds = sdgTargetIds;
		}

		public List<Long> getSuggestedSdgTargetIds() {
			return suggestedSdgTargetIds;
		}

		public void setSuggestedSdgTargetIds(List<Long> suggestedSdgTargetIds) {
			this.suggestedSdgTargetIds = suggestedSdgTargetIds;
		}

		public String getAddTheme() {
			return addTheme;
		}

		public void setAddTheme(String addTheme) {
			this.addTheme = addTheme;
		}

		public String getAddGroup() {
			return addGroup;
		}

		public void setAddGroup(String addGroup) {
			this.addGroup = addGroup;
		}

		public String getAddSdgTarget() {
			return addSdgTarget;
		}

		public void setAddSdgTarget(String addSdgTarget) {
			this.addSdgTarget = addSdgTarget;
		}

		public boolean isFollowUp() {
			return followUp;
		}

		public void setFollowUp(boolean followUp) {
			this.followUp = followUp;
		}

		public boolean isProposedFollowUp() {
			return proposedFollowUp;
		}

		public void setProposedFollowUp(boolean proposedFollowUp) {
			this.proposedFollowUp = proposedFollowUp;
		}

		public LocalDate getFollowUpDeadline() {
			return followUpDeadline;
		}

		public void setFollowUpDeadline(LocalDate followUpDeadline) {
			this.followUpDeadline = followUpDeadline;
		}

	}

	private final Choices choices;

	private final RecommendationProposer proposer;

	private final RecommendationCuration curation;

	private final DocumentCuration documents;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	DocumentImportController(Choices choices, RecommendationProposer proposer, RecommendationCuration curation,
			DocumentCuration documents, TransactionTemplate transaction, MessageSource messages) {
		this.choices = choices;
		this.proposer = proposer;
		this.curation = curation;
		this.documents = documents;
		this.transaction = transaction;
		this.messages = messages;
	}

	@InitBinder
	void allowLongDocuments(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(5000);
	}

	@GetMapping("/curation/documents/import")
	String start(Model model) {
		ImportForm form = new ImportForm();
		form.setType(DocumentType.CONCLUDING_OBSERVATIONS);
		return start(model, form);
	}

	private String start(Model model, ImportForm form) {
		model.addAttribute("form", form);
		addChoices(model);
		return "curation/import";
	}

	private void addChoices(Model model) {
		model.addAttribute("mechanisms", choices.mechanisms());
		model.addAttribute("countries", choices.countries());
		model.addAttribute("types", Arrays.stream(DocumentType.values()).map(Option::of).toList());
	}

	/** Splits the text and shows the proposals for review; nothing is written. */
	@PostMapping("/curation/documents/import")
	String propose(@Valid @ModelAttribute("form") ImportForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Model model) {
		if (file != null && !file.isEmpty()) {
			try (InputStream in = file.getInputStream()) {
				Tika tika = new Tika();
				tika.setMaxStringLength(2_000_000);
				form.setText(tika.parseToString(in));
			}
			catch (IOException | TikaException e) {
				result.rejectValue("text", "curation.import.unreadable");
			}
		}
		if (form.getText() == null || form.getText().isBlank()) {
			if (!result.hasFieldErrors("text")) {
				result.rejectValue("text", "curation.import.textRequired");
			}
		}
		if (result.hasErrors()) {
			return start(model, form);
		}
		List<Proposal> proposals = proposer.propose(form.getText(), form.getPublishedOn());
		if (proposals.isEmpty()) {
			result.rejectValue("text", "curation.import.noParagraphs");
			return start(model, form);
		}
		form.setProposals(proposals.stream().map(DocumentImportController::toForm).toList());
		return review(model, form);
	}

	private String review(Model model, ImportForm form) {
		model.addAttribute("form", form);
		model.addAttribute("themeNames", names(choices.themes()));
		model.addAttribute("groupNames", names(choices.affectedGroups()));
		model.addAttribute("targetNames", names(choices.sdgTargets()));
		model.addAttribute("stateNames", names(choices.countries()));
		model.addAttribute("themes", choices.themes());
		model.addAttribute("groups", choices.affectedGroups());
		model.addAttribute("targets", choices.sdgTargets());
		model.addAttribute("reasons", form.getProposals().stream().map(p -> reasons(p.getReasons())).toList());
		model.addAttribute("candidates", form.getProposals().stream().map(Candidates::of).toList());
		model.addAttribute("proposedCount", form.getProposals().stream().filter(ProposalForm::isProposedInclude).count());
		addChoices(model);
		return "curation/import-review";
	}

	private static Map<Long, String> names(List<Option> options) {
		Map<Long, String> names = new LinkedHashMap<>();
		options.forEach(o -> names.put(Long.valueOf(o.value()), o.label()));
		return names;
	}

	private static ProposalForm toForm(Proposal proposal) {
		ProposalForm form = new ProposalForm();
		form.setInclude(proposal.recommendation());
		form.setProposedInclude(proposal.recommendation());
		form.setParagraph(proposal.paragraph());
		form.setText(proposal.text());
		form.setProposedText(proposal.text());
		form.setHeading(proposal.heading());
		List<Suggestion> all = new ArrayList<>();
		all.addAll(proposal.themes());
		all.addAll(proposal.groups());
		all.addAll(proposal.sdgTargets());
		all.addAll(proposal.recommendingStates());
		// "THEME:Trafficking:trafficking in persons|..." kept in the form so the review can be shown again
		form.setReasons(all.stream().map(s -> s.kind() + "\u001f" + s.name() + "\u001f" + s.because()).collect(Collectors.joining("\u001e")));
		form.setThemeIds(ids(proposal.themes()));
		form.setSuggestedThemeIds(ids(proposal.themes()));
		form.setGroupIds(ids(proposal.groups()));
		form.setSuggestedGroupIds(ids(proposal.groups()));
		form.setSdgTargetIds(ids(proposal.sdgTargets()));
		form.setSuggestedSdgTargetIds(ids(proposal.sdgTargets()));
		form.setRecommendingStateIds(ids(proposal.recommendingStates()));
		form.setSuggestedRecommendingStateIds(ids(proposal.recommendingStates()));
		form.setFollowUp(proposal.followUp());
		form.setProposedFollowUp(proposal.followUp());
		form.setFollowUpDeadline(proposal.followUpDeadline());
		return form;
	}

	private static List<Long> ids(List<Suggestion> suggestions) {
		return new ArrayList<>(suggestions.stream().map(Suggestion::id).toList());
	}

	/** The checkboxes a proposal shows: what was suggested and what the curator chose. */
	record Candidates(List<Long> themes, List<Long> groups, List<Long> targets, List<Long> states) {

		static Candidates of(ProposalForm form) {
			return new Candidates(union(form.getSuggestedThemeIds(), form.getThemeIds()),
					union(form.getSuggestedGroupIds(), form.getGroupIds()), union(form.getSuggestedSdgTargetIds(), form.getSdgTargetIds()),
					union(form.getSuggestedRecommendingStateIds(), form.getRecommendingStateIds()));
		}

		private static List<Long> union(List<Long> a, List<Long> b) {
			List<Long> all = new ArrayList<>(a == null ? List.of() : a);
			(b == null ? List.<Long>of() : b).stream().filter(id -> !all.contains(id)).forEach(all::add);
			return all;
		}

	}

	/** One explanation line for the review page. */
	record Reason(String kind, String name, String because) {
	}

	static List<Reason> reasons(String reasons) {
		if (reasons == null || reasons.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(reasons.split("\u001e")).map(r -> r.split("\u001f", 3)).filter(p -> p.length == 3)
			.map(p -> new Reason(p[0], p[1], p[2])).toList();
	}

	/** Saves the document and the recommendations the curator kept, as reviewed. */
	@PostMapping("/curation/documents/import/save")
	String save(@Valid @ModelAttribute("form") ImportForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		for (int i = 0; i < form.getProposals().size(); i++) {
			ProposalForm proposal = form.getProposals().get(i);
			if (proposal.isInclude() && (proposal.getText() == null || proposal.getText().isBlank())) {
				result.rejectValue("proposals[" + i + "].text", "curation.import.proposalText");
			}
			resolveAdditions(proposal, i, result);
		}
		if (form.getProposals().stream().noneMatch(ProposalForm::isInclude)) {
			result.reject("curation.import.nothingChosen");
		}
		if (result.hasErrors()) {
			return review(model, form);
		}
		try {
			int[] counts = transaction.execute(status -> save(form));
			redirect.addFlashAttribute("message", messages.getMessage("curation.import.saved",
					new Object[] { counts[0], counts[1], form.getProposals().size() }, LocaleContextHolder.getLocale()));
			return "redirect:/curation/recommendations?document=" + counts[2];
		}
		catch (DuplicateKeyException e) {
			result.rejectValue("symbol", "curation.duplicate");
			return review(model, form);
		}
	}

	private void resolveAdditions(ProposalForm proposal, int index, BindingResult result) {
		proposal.setThemeIds(add(proposal.getThemeIds(), proposal.getAddTheme(), choices.themes(), "proposals[" + index + "].addTheme", result));
		proposal.setGroupIds(add(proposal.getGroupIds(), proposal.getAddGroup(), choices.affectedGroups(), "proposals[" + index + "].addGroup", result));
		proposal.setSdgTargetIds(add(proposal.getSdgTargetIds(), proposal.getAddSdgTarget(), choices.sdgTargets(),
				"proposals[" + index + "].addSdgTarget", result));
	}

	/** Adds the vocabulary entry the curator typed (its label from the list, or its code). */
	private static List<Long> add(List<Long> ids, String typed, List<Option> options, String field, BindingResult result) {
		List<Long> all = new ArrayList<>(ids == null ? List.of() : ids);
		if (typed == null || typed.isBlank()) {
			return all;
		}
		String wanted = typed.strip().toLowerCase(Locale.ROOT);
		Option match = options.stream()
			.filter(o -> o.label().toLowerCase(Locale.ROOT).equals(wanted) || o.label().toLowerCase(Locale.ROOT).endsWith("› " + wanted)
					// an SDG target by its code: "16.3"
					|| (wanted.matches("\\d{1,2}\\.[0-9a-z]{1,2}") && o.label().startsWith(wanted + " ")))
			.findFirst()
			.orElse(null);
		if (match == null) {
			result.rejectValue(field, "curation.import.unknownEntry");
		}
		else if (!all.contains(Long.valueOf(match.value()))) {
			all.add(Long.valueOf(match.value()));
		}
		return all;
	}

	/** @return recommendations saved, proposals the curator changed, the new document's id */
	private int[] save(ImportForm form) {
		// through JPA, so that the document and each recommendation start their history as "created" by the curator
		long document = documents.create(form);
		int saved = 0;
		int changed = 0;
		for (ProposalForm proposal : form.getProposals()) {
			if (changed(proposal)) {
				changed++;
			}
			if (!proposal.isInclude()) {
				continue;
			}
			curation.create(document, proposal);
			saved++;
		}
		return new int[] { saved, changed, (int) document };
	}

	/** Whether the curator changed anything the application proposed for this paragraph. */
	static boolean changed(ProposalForm proposal) {
		if (proposal.isInclude() != proposal.isProposedInclude()) {
			return true;
		}
		if (!proposal.isInclude()) {
			return false;
		}
		return !Objects.equals(normalise(proposal.getText()), normalise(proposal.getProposedText()))
				|| !same(proposal.getThemeIds(), proposal.getSuggestedThemeIds())
				|| !same(proposal.getGroupIds(), proposal.getSuggestedGroupIds())
				|| !same(proposal.getSdgTargetIds(), proposal.getSuggestedSdgTargetIds())
				|| !same(proposal.getRecommendingStateIds(), proposal.getSuggestedRecommendingStateIds())
				|| proposal.isFollowUp() != proposal.isProposedFollowUp();
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	private static boolean same(List<Long> a, List<Long> b) {
		return new HashSet<>(a == null ? List.of() : a).equals(new HashSet<>(b == null ? List.of() : b));
	}

}

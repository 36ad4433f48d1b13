package org.rightstrack.mechanism;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rightstrack.mechanism.MechanismQueries.MechanismHeader;
import org.rightstrack.mechanism.MechanismQueries.MechanismSummary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The mechanisms by kind, and one mechanism with its documents, visits and recommendations. */
@Controller
class MechanismController {

	static final int DOCUMENTS_PER_PAGE = 50;

	private final MechanismQueries mechanisms;

	MechanismController(MechanismQueries mechanisms) {
		this.mechanisms = mechanisms;
	}

	@GetMapping("/mechanisms")
	String list(Model model) {
		List<MechanismSummary> all = mechanisms.list(null);
		Map<MechanismKind, List<MechanismSummary>> byKind = new LinkedHashMap<>();
		Arrays.stream(MechanismKind.values()).forEach(kind -> {
			List<MechanismSummary> ofKind = all.stream().filter(m -> m.kind() == kind).toList();
			if (!ofKind.isEmpty()) {
				byKind.put(kind, ofKind);
			}
		});
		model.addAttribute("byKind", byKind);
		return "mechanism/list";
	}

	@GetMapping("/mechanisms/{code}")
	String show(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
		MechanismHeader mechanism = mechanisms.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long documentCount = mechanisms.documentCount(mechanism.id());
		int pages = (int) Math.max(1, (documentCount + DOCUMENTS_PER_PAGE - 1) / DOCUMENTS_PER_PAGE);
		int current = Math.clamp(page, 0, pages - 1);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("documentCount", documentCount);
		model.addAttribute("documents", mechanisms.documents(mechanism.id(), DOCUMENTS_PER_PAGE, (long) current * DOCUMENTS_PER_PAGE));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("visits", mechanisms.visits(mechanism.id()));
		return "mechanism/show";
	}

}

package org.rightstrack.search;

import org.rightstrack.recommendation.RecommendationRedirects;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The recommendation page; the URL of a recommendation merged into another one redirects there for good. */
@Controller
class RecommendationController {

	private final RecommendationDetails details;

	private final RecommendationRedirects redirects;

	RecommendationController(RecommendationDetails details, RecommendationRedirects redirects) {
		this.details = details;
		this.redirects = redirects;
	}

	@GetMapping("/recommendations/{id:\\d{1,18}}")
	ModelAndView show(@PathVariable long id) {
		var target = redirects.target(id);
		if (target.isPresent()) {
			RedirectView redirect = new RedirectView("/recommendations/" + target.get(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		var detail = details.find(id, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("search/recommendation", "r", detail);
	}

}

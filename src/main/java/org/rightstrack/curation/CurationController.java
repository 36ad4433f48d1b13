package org.rightstrack.curation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The curators' start page. */
@Controller
class CurationController {

	@GetMapping("/curation")
	String index() {
		return "curation/index";
	}

}

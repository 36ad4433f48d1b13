package org.rightstrack.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final JdbcClient jdbc;

	HomeController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", jdbc.sql("""
				SELECT (SELECT count(*) FROM recommendation WHERE published AND NOT archived) AS recommendations,
				       (SELECT count(*) FROM document WHERE published AND NOT archived) AS documents,
				       (SELECT count(*) FROM country WHERE un_status <> 'OTHER') AS states,
				       (SELECT count(*) FROM mechanism WHERE NOT archived) AS mechanisms,
				       (SELECT count(*) FROM follow_up_action WHERE published AND NOT archived) AS actions,
				       (SELECT count(*) FROM data_load WHERE name = 'demo') > 0 AS demo
				""").query(HomeCounts.class).single());
		return "home";
	}

	record HomeCounts(long recommendations, long documents, long states, long mechanisms, long actions, boolean demo) {
	}

}

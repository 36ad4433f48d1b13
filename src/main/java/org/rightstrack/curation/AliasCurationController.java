package org.rightstrack.curation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Other spellings of country names and other systems' theme labels, which importers and the
 * document proposer resolve. An alias is a lookup row without history: it is added or removed.
 */
@Controller
class AliasCurationController {

	record Alias(long id, String alias, String target) {
	}

	private final JdbcClient jdbc;

	private final Choices choices;

	private final Aliases aliases;

	AliasCurationController(JdbcClient jdbc, Choices choices, Aliases aliases) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.aliases = aliases;
	}

	@GetMapping("/curation/aliases")
	String list(Model model) {
		model.addAttribute("countryAliases", aliases(Aliases.COUNTRIES));
		model.addAttribute("themeAliases", aliases(Aliases.THEMES));
		model.addAttribute("countries", choices.countries());
		model.addAttribute("themes", choices.themes());
		return "curation/aliases";
	}

	private List<Alias> aliases(Aliases.Table table) {
		return jdbc.sql("select a.id, a.alias, t." + table.label() + " as target from " + table.table() + " a join " + table.target()
				+ " t on t.id = a." + table.column() + " order by a.alias").query(Alias.class).list();
	}

	@PostMapping("/curation/aliases/{kind}")
	String add(@PathVariable String kind, @RequestParam String alias, @RequestParam(required = false) Long target,
			RedirectAttributes redirect) {
		Optional<String> refused = aliases.add(Aliases.table(kind), alias, target);
		if (refused.isPresent()) {
			redirect.addFlashAttribute("aliasError", kind);
			redirect.addFlashAttribute("aliasErrorCode", refused.get());
			redirect.addFlashAttribute("aliasValue", alias);
		}
		else {
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/curation/aliases#" + kind;
	}

	@PostMapping("/curation/aliases/{kind}/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		Aliases.Table table = Aliases.table(kind);
		jdbc.sql("delete from " + table.table() + " where id = ?").param(id).update();
		redirect.addFlashAttribute("saved", true);
		return "redirect:/curation/aliases#" + kind;
	}

}

package org.rightstrack.curation;

import java.util.List;

import org.rightstrack.system.Names;

import org.springframework.dao.DuplicateKeyException;
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

	/** The two alias tables: name, the column pointing at the target, and the target table. */
	private record AliasTable(String table, String column, String target, String label) {
	}

	private static final List<AliasTable> TABLES = List.of(new AliasTable("country_alias", "country_id", "country", "name"),
			new AliasTable("theme_alias", "theme_id", "theme", "name"));

	private final JdbcClient jdbc;

	private final Choices choices;

	AliasCurationController(JdbcClient jdbc, Choices choices) {
		this.jdbc = jdbc;
		this.choices = choices;
	}

	private static AliasTable table(String kind) {
		return switch (kind) {
			case "countries" -> TABLES.get(0);
			case "themes" -> TABLES.get(1);
			default -> throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		};
	}

	@GetMapping("/curation/aliases")
	String list(Model model) {
		model.addAttribute("countryAliases", aliases(TABLES.get(0)));
		model.addAttribute("themeAliases", aliases(TABLES.get(1)));
		model.addAttribute("countries", choices.countries());
		model.addAttribute("themes", choices.themes());
		return "curation/aliases";
	}

	private List<Alias> aliases(AliasTable table) {
		return jdbc.sql("select a.id, a.alias, t." + table.label() + " as target from " + table.table() + " a join " + table.target()
				+ " t on t.id = a." + table.column() + " order by a.alias").query(Alias.class).list();
	}

	@PostMapping("/curation/aliases/{kind}")
	String add(@PathVariable String kind, @RequestParam String alias, @RequestParam(required = false) Long target,
			RedirectAttributes redirect) {
		AliasTable table = table(kind);
		String normalised = Names.normalise(alias);
		if (normalised.isEmpty() || target == null) {
			redirect.addFlashAttribute("aliasError", kind);
			redirect.addFlashAttribute("aliasErrorCode", "curation.aliases.required");
			return "redirect:/curation/aliases#" + kind;
		}
		boolean exists = jdbc.sql("select count(*) from " + table.table() + " where normalised_alias = ?").param(normalised)
			.query(Long.class).single() > 0;
		if (exists) {
			redirect.addFlashAttribute("aliasError", kind);
			redirect.addFlashAttribute("aliasErrorCode", "curation.aliases.duplicate");
			redirect.addFlashAttribute("aliasValue", alias);
			return "redirect:/curation/aliases#" + kind;
		}
		try {
			jdbc.sql("insert into " + table.table() + " (alias, normalised_alias, " + table.column() + ") values (?, ?, ?)")
				.params(alias.strip(), normalised, target)
				.update();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DuplicateKeyException e) {
			redirect.addFlashAttribute("aliasError", kind);
			redirect.addFlashAttribute("aliasErrorCode", "curation.aliases.duplicate");
			redirect.addFlashAttribute("aliasValue", alias);
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			redirect.addFlashAttribute("aliasError", kind);
			redirect.addFlashAttribute("aliasErrorCode", "curation.aliases.required");
		}
		return "redirect:/curation/aliases#" + kind;
	}

	@PostMapping("/curation/aliases/{kind}/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		AliasTable table = table(kind);
		jdbc.sql("delete from " + table.table() + " where id = ?").param(id).update();
		redirect.addFlashAttribute("saved", true);
		return "redirect:/curation/aliases#" + kind;
	}

}

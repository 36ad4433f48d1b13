package org.rightstrack.account;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Account administration: list, create and invite, edit role and scope, disable, unlock, reset
 * the password. Administrators only: the filter chain guards {@code /admin/**} and method
 * security guards each handler again.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountController {

	static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;

	AdminAccountController(AccountAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		int current = Math.max(page, 0);
		long total = administration.count(role, code);
		model.addAttribute("accounts", administration.list(role, code, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("role", role);
		model.addAttribute("country", code);
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("countries", administration.countries());
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		AccountForm form = new AccountForm();
		form.setRole(Role.CSO);
		return form(form, model, null);
	}

	@PostMapping
	String create(@Validated({ Default.class, AccountForm.Creation.class }) @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		validateScope(form, result);
		if (result.hasErrors()) {
			return form(form, model, null);
		}
		long id;
		try {
			id = administration.create(form);
		}
		catch (AccountAdministration.RefusedException ex) {
			result.rejectValue("email", "admin.accounts.duplicateEmail");
			return form(form, model, null);
		}
		String token = administration.invite(id, 0, false, admin.id());
		redirect.addFlashAttribute("invitationLink", link(token));
		redirect.addFlashAttribute("created", true);
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountAdministration.AccountRow account = account(id);
		AccountForm form = new AccountForm();
		form.setEmail(account.email());
		form.setName(account.name());
		form.setOrganisation(account.organisation());
		form.setRole(account.role());
		form.setCountries(new java.util.ArrayList<>(account.countries()));
		form.setTrusted(account.trusted());
		form.setVersion(account.version());
		return form(form, model, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AccountAdministration.AccountRow account = account(id);
		// The e-mail is the sign-in name: it is not edited here.
		form.setEmail(account.email());
		validateScope(form, result);
		if (result.hasErrors()) {
			return form(form, model, account);
		}
		try {
			administration.update(id, form);
		}
		catch (AccountAdministration.RefusedException ex) {
			result.reject(refusalKey(ex));
			model.addAttribute("conflict", ex.refusal() == AccountAdministration.Refusal.STALE);
			return form(form, model, account(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		account(id);
		return refusable(id, redirect, enabled ? "enabled" : "disabled",
				() -> administration.setEnabled(id, version, enabled));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		account(id);
		return refusable(id, redirect, "unlocked", () -> administration.unlock(id, version));
	}

	/** Resets the password: the old one stops working and a new one-time link is shown. */
	@PostMapping("/{id}/invitation")
	String invite(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		account(id);
		return refusable(id, redirect, "reset", () -> {
			String token = administration.invite(id, version, true, admin.id());
			redirect.addFlashAttribute("invitationLink", link(token));
		});
	}

	private String refusable(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (AccountAdministration.RefusedException ex) {
			redirect.addFlashAttribute("refused", refusalKey(ex));
		}
		return "redirect:/admin/accounts/" + id;
	}

	private static String refusalKey(AccountAdministration.RefusedException ex) {
		return switch (ex.refusal()) {
			case STALE -> "admin.accounts.stale";
			case LAST_ADMINISTRATOR -> "admin.accounts.lastAdministrator";
			case DUPLICATE_EMAIL -> "admin.accounts.duplicateEmail";
		};
	}

	private void validateScope(AccountForm form, BindingResult result) {
		if (form.getRole() == null) {
			return;
		}
		Set<String> known = administration.countries().stream().map(AccountAdministration.Country::alpha3)
			.collect(Collectors.toSet());
		if (!known.containsAll(form.getCountries())) {
			result.rejectValue("countries", "admin.accounts.unknownCountry");
		}
		else if (form.getRole().countryScoped() && form.getCountries().isEmpty()) {
			result.rejectValue("countries", "admin.accounts.countriesRequired");
		}
		if (!form.getRole().countryScoped()) {
			form.setCountries(List.of());
		}
	}

	private String form(AccountForm form, Model model, AccountAdministration.AccountRow account) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("countries", administration.countries());
		return "admin/account-form";
	}

	private AccountAdministration.AccountRow account(long id) {
		return administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String link(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitation/{token}").buildAndExpand(token).toUriString();
	}

}

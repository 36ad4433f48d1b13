package org.rightstrack.followup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightstrack.Browser;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up journey in a real browser, on the demo data: a focal point of Indonesia creates an
 * action addressing two recommendations (found with the search as you type), uploads a PDF,
 * publishes it and records the government's assessment; a CSO disagrees; a curator approves the
 * CSO's assessment; the public sees both side by side. Screenshots: target/screenshots/followup-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class FollowUpBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static void waitFor(WebDriver driver, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	static void screenshots(WebDriver driver, String name) {
		Browser.screenshot(driver, name, 1280);
		Browser.screenshot(driver, name + "-390", 390);
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	static void signOut(WebDriver driver) {
		click(driver, driver.findElement(By.cssSelector("form[action='/logout'] button")));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login"));
	}

	@Test
	void focalPointActsAndAssessesCivilSocietyDisagreesAndThePublicSeesBoth() throws Exception {
		List<Long> recommendations = jdbc.sql("""
				select r.id from recommendation r join country c on c.id = r.country_id
				where c.alpha3 = 'IDN' and r.text like 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance%'
				order by r.published_on desc""").query(Long.class).list();
		assertThat(recommendations).hasSize(2);
		long recommendation = recommendations.get(0);
		TestAccounts accounts = TestAccounts.with(jdbc);
		CurrentUser focalPoint = accounts.create(Role.FOCAL_POINT, "IDN");
		CurrentUser cso = accounts.create(Role.CSO, "IDN");
		CurrentUser curator = accounts.create(Role.CURATOR);
		// names and organisations as they would read in the guide's screenshots
		jdbc.sql("update account set name = 'Focal point, Indonesia' where id = ?").param(focalPoint.id()).update();
		jdbc.sql("update account set organisation = 'Ministry of Law and Human Rights (illustrative)' where id = ?").param(focalPoint.id()).update();
		jdbc.sql("update account set organisation = 'Coalition against Enforced Disappearance (illustrative)' where id = ?").param(cso.id()).update();
		String base = "http://localhost:" + port;
		WebDriver driver = Browser.start();
		try {
			JavascriptExecutor js = (JavascriptExecutor) driver;
			Browser.signIn(driver, base, focalPoint.email(), TestAccounts.PASSWORD);
			driver.get(base + "/my-country");
			waitFor(driver, "Recommendations without any action");
			screenshots(driver, "followup-my-country");

			click(driver, driver.findElement(By.cssSelector("#work-IDN a.btn-primary")));
			waitFor(driver, "New follow-up action");
			driver.findElement(By.id("title")).sendKeys("Bill on the ratification of the Convention against Enforced Disappearance");
			driver.findElement(By.id("description")).sendKeys(
					"The Ministry of Law and Human Rights drafts the ratification bill and consults the House of Representatives.");
			driver.findElement(By.id("responsibleInstitution")).sendKeys("Ministry of Law and Human Rights; Ministry of Foreign Affairs");
			js.executeScript("document.getElementById('startDate').value = '2025-02-01'; document.getElementById('endDate').value = '2026-06-30';");
			driver.findElement(By.id("budgetNote")).sendKeys("Within the ministry's 2025 legislative budget");
			driver.findElement(By.id("recommendation-q")).sendKeys("Enforced Disappearance");
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> d.findElements(By.cssSelector("#recommendation-results input[name=recommendationIds]")).size() >= 2);
			for (long id : recommendations) {
				click(driver, driver.findElement(By.id("rec-" + id)));
			}
			assertThat(driver.findElements(By.cssSelector("#recommendation-selected input:checked"))).hasSize(2);
			Browser.screenshot(driver, "followup-action-form", 1280);
			click(driver, driver.findElement(By.cssSelector("form.action-form > button[type=submit]")));
			waitFor(driver, "Saved as a draft");

			driver.findElement(By.id("evidence-title")).sendKeys("Draft ratification bill (academic paper)");
			driver.findElement(By.id("evidence-file")).sendKeys(Path.of("src/test/resources/followup/evidence.pdf").toAbsolutePath().toString());
			click(driver, driver.findElement(By.cssSelector(".evidence-form button[type=submit]")));
			waitFor(driver, "Evidence added.");
			click(driver, driver.findElement(By.cssSelector("form[action$='/publish'] button")));
			waitFor(driver, "Published: the action is now on the public pages.");
			Browser.screenshot(driver, "followup-action-edit", 1280);
			long action = jdbc.sql("select max(id) from follow_up_action where created_by = ?").param(focalPoint.id()).query(Long.class).single();
			driver.get(base + "/actions/" + action + "/edit#evidence");
			waitFor(driver, "Draft ratification bill (academic paper)");
			Browser.screenshot(driver, "followup-action-evidence", 1280);
			assertThat(jdbc.sql("select count(*) from follow_up_action_recommendation where follow_up_action_id = ?").param(action)
				.query(Long.class).single()).isEqualTo(2);

			driver.get(base + "/recommendations/" + recommendation + "/follow-up");
			click(driver, driver.findElement(By.linkText("Record an assessment")));
			waitFor(driver, "You assess as: Government");
			click(driver, driver.findElement(By.cssSelector("input[name=status][value=STARTED]")));
			driver.findElement(By.id("justification")).sendKeys("The ratification bill is drafted and listed in the 2025 national legislation programme.");
			Browser.screenshot(driver, "followup-assessment-form", 1280);
			click(driver, driver.findElement(By.cssSelector("form[action$='/assessments'] button[type=submit]")));
			waitFor(driver, "Saved. You can add evidence below.");
			signOut(driver);

			Browser.signIn(driver, base, cso.email(), TestAccounts.PASSWORD);
			driver.get(base + "/recommendations/" + recommendation + "/assessments/new");
			click(driver, driver.findElement(By.cssSelector("input[name=status][value=NOT_STARTED]")));
			driver.findElement(By.id("justification")).sendKeys("No bill has been submitted to the House; families of the disappeared were not consulted.");
			click(driver, driver.findElement(By.cssSelector("form[action$='/assessments'] button[type=submit]")));
			waitFor(driver, "This assessment is waiting for a curator");
			signOut(driver);

			Browser.signIn(driver, base, curator.email(), TestAccounts.PASSWORD);
			driver.get(base + "/moderation");
			waitFor(driver, "families of the disappeared were not consulted");
			screenshots(driver, "followup-moderation");
			long pending = jdbc.sql("select id from assessment where created_by = ?").param(cso.id()).query(Long.class).single();
			click(driver, driver.findElement(By.cssSelector("#pending-" + pending + " form[action$='/approve'] button")));
			waitFor(driver, "Approved: the assessment is public.");
			signOut(driver);

			driver.get(base + "/recommendations/" + recommendation + "/follow-up");
			waitFor(driver, "The government and civil society disagree.");
			String page = driver.findElement(By.tagName("body")).getText();
			assertThat(page).contains("Bill on the ratification of the Convention against Enforced Disappearance")
				.contains("listed in the 2025 national legislation programme")
				.contains("families of the disappeared were not consulted")
				.contains("Ministry of Law and Human Rights (illustrative)")
				.contains("Coalition against Enforced Disappearance (illustrative)");
			screenshots(driver, "followup-recommendation");
			// the public recommendation page loads the same follow-up with htmx
			driver.get(base + "/recommendations/" + recommendation);
			new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("follow-up")).isEmpty());
			assertThat(driver.findElement(By.tagName("body")).getText())
				.contains("Bill on the ratification of the Convention against Enforced Disappearance")
				.contains("listed in the 2025 national legislation programme")
				.contains("families of the disappeared were not consulted");
			((JavascriptExecutor) driver).executeScript("document.getElementById('follow-up').scrollIntoView()");
			screenshots(driver, "followup-recommendation-page");
			driver.get(base + "/actions/" + action);
			waitFor(driver, "Draft ratification bill (academic paper)");
			screenshots(driver, "followup-action");
			assertThat(jdbc.sql("select implementation_status || '/' || civil_society_status from recommendation where id = ?")
				.param(recommendation).query(String.class).single()).isEqualTo("STARTED/NOT_STARTED");
		}
		finally {
			driver.quit();
		}
	}

}

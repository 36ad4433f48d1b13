package org.rightstrack.curation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightstrack.Browser;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;
import org.rightstrack.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.curation.CurationBrowserTests.js;
import static org.rightstrack.curation.CurationBrowserTests.waitFor;

/**
 * A curator in a real browser signs in and imports a small UPR Info export: uploads it, reads the dry run, maps the
 * unknown theme with the alias button, confirms, watches the progress bar reach 100 % and finds the
 * new recommendations in the search. The screenshots (target/screenshots/imports-*.png) are those of docs/curation.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class ImportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	static void click(WebDriver driver, WebElement element) {
		js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	@Test
	void curatorUploadsReviewsConfirmsAndFindsTheImportedRecommendations() throws Exception {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
			Browser.signIn(driver, base, curator.email(), TestAccounts.PASSWORD);
			driver.get(base + "/curation");
			click(driver, driver.findElement(By.cssSelector("a[href='/curation/imports']")));
			waitFor(driver, "Upload a file");
			// An XLSX workbook has neither encoding nor line endings to choose; UHRI JSON only the encoding.
			new Select(driver.findElement(By.id("format"))).selectByValue("uhri-xlsx");
			assertThat(driver.findElement(By.id("encoding")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.id("lineEnding")).isDisplayed()).isFalse();
			new Select(driver.findElement(By.id("format"))).selectByValue("uhri-json");
			assertThat(driver.findElement(By.id("encoding")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("lineEnding")).isDisplayed()).isFalse();
			new Select(driver.findElement(By.id("format"))).selectByValue("upr-info");
			assertThat(driver.findElement(By.id("lineEnding")).isDisplayed()).isTrue();
			driver.findElement(By.id("files")).sendKeys(Path.of("src/test/resources/curation/upr-info-asean.csv").toAbsolutePath().toString());
			Browser.screenshot(driver, "imports-upload-390", 390);
			Browser.screenshot(driver, "imports-upload", 1280);
			click(driver, driver.findElement(By.cssSelector("form.import-upload button[type=submit]")));

			// The dry run: six rows, two of them with a theme label that no theme or alias has.
			waitFor(driver, "Unmapped values (1)");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("Rejected rows (2)", "Nationality and statelessness",
					"MacRoman", "CR", "upr-info-asean.csv");
			js(driver).executeScript("document.getElementById('unmapped').scrollIntoView()");
			Browser.screenshot(driver, "imports-dry-run", 1280);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
			Thread.sleep(500);
			js(driver).executeScript("document.getElementById('unmapped').scrollIntoView()");
			Browser.screenshot(driver, "imports-dry-run-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

			long stateless = jdbc.sql("select id from theme where code = 'stateless-persons'").query(Long.class).single();
			new Select(driver.findElement(By.cssSelector("form.import-alias select"))).selectByValue(String.valueOf(stateless));
			click(driver, driver.findElement(By.cssSelector("form.import-alias button[type=submit]")));
			waitFor(driver, "Alias \"Nationality and statelessness\" added");
			waitFor(driver, "Dry run succeeded");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("Created\n6");
			Browser.screenshot(driver, "imports-dry-run-ok", 1280);

			// Another import holds the write lock for a moment, so that the progress shows while it waits.
			Connection other = dataSource.getConnection();
			try (Statement statement = other.createStatement()) {
				statement.execute("select pg_advisory_lock(" + ImportService.WRITE_LOCK + ")");
				click(driver, driver.findElement(By.cssSelector("form[action$='/confirm'] button")));
				waitFor(driver, "Waiting for another import to finish writing");
				WebElement bar = driver.findElement(By.cssSelector("progress.import-progress"));
				assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("90");
				Browser.screenshot(driver, "imports-running", 1280);
				statement.execute("select pg_advisory_unlock(" + ImportService.WRITE_LOCK + ")");
			}
			finally {
				other.close();
			}
			// htmx polls the fragment every second until the import has finished.
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "100"
				.equals(d.findElement(By.cssSelector("progress.import-progress")).getAttribute("aria-valuenow")));
			waitFor(driver, "Import succeeded.");
			assertThat(driver.findElement(By.id("import-announce")).getText()).isEqualTo("Import finished: Succeeded.");
			Browser.screenshot(driver, "imports-done", 1280);
			Browser.screenshot(driver, "imports-done-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

			driver.get(base + "/curation/imports");
			waitFor(driver, "Past imports");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains(curator.name(), curator.email());
			js(driver).executeScript("document.getElementById('past').scrollIntoView()");
			Browser.screenshot(driver, "imports-list", 1280);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
			Thread.sleep(500);
			js(driver).executeScript("window.scrollTo(0, document.getElementById('past').getBoundingClientRect().top + window.scrollY)");
			Browser.screenshot(driver, "imports-list-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

			// The new recommendations are published at once: the public search finds them.
			driver.get(base + "/recommendations?q=stateless");
			String found = driver.findElement(By.tagName("body")).getText();
			assertThat(found).contains("Continue efforts to reduce statelessness", "Grant citizenship to stateless persons");
			Browser.screenshot(driver, "imports-found", 1280);
			driver.get(base + "/curation/recommendations?q=stateless");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("Continue efforts to reduce statelessness",
					"Grant citizenship to stateless persons");
			assertThat(jdbc.sql("""
					select count(*) from recommendation r join recommendation_theme rt on rt.recommendation_id = r.id
					where rt.theme_id = ? and (r.text like 'Continue efforts to reduce statelessness%' or r.text like 'Grant citizenship to stateless%')""").param(stateless).query(Integer.class).single()).isEqualTo(2);
		}
		finally {
			driver.quit();
		}
	}

}

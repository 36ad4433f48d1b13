package org.rightstrack.curation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.rightstrack.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator in a real browser: turns a document into recommendations, edits one, saves a row of
 * the ratification table in place. The screenshots (target/screenshots/curation-*.png) are the ones
 * in docs/curation.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class CurationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static void waitFor(WebDriver driver, String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	static JavascriptExecutor js(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

	@Test
	void curatorTurnsADocumentIntoRecommendationsAndEditsTheRecord() throws Exception {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			var curator = org.rightstrack.account.TestAccounts.with(jdbc).create(org.rightstrack.account.Role.CURATOR);
			Browser.signIn(driver, base, curator.email(), org.rightstrack.account.TestAccounts.PASSWORD);
			driver.get(base + "/curation");
			Browser.screenshot(driver, "curation-home", 1280);

			driver.get(base + "/curation/documents/import");
			driver.findElement(By.id("symbol")).sendKeys("CEDAW/C/PHL/CO/9-TEST");
			driver.findElement(By.id("title")).sendKeys("Concluding observations on the ninth periodic report of the Philippines");
			new Select(driver.findElement(By.id("mechanismId"))).selectByVisibleText("Committee on the Elimination of Discrimination against Women (CEDAW)");
			new Select(driver.findElement(By.id("countryId"))).selectByVisibleText("Philippines (PHL)");
			String text = Files.readString(Path.of("src/test/resources/curation/cedaw-co.txt"));
			JavascriptExecutor js = (JavascriptExecutor) driver;
			js.executeScript("document.getElementById('publishedOn').value = '2024-05-31'; document.getElementById('text').value = arguments[0];", text);
			Browser.screenshot(driver, "curation-import", 1280);
			js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", driver.findElement(By.cssSelector("button[type=submit].btn-primary")));
			waitFor(driver, "22 paragraphs and sub-paragraphs found");
			js.executeScript("document.getElementById('include-14').scrollIntoView()");
			Browser.screenshot(driver, "curation-review", 1280);
			Browser.screenshot(driver, "curation-review-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
			js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", driver.findElement(By.cssSelector("form[action='/curation/documents/import/save'] button[type=submit]")));
			waitFor(driver, "12 recommendations saved");
			Browser.screenshot(driver, "curation-saved", 1280);

			long id = jdbc.sql("select min(r.id) from recommendation r join document d on d.id = r.document_id where d.symbol = 'CEDAW/C/PHL/CO/9-TEST'")
				.query(Long.class).single();
			driver.get(base + "/curation/recommendations/" + id);
			Browser.screenshot(driver, "curation-recommendation", 1280);
			Browser.screenshot(driver, "curation-recommendation-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

			driver.get(base + "/curation/recommendations/merge?keep=" + id + "&duplicate=" + (id + 1));
			Browser.screenshot(driver, "curation-merge", 1280);
			driver.get(base + "/curation/recommendations/" + id + "/split");
			Browser.screenshot(driver, "curation-split", 1280);

			driver.get(base + "/curation/ratifications/PHL");
			long opcat = jdbc.sql("select id from treaty where code = 'OP-CAT'").query(Long.class).single();
			driver.findElement(By.id("rat-" + opcat + "-declarations")).sendKeys("Test declaration");
			js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", driver.findElement(By.cssSelector("#rat-" + opcat + " button")));
			waitFor(driver, "Saved.");
			assertThat(driver.getCurrentUrl()).endsWith("/curation/ratifications/PHL");
			Browser.screenshot(driver, "curation-ratifications", 1280);

			driver.get(base + "/curation/mechanisms/new");
			js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", driver.findElement(By.cssSelector("form[method=post] button[type=submit]")));
			Browser.screenshot(driver, "curation-invalid", 1280);
		}
		finally {
			driver.quit();
		}
	}

}

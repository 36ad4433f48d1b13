package org.rightstrack.curation;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
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
 * A curator in a real browser bulk-edits a selection of the demo data: previews, confirms, and
 * finds the change and its history entry. The screenshot target/screenshots/curation-bulk-preview.png
 * is the one in docs/curation.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class BulkEditBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void curatorPreviewsAndConfirmsABulkEdit() {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
			Browser.signIn(driver, base, curator.email(), TestAccounts.PASSWORD);
			driver.get(base + "/curation/recommendations/bulk?country=IDN&kind=TREATY_BODY");
			new Select(driver.findElement(By.id("addTheme"))).selectByVisibleText(
					jdbc.sql("select coalesce(p.name || ' › ', '') || t.name from theme t left join theme p on p.id = t.parent_id where t.code = 'torture'")
						.query(String.class).single());
			CurationBrowserTests.js(driver).executeScript("document.getElementById('deadline').value = '2027-11-30'");
			CurationBrowserTests.js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();",
					driver.findElement(By.cssSelector("#bulk-change button[type=submit]")));
			CurationBrowserTests.waitFor(driver, "would change");
			long changing = Long.parseLong(driver.findElement(By.name("expectedChanging")).getAttribute("value"));
			assertThat(changing).isPositive();
			assertThat(driver.getCurrentUrl()).endsWith("#bulk-preview");
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
			CurationBrowserTests.js(driver).executeScript("window.scrollTo(0, 0)");
			Browser.screenshot(driver, "curation-bulk-preview", 1280);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
			CurationBrowserTests.js(driver).executeScript("document.getElementById('bulk-preview').scrollIntoView()");
			Browser.screenshot(driver, "curation-bulk-preview-390", 390);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
			CurationBrowserTests.js(driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();",
					driver.findElement(By.cssSelector("#bulk-preview form[method=post] button[type=submit]")));
			CurationBrowserTests.waitFor(driver, "Each has a new entry in its history.");
			Browser.screenshot(driver, "curation-bulk-done", 1280);
			assertThat(jdbc.sql("""
					select count(*) from recommendation_aud a join revision v on v.id = a.rev where v.account_id = ?""")
				.param(curator.id()).query(Long.class).single()).isEqualTo(changing);
		}
		finally {
			driver.quit();
		}
	}

}

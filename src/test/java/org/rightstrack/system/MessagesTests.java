package org.rightstrack.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string comes from the message bundles, and every locale has every key. */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*[A-Za-z]{2,}[^<>]*)<");

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	/** The message bundles, as configured in spring.messages.basename. */
	static final List<String> BUNDLES = List.of("messages", "i18n/search", "i18n/browse", "i18n/admin", "i18n/importing", "i18n/account",
			"i18n/followup", "i18n/curation");

	static Set<String> allEnglishKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : BUNDLES) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		return keys;
	}

	@Test
	void everyLocaleHasEveryKey() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> english = load(bundle + ".properties").stringPropertyNames();
			Set<String> french = load(bundle + "_fr.properties").stringPropertyNames();
			assertThat(new TreeSet<>(french)).as(bundle + "_fr lacks keys").containsAll(english);
			assertThat(new TreeSet<>(english)).as(bundle + " lacks keys").containsAll(french);
		}
	}

	@Test
	void configuredBasenamesMatchTheBundlesChecked() throws IOException {
		Properties application = load("application.properties");
		assertThat(List.of(application.getProperty("spring.messages.basename").split(","))).isEqualTo(BUNDLES);
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> english = allEnglishKeys();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * Text between tags must be replaced by th:text (the placeholder text is then never shown).
	 * Elements whose text comes from th:text / th:utext are therefore allowed to hold sample text.
	 */
	@Test
	void templatesHoldNoLiteralTextOutsideMessages() throws IOException {
		Set<String> literal = new HashSet<>();
		Pattern element = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*[A-Za-z]{2,}[^<>]*)<");
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher matcher = element.matcher(html);
			while (matcher.find()) {
				String tag = matcher.group(1);
				String attributes = matcher.group(2);
				String text = matcher.group(3).strip();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext") || attributes.contains("sec:authentication")
						|| attributes.contains("th:replace") || attributes.contains("th:insert");
				boolean languageName = tag.equals("option") && attributes.contains("value=\"");
				if (!replaced && !languageName && !tag.equals("script") && !tag.equals("style") && !text.isEmpty()) {
					literal.add(template.getFileName() + ": <" + tag + "> " + text);
				}
			}
		}
		assertThat(literal).isEmpty();
		assertThat(TEXT_BETWEEN_TAGS).isNotNull();
	}

}

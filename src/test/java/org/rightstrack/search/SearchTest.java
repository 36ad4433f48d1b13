package org.rightstrack.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a database of its own for the search tests (demo data off), so that the
 * fixture recommendations never reach the counts of other features' tests. The search test
 * classes share this context and the fixture of {@link SearchFixtures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "rightstrack.demo-data=false", "rightstrack.test.database=search" })
@AutoConfigureMockMvc
@interface SearchTest {

}

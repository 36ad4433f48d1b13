package org.rightstrack.importing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a database of its own for the import tests (demo data off), so that the rows
 * they import never reach the counts of other features' tests. All import tests share this context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "rightstrack.demo-data=false", "rightstrack.test.database=importing" })
@AutoConfigureMockMvc
@interface ImportingTest {

}

package org.rightstrack.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a database of its own for the export tests (demo data off), so that their
 * fixtures and the 20 000 generated rows never reach other features' counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "rightstrack.demo-data=false", "rightstrack.test.database=exports" })
@AutoConfigureMockMvc
@interface ExportTest {

}

package org.rightstrack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on its own fresh PostgreSQL database (see {@link TestDatabase}), with
 * MockMvc. Demo data is off, so tests control every row they count.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "rightstrack.demo-data=false")
@AutoConfigureMockMvc
public @interface IntegrationTest {

}

package org.rightstrack.generator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/** The application on a database of its own for the generator tests, so that generated rows never reach other tests' counts. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "rightstrack.demo-data=false", "rightstrack.test.database=generator" })
@interface GeneratorTest {

}

package org.rightstrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RightstrackApplication {

	public static void main(String[] args) {
		SpringApplication.run(RightstrackApplication.class, args);
	}

}

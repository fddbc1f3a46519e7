package cn.investpromo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot application that hosts the investpromo batch jobs. */
@SpringBootApplication
public class InvestpromoApplication {
}

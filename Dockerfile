# Production image: builds the jar from the repository, runs it on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp -DskipTests package && cp target/rightstrack-*.jar /rightstrack.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 rightstrack
USER rightstrack
WORKDIR /app
COPY --from=build /rightstrack.jar /app/rightstrack.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/rightstrack.jar"]

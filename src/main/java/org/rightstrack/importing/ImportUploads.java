package org.rightstrack.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where files uploaded for import are kept ({@code rightstrack.imports.upload-directory}): each upload
 * in a folder of its own under its original name (which the report shows), until the import that
 * writes it has succeeded.
 */
@Component
public class ImportUploads {

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Path directory;

	private final Duration keep;

	ImportUploads(@Value("${rightstrack.imports.upload-directory:./data/imports}") Path directory,
			@Value("${rightstrack.imports.keep-uploads:7d}") Duration keep) {
		this.directory = directory.toAbsolutePath().normalize();
		this.keep = keep;
	}

	/** A new, empty place for an uploaded file called {@code originalName}. */
	public Path newFile(String originalName) {
		try {
			Path folder = Files.createDirectories(directory.resolve(UUID.randomUUID().toString()));
			return folder.resolve(safeName(originalName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last segment of the name a browser sent, without characters a file system may refuse. */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[^\\p{L}\\p{N} ._()+-]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "upload" + name;
		}
		return name.length() <= 150 ? name : name.substring(name.length() - 150);
	}

	/**
	 * Deletes the uploads older than {@code rightstrack.imports.keep-uploads} (dry runs nobody
	 * confirmed), except those of imports still queued or running.
	 */
	int discardOld(Set<Path> inUse) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		Instant before = Instant.now().minus(keep);
		Set<Path> used = new HashSet<>();
		inUse.forEach(p -> used.add(p.toAbsolutePath().normalize()));
		int deleted = 0;
		try (var folders = Files.list(directory)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				try (var content = Files.list(folder)) {
					List<Path> files = content.toList();
					boolean old = Files.getLastModifiedTime(folder).toInstant().isBefore(before)
							&& files.stream().allMatch(f -> lastModified(f).isBefore(before));
					if (old && files.stream().noneMatch(f -> used.contains(f.toAbsolutePath().normalize()))) {
						discard(files);
						Files.deleteIfExists(folder);
						deleted++;
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Cannot clean the upload directory {}", directory, ex);
		}
		return deleted;
	}

	private static Instant lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.now();
		}
	}

	/** Deletes uploaded files (and their folders) once they are no longer needed; other paths are left alone. */
	void discard(List<Path> files) {
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!absolute.startsWith(directory) || absolute.equals(directory)) {
				continue;
			}
			try {
				Files.deleteIfExists(absolute);
				Path folder = absolute.getParent();
				if (!folder.equals(directory)) {
					try (var rest = Files.list(folder)) {
						if (rest.findAny().isEmpty()) {
							Files.delete(folder);
						}
					}
				}
			}
			catch (IOException ex) {
				log.warn("Cannot delete the uploaded file {}", absolute, ex);
			}
		}
	}

}

package org.rightstrack.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportUploadsTests {

	@TempDir
	Path directory;

	@Test
	void anUploadKeepsItsNameInAFolderOfItsOwn() {
		ImportUploads uploads = new ImportUploads(directory, Duration.ofDays(7));
		Path first = uploads.newFile("C:\\Users\\ana\\1-5.csv");
		Path second = uploads.newFile("1-5.csv");
		assertThat(first.getFileName()).hasToString("1-5.csv");
		assertThat(first.getParent()).isNotEqualTo(second.getParent());
		assertThat(first.getParent().getParent()).isEqualTo(directory.toAbsolutePath().normalize());
		assertThat(ImportUploads.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ImportUploads.safeName(".hidden")).isEqualTo("upload.hidden");
		assertThat(ImportUploads.safeName("rapport: été?.csv")).isEqualTo("rapport_ été_.csv");
	}

	@Test
	void oldUploadsAreDeletedUnlessAnImportStillNeedsThem() throws Exception {
		ImportUploads uploads = new ImportUploads(directory, Duration.ofDays(7));
		Path old = write(uploads.newFile("old.csv"), Instant.now().minus(Duration.ofDays(8)));
		Path queued = write(uploads.newFile("queued.csv"), Instant.now().minus(Duration.ofDays(8)));
		Path recent = write(uploads.newFile("recent.csv"), Instant.now().minus(Duration.ofDays(1)));

		assertThat(uploads.discardOld(Set.of(queued))).isOne();

		assertThat(old.getParent()).doesNotExist();
		assertThat(queued).exists();
		assertThat(recent).exists();
	}

	@Test
	void onlyFilesInTheUploadDirectoryAreDiscarded() throws Exception {
		ImportUploads uploads = new ImportUploads(directory.resolve("uploads"), Duration.ofDays(7));
		Path elsewhere = Files.writeString(directory.resolve("fixture.csv"), "To,Text\n");
		Path uploaded = Files.writeString(uploads.newFile("a.csv"), "To,Text\n");
		uploads.discard(List.of(elsewhere, uploaded));
		assertThat(elsewhere).exists();
		assertThat(uploaded).doesNotExist();
		assertThat(uploaded.getParent()).doesNotExist();
	}

	private static Path write(Path file, Instant modified) throws Exception {
		Files.writeString(file, "To,Text\n");
		Files.setLastModifiedTime(file, FileTime.from(modified));
		Files.setLastModifiedTime(file.getParent(), FileTime.from(modified));
		return file;
	}

}

package org.rightstrack.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportProgressTests {

	@Test
	void theTotalOfSeveralFilesIsExtrapolatedFromTheirSizesSoThePercentNeverGoesBack() {
		ImportProgress progress = new ImportProgress(p -> {
		});
		progress.bytesTotal(3_000);
		progress.fileStarted(1_000);
		progress.addTotal(100);
		int last = 0;
		for (int i = 0; i < 100; i++) {
			progress.row(0);
			assertThat(progress.percent()).isGreaterThanOrEqualTo(last);
			last = progress.percent();
		}
		assertThat(progress.rowsTotal()).isEqualTo(300);
		assertThat(progress.percent()).isEqualTo(30);
		progress.fileStarted(2_000);
		progress.addTotal(220);
		assertThat(progress.rowsTotal()).isEqualTo(320);
		for (int i = 0; i < 220; i++) {
			progress.row(0);
			assertThat(progress.percent()).isGreaterThanOrEqualTo(last);
			last = progress.percent();
		}
		assertThat(progress.percent()).isEqualTo(89);
		progress.phase("writing");
		progress.steps(10);
		for (int i = 0; i < 10; i++) {
			progress.stepDone();
			assertThat(progress.percent()).isBetween(90, 99);
		}
		progress.phase("finished");
		assertThat(progress.percent()).isEqualTo(100);
	}

	@Test
	void aCancelledImportStopsAtItsNextRowOrStep() {
		ImportProgress progress = new ImportProgress(p -> {
		});
		progress.row(0);
		progress.cancel();
		assertThatThrownBy(() -> progress.row(0)).isInstanceOf(ImportCancelledException.class);
		assertThatThrownBy(progress::stepDone).isInstanceOf(ImportCancelledException.class);
		assertThatThrownBy(() -> progress.phase("writing")).isInstanceOf(ImportCancelledException.class);
		progress.phase("finished");
	}

}

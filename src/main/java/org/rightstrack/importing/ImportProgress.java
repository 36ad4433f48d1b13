package org.rightstrack.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * How far an import has got: rows done of the total (estimated from the bytes read while streaming),
 * the rate and the time left. Shown on the console every few seconds and read by the import API.
 */
public final class ImportProgress {

	private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

	private final long startNanos = System.nanoTime();

	private final Instant started = Instant.now();

	private final Consumer<ImportProgress> listener;

	private volatile int rowsDone;

	private volatile int rowsTotal;

	private volatile String phase = "reading";

	private long lastReport = System.nanoTime();

	private volatile boolean cancelled;

	private volatile int stepsDone;

	private volatile long bytesTotal;

	private volatile int shownPercent;

	private volatile long bytesStarted;

	private volatile int stepsTotal;

	ImportProgress(Consumer<ImportProgress> listener) {
		this.listener = listener;
	}

	/** Counts one more row read; estimates the total from the fraction of the input consumed so far. */
	void row(double fractionOfInputRead) {
		checkCancelled();
		rowsDone++;
		if (fractionOfInputRead > 0) {
			rowsTotal = Math.max(rowsDone, (int) Math.round(rowsDone / Math.min(1.0, fractionOfInputRead)));
		}
		long now = System.nanoTime();
		if (now - lastReport >= REPORT_EVERY_NANOS) {
			lastReport = now;
			listener.accept(this);
		}
	}

	/** The sizes of all the files of the import, so that the total can be estimated before the last is read. */
	void bytesTotal(long bytes) {
		bytesTotal = bytes;
	}

	/** Reading of a file of this size begins. */
	void fileStarted(long bytes) {
		bytesStarted += bytes;
	}

	void addTotal(int rows) {
		rowsTotal += rows;
	}

	void phase(String phase) {
		if (!"finished".equals(phase)) {
			checkCancelled();
		}
		this.phase = phase;
		this.rowsTotal = Math.max(rowsTotal, rowsDone);
		listener.accept(this);
	}

	/** The writing phase is this many SQL steps; each {@link #stepDone()} moves the bar on. */
	void steps(int total) {
		stepsTotal = total;
		stepsDone = 0;
	}

	void stepDone() {
		checkCancelled();
		stepsDone++;
	}

	/** Asks the import to stop at its next row or step; its transaction then rolls back. */
	void cancel() {
		cancelled = true;
	}

	boolean cancelled() {
		return cancelled;
	}

	void checkCancelled() {
		if (cancelled) {
			throw new ImportCancelledException();
		}
	}

	/**
	 * How far the whole import is, 0 to 100: reading the rows is the first 90 %, writing them the
	 * rest, so the bar reaches 100 only when the import has finished.
	 */
	public int percent() {
		int percent = computePercent();
		// An estimated total can be corrected downwards when the next file is denser: hold the bar.
		if (percent < shownPercent) {
			return shownPercent;
		}
		shownPercent = percent;
		return percent;
	}

	private int computePercent() {
		if ("finished".equals(phase)) {
			return 100;
		}
		int total = rowsTotal();
		int reading = total == 0 ? 0 : (int) (rowsDone * 90L / total);
		if ("reading".equals(phase)) {
			return Math.min(reading, 89);
		}
		int steps = stepsTotal;
		return steps == 0 ? 90 : 90 + Math.min(9, stepsDone * 9 / steps);
	}

	public int rowsDone() {
		return rowsDone;
	}

	/**
	 * The rows of all the files: counted for the files read so far and, while more files are to come,
	 * extrapolated from their share of the bytes (so the bar never moves back when the next file starts).
	 */
	public int rowsTotal() {
		long total = rowsTotal;
		long started = bytesStarted;
		long all = bytesTotal;
		if (started > 0 && all > started) {
			total = Math.round((double) total * all / started);
		}
		return (int) Math.max(total, rowsDone);
	}

	public String phase() {
		return phase;
	}

	public Instant started() {
		return started;
	}

	public double rowsPerSecond() {
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		return seconds <= 0 ? 0 : rowsDone / seconds;
	}

	/** Seconds left at the current rate, or {@code null} when unknown. */
	public Long etaSeconds() {
		double rate = rowsPerSecond();
		if (rate <= 0 || rowsTotal() == 0) {
			return null;
		}
		return Math.round((rowsTotal() - rowsDone) / rate);
	}

	@Override
	public String toString() {
		Long eta = etaSeconds();
		int total = rowsTotal();
		return String.format(java.util.Locale.ROOT, "%s: %,d / %,d rows (%d%%), %,.0f rows/s, ETA %s", phase, rowsDone, total,
				total == 0 ? 0 : rowsDone * 100L / total, rowsPerSecond(), eta == null ? "?" : eta + " s");
	}

}

package org.rightstrack.system;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenerationCacheTests {

	static final DataGenerations.Generations G1 = new DataGenerations.Generations(1, 1);

	static final DataGenerations.Generations G2 = new DataGenerations.Generations(1, 2);

	@Test
	void aValueIsKeptUntilTheDataChanges() {
		GenerationCache<String, Integer> cache = new GenerationCache<>(60_000, 10, () -> DataGenerations.State.SETTLED);
		AtomicInteger computed = new AtomicInteger();
		assertThat(cache.get("a", G1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("a", G1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("b", G1, computed::incrementAndGet)).isEqualTo(2);
		// a change: never the old value
		assertThat(cache.get("a", G2, computed::incrementAndGet)).isEqualTo(3);
	}

	@Test
	void aValuePutAfterItsComputationFollowsTheSameRules() throws Exception {
		GenerationCache<String, Integer> cache = new GenerationCache<>(60_000, 10, () -> DataGenerations.State.SETTLED);
		assertThat(cache.getIfFresh("a", G1)).isNull();
		cache.put("a", G1, DataGenerations.State.SETTLED, 1);
		assertThat(cache.getIfFresh("a", G1)).isEqualTo(1);
		assertThat(cache.getIfFresh("a", G2)).as("a change: never the old value").isNull();
		cache.put("own", G1, DataGenerations.State.OWN_CHANGES, 2);
		assertThat(cache.getIfFresh("own", G1)).as("this transaction's own changes: not kept").isNull();
		GenerationCache<String, Integer> off = new GenerationCache<>(0, 10, () -> DataGenerations.State.SETTLED);
		off.put("a", G1, DataGenerations.State.SETTLED, 1);
		assertThat(off.getIfFresh("a", G1)).isNull();
		GenerationCache<String, Integer> brief = new GenerationCache<>(1, 10, () -> DataGenerations.State.SETTLED);
		brief.put("a", G1, DataGenerations.State.WRITERS_IN_FLIGHT, 1);
		Thread.sleep(5);
		assertThat(brief.getIfFresh("a", G1)).as("past its lifetime").isNull();
	}

	@Test
	void anExpiredValueOfTheSameGenerationsIsAnsweredWhileItIsComputedAgain() throws Exception {
		GenerationCache<String, Integer> cache = new GenerationCache<>(1, 10, () -> DataGenerations.State.SETTLED);
		AtomicInteger computed = new AtomicInteger();
		assertThat(cache.get("a", G1, computed::incrementAndGet)).isEqualTo(1);
		Thread.sleep(5);
		CountDownLatch release = new CountDownLatch(1);
		// expired: the old value at once, the new one computed in the background
		assertThat(cache.get("a", G1, () -> {
			await(release);
			return computed.incrementAndGet();
		})).isEqualTo(1);
		release.countDown();
		for (int i = 0; i < 100 && computed.get() < 2; i++) {
			Thread.sleep(10);
		}
		assertThat(computed.get()).isEqualTo(2);
	}

	@Test
	void concurrentRequestsForAMissingValueComputeItOnce() throws Exception {
		GenerationCache<String, Integer> cache = new GenerationCache<>(60_000, 10, () -> DataGenerations.State.SETTLED);
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			java.util.List<Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> cache.get("slow", G1, () -> {
					await(release);
					return computed.incrementAndGet();
				})));
			}
			Thread.sleep(100);
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(computed.get()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aValueComputedWhileAWriterIsInFlightIsKeptForSecondsOnly() {
		GenerationCache<String, Integer> cache = new GenerationCache<>(3_600_000, 10, () -> DataGenerations.State.WRITERS_IN_FLIGHT);
		AtomicInteger computed = new AtomicInteger();
		cache.get("a", G1, computed::incrementAndGet);
		assertThat(cache.get("a", G1, computed::incrementAndGet)).as("still within the few seconds").isEqualTo(1);
		assertThat(GenerationCache.UNSETTLED_MILLIS).isLessThanOrEqualTo(5_000);
	}

	@Test
	void aValueComputedInsideAWritingTransactionIsNeverKept() {
		GenerationCache<String, Integer> cache = new GenerationCache<>(3_600_000, 10, () -> DataGenerations.State.OWN_CHANGES);
		AtomicInteger computed = new AtomicInteger();
		cache.get("a", G1, computed::incrementAndGet);
		assertThat(cache.get("a", G1, computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aLifetimeOfZeroSwitchesTheCacheOff() {
		GenerationCache<String, Integer> cache = new GenerationCache<>(0, 10, () -> DataGenerations.State.SETTLED);
		AtomicInteger computed = new AtomicInteger();
		cache.get("a", G1, computed::incrementAndGet);
		cache.get("a", G1, computed::incrementAndGet);
		assertThat(computed.get()).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package org.rightstrack.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Results computed from the data, kept while the data they came from is unchanged: each entry is
 * stored under the {@link DataGenerations.Generations} read <em>before</em> it was computed, so a
 * change made since is never answered from the cache. A result computed while a transaction that
 * changed recommendations was still in flight ({@link DataGenerations#state()}) may miss that
 * change although its generation is counted: it is kept for a few seconds only; one computed inside
 * a transaction that changed data itself is not kept at all. The lifetime
 * bounds everything else (a safety net; nothing is known to need it).
 * Concurrent requests for the same missing entry compute it once; the others wait for it.
 *
 * @param <K> what the value was computed from (criteria, a country id, ...); must be a value type
 * @param <V> the value, shared between requests, so immutable
 */
public final class GenerationCache<K, V> {

	private record Key<K>(K key, DataGenerations.Generations generations) {
	}

	private record Cached<V>(V value, long expires) {
	}

	/** How long a result computed while a writer was in flight is kept. */
	static final long UNSETTLED_MILLIS = 5_000;

	private final long lifetimeMillis;

	private final Supplier<DataGenerations.State> state;

	private final Map<Key<K>, Cached<V>> entries;

	private final Map<Key<K>, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

	/** Recomputes expired entries off the request thread (virtual threads: they wait on the database). */
	private final Executor refresher = Executors.newVirtualThreadPerTaskExecutor();

	/**
	 * @param lifetimeMillis how long an entry is used at most; 0 or less switches the cache off
	 * @param maxEntries entries kept, least recently used dropped first
	 */
	public GenerationCache(long lifetimeMillis, int maxEntries, DataGenerations generations) {
		this(lifetimeMillis, maxEntries, generations::state);
	}

	GenerationCache(long lifetimeMillis, int maxEntries, Supplier<DataGenerations.State> state) {
		this.lifetimeMillis = lifetimeMillis;
		this.state = state;
		this.entries = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key<K>, Cached<V>> eldest) {
				return size() > maxEntries;
			}
		};
	}

	/**
	 * The value for {@code key} at {@code generations}, computed by {@code compute} when not cached.
	 * An entry past its lifetime whose generations are still current is answered at once while one
	 * request computes it again in the background (nothing it came from changed: the lifetime only
	 * bounds the rare race described above); an entry of older generations is never used.
	 */
	public V get(K key, DataGenerations.Generations generations, Supplier<V> compute) {
		if (lifetimeMillis <= 0) {
			return compute.get();
		}
		Key<K> k = new Key<>(key, generations);
		long now = System.currentTimeMillis();
		Cached<V> entry;
		synchronized (entries) {
			entry = entries.get(k);
		}
		if (entry != null && entry.expires() > now) {
			return entry.value();
		}
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running = computing.putIfAbsent(k, mine);
		if (running != null) {
			return entry != null ? entry.value() : await(running);
		}
		if (entry != null) {
			refresher.execute(() -> compute(k, mine, compute));
			return entry.value();
		}
		return compute(k, mine, compute);
	}

	/**
	 * The value kept for {@code key} at {@code generations} and not past its lifetime, or null; for
	 * results that cannot be computed by a supplier (a page rendered by the rest of a filter chain),
	 * with {@link #put}.
	 */
	public V getIfFresh(K key, DataGenerations.Generations generations) {
		if (lifetimeMillis <= 0) {
			return null;
		}
		Cached<V> entry;
		synchronized (entries) {
			entry = entries.get(new Key<>(key, generations));
		}
		return entry != null && entry.expires() > System.currentTimeMillis() ? entry.value() : null;
	}

	/**
	 * Keeps a value computed after {@code generations} were read, when {@link DataGenerations#state()}
	 * was {@code before} (asked after reading them and before computing): the whole lifetime when
	 * settled, a few seconds while a writer was in flight, not at all for this transaction's own changes.
	 */
	public void put(K key, DataGenerations.Generations generations, DataGenerations.State before, V value) {
		if (lifetimeMillis <= 0 || before == DataGenerations.State.OWN_CHANGES) {
			return;
		}
		long lifetime = before == DataGenerations.State.SETTLED ? lifetimeMillis : Math.min(lifetimeMillis, UNSETTLED_MILLIS);
		synchronized (entries) {
			entries.put(new Key<>(key, generations), new Cached<>(value, System.currentTimeMillis() + lifetime));
		}
	}

	private V compute(Key<K> k, CompletableFuture<V> mine, Supplier<V> compute) {
		try {
			DataGenerations.State before = state.get();
			V value = compute.get();
			put(k.key(), k.generations(), before, value);
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			computing.remove(k, mine);
		}
	}

	private static <V> V await(CompletableFuture<V> running) {
		try {
			return running.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}

package org.rightstrack.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks items at random in proportion to their weights (cumulative weights, binary search). */
final class Weighted<T> {

	private final List<T> items = new ArrayList<>();

	private double[] cumulative = new double[16];

	private double total;

	Weighted<T> add(T item, double weight) {
		if (weight <= 0) {
			return this;
		}
		if (items.size() == cumulative.length) {
			cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
		}
		total += weight;
		cumulative[items.size()] = total;
		items.add(item);
		return this;
	}

	boolean isEmpty() {
		return items.isEmpty();
	}

	T pick(SplittableRandom random) {
		double point = random.nextDouble() * total;
		int low = 0;
		int high = items.size() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] <= point) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return items.get(low);
	}

}

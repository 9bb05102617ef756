package io.github.cscreturns.synthetic.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** Values with relative weights, drawn in proportion to them. Immutable; built once, drawn often. */
final class Weights<T> {
  private final List<T> values;
  private final double[] cumulative;

  private Weights(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Pairs of a value and its weight: {@code of(a, 3.0, b, 1.0)}. */
  @SuppressWarnings("unchecked")
  static <T> Weights<T> of(Object... valueWeightPairs) {
    List<T> values = new ArrayList<>();
    double[] cumulative = new double[valueWeightPairs.length / 2];
    double total = 0;
    for (int i = 0; i < valueWeightPairs.length; i += 2) {
      values.add((T) valueWeightPairs[i]);
      total += ((Number) valueWeightPairs[i + 1]).doubleValue();
      cumulative[i / 2] = total;
    }
    return new Weights<>(List.copyOf(values), cumulative);
  }

  /** The same values and weights without those {@code keep} refuses; empty weights stay empty. */
  Weights<T> filter(Predicate<? super T> keep) {
    List<T> kept = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double before = 0;
    for (int i = 0; i < values.size(); i++) {
      double w = cumulative[i] - before;
      before = cumulative[i];
      if (keep.test(values.get(i))) {
        kept.add(values.get(i));
        weights.add(w);
      }
    }
    double[] cumulativeKept = new double[kept.size()];
    double total = 0;
    for (int i = 0; i < kept.size(); i++) {
      total += weights.get(i);
      cumulativeKept[i] = total;
    }
    return new Weights<>(List.copyOf(kept), cumulativeKept);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  T draw(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}

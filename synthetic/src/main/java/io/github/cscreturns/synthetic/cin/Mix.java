package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Codes with relative weights, kept to those the codeset allows in a year and drawn in proportion
 * to their weights. Immutable; built once per year, drawn often.
 */
final class Mix<C extends Code> {
  private final List<C> codes;
  private final double[] cumulative;

  private Mix(List<C> codes, double[] cumulative) {
    this.codes = codes;
    this.cumulative = cumulative;
  }

  /** Pairs of a code and its weight ({@code of(year, a, 3.0, b, 1.0)}), without the codes not valid in the year. */
  @SuppressWarnings("unchecked")
  static <C extends Code> Mix<C> of(CollectionYear year, Object... codeWeightPairs) {
    List<C> codes = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < codeWeightPairs.length; i += 2) {
      C code = (C) codeWeightPairs[i];
      if (code.isValidIn(year)) {
        codes.add(code);
        weights.add(((Number) codeWeightPairs[i + 1]).doubleValue());
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no code of the mix is valid in " + year.label());
    }
    double[] cumulative = new double[codes.size()];
    double total = 0;
    for (int i = 0; i < codes.size(); i++) {
      total += weights.get(i);
      cumulative[i] = total;
    }
    return new Mix<>(List.copyOf(codes), cumulative);
  }

  /** The codes of the mix, in the order given. */
  List<C> codes() {
    return codes;
  }

  C draw(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return codes.get(i);
      }
    }
    return codes.get(codes.size() - 1);
  }
}

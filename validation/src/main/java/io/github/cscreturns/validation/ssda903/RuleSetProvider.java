package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;

/**
 * A service adding local rules to a year's SSDA903 rule set: a supplier's or local authority's own
 * checks, run beside the DfE's and reported in the same {@link
 * io.github.cscreturns.validation.ValidationReport}, their findings marked local. Register an
 * implementation with {@code provides io.github.cscreturns.validation.ssda903.RuleSetProvider with …}
 * in your {@code module-info.java} (or a {@code META-INF/services} file on the class path); {@link
 * RuleSet#forYearWithProviders} loads every provider with {@link java.util.ServiceLoader}.
 *
 * @since 2022-23
 */
public interface RuleSetProvider {
  /**
   * Adds this provider's rules for the year with {@link RuleSet.Builder#addLocal}, each with metadata
   * of its own; a provider with nothing for the year adds nothing.
   *
   * @param year the collection year
   * @param builder the builder
   */
  void addRules(CollectionYear year, RuleSet.Builder builder);
}

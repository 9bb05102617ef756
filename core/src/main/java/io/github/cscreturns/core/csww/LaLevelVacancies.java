package io.github.cscreturns.core.csww;

import io.github.cscreturns.core.SourceLocation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The local-authority-level items of the census (schema element {@code LALevelVacancies}), as at 30
 * September: vacancies and agency workers.
 *
 * <p>Values that did not parse are kept in {@link #unparsed()} by element name.
 *
 * @since 2021-22 (the 2022 schema; vacancies and agency workers are collected since 2012-13)
 */
@Value.Immutable
public interface LaLevelVacancies {
  /**
   * NumberOfVacancies: FTE vacancies for children's social workers (2 decimal places).
   *
   * @return numberOfVacancies
   */
  Optional<BigDecimal> numberOfVacancies();

  /**
   * NoAgencyFTE: FTE of agency workers (2 decimal places).
   *
   * @return noAgencyFTE
   */
  Optional<BigDecimal> agencyFte();

  /**
   * NoAgencyHeadcount: headcount of agency workers.
   *
   * @return noAgencyHeadcount
   */
  Optional<Integer> agencyHeadcount();

  /**
   * Element name → the text that did not parse into its type.
   *
   * @return element name → the text that did not parse into its type
   */
  Map<String, String> unparsed();

  /**
   * Where in the file the record was read, if it was read from one.
   *
   * @return the record's location
   */
  @Value.Auxiliary
  Optional<SourceLocation> location();

  /**
   * A builder of a {@code LaLevelVacancies}, every item unset.
   *
   * @return the builder
   */
  static ImmutableLaLevelVacancies.Builder builder() {
    return ImmutableLaLevelVacancies.builder();
  }
}

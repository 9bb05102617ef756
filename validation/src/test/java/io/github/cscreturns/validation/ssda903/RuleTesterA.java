package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.ImmutablePlacement;
import io.github.cscreturns.core.ssda903.Placement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Helpers for the tests of the header and field rules (group A), beside {@link RuleTester}. */
public final class RuleTesterA {
  private RuleTesterA() {}

  /** The baseline episode's placement postcode and home postcode (see {@link RuleTester#episode}). */
  public static final String PLACEMENT_POSTCODE = "BN1 1AA";

  public static final String HOME_POSTCODE = "BN2 9ZZ";

  /**
   * A context for the year with a postcode directory that knows the given postcodes (normalised text
   * to LA code) and gives {@code miles} between any two known postcodes.
   */
  public static RuleContext withPostcodes(CollectionYear year, Map<String, String> laByPostcode, double miles) {
    ReferenceData.PostcodeDirectory directory =
        new ReferenceData.PostcodeDirectory() {
          @Override
          public Optional<LaCode> localAuthority(Postcode postcode) {
            return postcode.normalised().map(laByPostcode::get).map(LaCode::of);
          }

          @Override
          public OptionalDouble distanceMiles(Postcode from, Postcode to) {
            return localAuthority(from).isPresent() && localAuthority(to).isPresent()
                ? OptionalDouble.of(miles)
                : OptionalDouble.empty();
          }
        };
    return RuleContext.of(year).withReferenceData(new ReferenceData() {
      @Override
      public Optional<PostcodeDirectory> postcodes() {
        return Optional.of(directory);
      }
    });
  }

  /** A context whose directory knows the baseline episode's two postcodes, in LA 846, 3.2 miles apart. */
  public static RuleContext withBaselinePostcodes(CollectionYear year) {
    return withPostcodes(year, Map.of(PLACEMENT_POSTCODE, "846", HOME_POSTCODE, "846"), 3.2);
  }

  /** The baseline episode's placement, as a builder to change. */
  public static ImmutablePlacement.Builder placement(CollectionYear year) {
    return Placement.builder().from(RuleTester.episode(year).build().placement());
  }

  /** A source location as an XML reader would give the record. */
  public static SourceLocation xmlSource() {
    return SourceLocation.builder().file("return.xml").line(3).elementPath("/Children/Child[1]/Header").build();
  }
}

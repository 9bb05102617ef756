package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Test helpers for the group C episode rules: dated episode chains and a small fake postcode directory. */
final class RuleTesterC {
  private RuleTesterC() {}

  /** The baseline episode's placement postcode, placed by {@link #directory} in LA {@link #OWN_LA}. */
  static final String PLACEMENT_POSTCODE = "BN1 1AA";
  /** The baseline episode's home postcode. */
  static final String HOME_POSTCODE = "BN2 9ZZ";
  /** The returning LA in {@link #context}. */
  static final LaCode OWN_LA = LaCode.of("846");

  /** A day in the year: {@code month} and {@code day} of the year's April–March span. */
  static LocalDate day(CollectionYear year, int month, int day) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, day);
  }

  /** A baseline episode from {@code start} to {@code end} (ceasing X1), for the middle of a chain. */
  static ImmutableEpisode closed(CollectionYear year, LocalDate start, LocalDate end, ReasonNewEpisode rne) {
    return RuleTester.episode(year).start(start).end(end).reasonCeased(ReasonEpisodeCeased.X1).reasonNewEpisode(rne).build();
  }


  /**
   * A postcode directory knowing {@link #PLACEMENT_POSTCODE} and {@link #HOME_POSTCODE} (both in
   * {@link #OWN_LA}) and any postcodes given with their LA; every distance between two known postcodes
   * is {@code miles}.
   */
  static ReferenceData directory(double miles, Map<String, String> moreLas) {
    Map<String, String> las = new java.util.HashMap<>(moreLas);
    las.put(PLACEMENT_POSTCODE, OWN_LA.value());
    las.put(HOME_POSTCODE, OWN_LA.value());
    ReferenceData.PostcodeDirectory dir = new ReferenceData.PostcodeDirectory() {
      @Override
      public Optional<LaCode> localAuthority(Postcode postcode) {
        return postcode.normalised().map(las::get).map(LaCode::of);
      }

      @Override
      public OptionalDouble distanceMiles(Postcode from, Postcode to) {
        return localAuthority(from).isPresent() && localAuthority(to).isPresent()
            ? OptionalDouble.of(miles)
            : OptionalDouble.empty();
      }
    };
    return new ReferenceData() {
      @Override
      public Optional<PostcodeDirectory> postcodes() {
        return Optional.of(dir);
      }
    };
  }

  /** A context for the year with a {@link #directory} of the given distance and the returning LA {@link #OWN_LA}. */
  static RuleContext context(CollectionYear year, double miles, Map<String, String> moreLas) {
    return RuleContext.of(year).withReferenceData(directory(miles, moreLas)).withLa(OWN_LA);
  }

  /** A context with a directory of the baseline postcodes, 3 miles apart. */
  static RuleContext context(CollectionYear year) {
    return context(year, 3.0, Map.of());
  }
}

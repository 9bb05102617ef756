package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Ofsted provider lists and postcode directories made by hand for the provider rules' tests. */
final class UrnLookupFixtures {
  /** The URN of the baseline episode ({@code RuleTester.episode}). */
  static final String URN = "SC123456";

  private UrnLookupFixtures() {}

  static ReferenceData.Provider provider(Set<String> placementCodes, Set<String> providerCodes, Optional<LocalDate> end, Optional<String> postcode) {
    return new ReferenceData.Provider(placementCodes, providerCodes, end, postcode.map(Postcode::of));
  }

  /** The baseline episode's provider: a U4 foster placement, own provision (PR1), at BN1 1AA, still registered. */
  static ReferenceData.Provider baselineProvider() {
    return provider(Set.of("U4", "U5"), Set.of("PR1"), Optional.empty(), Optional.of("BN1 1AA"));
  }

  static ReferenceData.ProviderDirectory lists(Map<String, ReferenceData.Provider> byUrn) {
    return new ReferenceData.ProviderDirectory() {
      @Override
      public boolean isKnown(Urn urn) {
        return byUrn.containsKey(urn.value());
      }

      @Override
      public Optional<ReferenceData.Provider> provider(Urn urn) {
        return Optional.ofNullable(byUrn.get(urn.value()));
      }
    };
  }

  /** Postcodes to DfE LA numbers; any two known postcodes are a mile apart. */
  static ReferenceData.PostcodeDirectory postcodes(Map<String, String> laByPostcode) {
    return new ReferenceData.PostcodeDirectory() {
      @Override
      public Optional<LaCode> localAuthority(Postcode postcode) {
        return postcode.normalised().map(laByPostcode::get).map(LaCode::of);
      }

      @Override
      public OptionalDouble distanceMiles(Postcode from, Postcode to) {
        return localAuthority(from).isPresent() && localAuthority(to).isPresent() ? OptionalDouble.of(1.0) : OptionalDouble.empty();
      }
    };
  }

  static RuleContext context(CollectionYear year, Map<String, ReferenceData.Provider> byUrn) {
    return RuleContext.of(year).withReferenceData(ReferenceData.of(Optional.empty(), Optional.of(lists(byUrn))));
  }

  static RuleContext context(CollectionYear year, Map<String, ReferenceData.Provider> byUrn, Map<String, String> laByPostcode, String la) {
    return RuleContext.of(year)
        .withReferenceData(ReferenceData.of(Optional.of(postcodes(laByPostcode)), Optional.of(lists(byUrn))))
        .withLa(LaCode.of(la));
  }
}

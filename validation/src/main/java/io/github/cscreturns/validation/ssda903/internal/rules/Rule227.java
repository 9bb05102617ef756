package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 227: "Ofsted Unique reference number (URN) is not valid for the episode start date." Needs Ofsted's
 * provider lists. The DfE: "If <URN> provided and <URN> not = 'XXXXXXX', then if <URN> and <REG_END>
 * are provided then <DECOM> must be before <REG_END>". Flags each such episode whose start is on or
 * after the date the provider's registration ended. A URN on no list, a provider still registered
 * or an episode without a start date is left alone. Same in every year.
 */
public final class Rule227 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "227";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    if (e.start().isEmpty()) {
      return false;
    }
    Optional<LocalDate> end = UrnLookup.provider(urn, context).flatMap(ReferenceData.Provider::registrationEnd);
    return end.isPresent() && !e.start().get().isBefore(end.get());
  }
}

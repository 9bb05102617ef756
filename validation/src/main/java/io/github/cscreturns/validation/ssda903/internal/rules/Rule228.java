package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 228: "Ofsted Unique reference number (URN) is not valid for the episode end date". Needs Ofsted's
 * provider lists. The DfE: "If <URN> provided and not = 'XXXXXXX', and Ofsted URN <REG_END> not NULL
 * then <DEC> if provided must be <= Ofsted <REG_END> OR if not provided then <COLLECTION_END_DATE>
 * must be <= <REG_END>" (an open episode's provider must still be registered on 31 March). Flags each
 * such episode that ends after the provider's registration ended, or is open at the end of the year
 * when the registration ended before it. An episode whose end date is given but unreadable is left
 * to the date rules. Same in every year.
 */
public final class Rule228 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "228";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    Optional<LocalDate> end = UrnLookup.provider(urn, context).flatMap(ReferenceData.Provider::registrationEnd);
    if (end.isEmpty()) {
      return false;
    }
    return e.end().isPresent()
        ? e.end().get().isAfter(end.get())
        : EpisodeDates.isOpenEnded(e) && context.year().ssda903End().isAfter(end.get());
  }
}

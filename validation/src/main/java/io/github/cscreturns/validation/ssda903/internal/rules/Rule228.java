package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 228: "Ofsted Unique reference number (URN) is not valid for the episode end date". Needs Ofsted's
 * provider lists. The DfE: "If <URN> provided and not = 'XXXXXXX', and Ofsted URN <REG_END> not NULL
 * then <DEC> if provided must be <= Ofsted <REG_END> OR if not provided then <COLLECTION_END_DATE>
 * must be <= <REG_END>" (an open episode's provider must still be registered on 31 March). Flags each
 * such episode that ends after the provider's registration ended, or is open at the end of the year
 * when the registration ended before it. An episode whose end date is given but unreadable is left
 * to the date rules. Same in every year.
 */
public final class Rule228 implements Rule {
  @Override
  public String code() {
    return "228";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PROVIDER_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!UrnLookup.available(context)) {
      return;
    }
    LocalDate yearEnd = context.year().ssda903End();
    for (Episode e : child.episodes()) {
      Optional<Urn> urn = UrnLookup.checkedUrn(e);
      if (urn.isEmpty()) {
        continue;
      }
      Optional<LocalDate> end = UrnLookup.provider(urn.get(), context).flatMap(ReferenceData.Provider::registrationEnd);
      if (end.isEmpty()) {
        continue;
      }
      boolean late =
          e.end().isPresent()
              ? e.end().get().isAfter(end.get())
              : EpisodeDates.isOpenEnded(e) && yearEnd.isAfter(end.get());
      if (late) {
        flags.flag(e);
      }
    }
  }
}

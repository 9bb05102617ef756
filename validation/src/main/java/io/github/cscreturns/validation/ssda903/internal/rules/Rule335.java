package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdoptedByFosterCarer;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 335: "The current foster value (0) suggests that child is not adopted by current foster carer, but
 * last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by
 * current foster carer, but last placement is A1, A4 or A6." For each episode that ceased with
 * adoption (REC E11, E12), flags it with each AD1 record whose FOSTER_CARE contradicts the placement:
 * 0 for a placement for adoption with current foster carers (A3, A5), 1 for one with other adopters
 * (A4, A6). A1 and A2 are codes of earlier years, no longer valid. Same in every year.
 */
public final class Rule335 implements Rule {
  @Override
  public String code() {
    return "335";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.adoptions().isEmpty()) {
      return;
    }
    for (Episode e : child.episodes()) {
      PlacementType place = e.placement().type().orElse(null);
      if (place == null || !place.isPlacedForAdoption() || e.reasonCeased().filter(r -> r.isAdoption()).isEmpty()) {
        continue;
      }
      AdoptedByFosterCarer expected = place.isPlacedForAdoptionWithCurrentFosterCarers() ? AdoptedByFosterCarer.YES : AdoptedByFosterCarer.NO;
      for (Adoption a : child.adoptions()) {
        if (a.adoptedByFosterCarer().filter(f -> f != expected).isPresent()) {
          flags.flag(e);
          flags.flag(a);
        }
      }
    }
  }
}

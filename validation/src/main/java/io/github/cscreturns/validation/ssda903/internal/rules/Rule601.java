package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 601: "The additional fields relating to adoption have not been completed although the episode data
 * shows that the child was adopted during the year." For each episode that ceased with adoption (REC
 * E11, E12) on a DEC within the year, flags it with each of the child's AD1 records in which one of
 * the six adoption items (DATE_INT … LS_ADOPTR) is blank. Same in every year.
 */
public final class Rule601 implements Rule {
  @Override
  public String code() {
    return "601";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> adopted = AdoptedInYear.adoptionEpisodes(child, context.year());
    if (adopted.isEmpty()) {
      return;
    }
    for (Adoption a : child.adoptions()) {
      if (AdoptionItems.itemsRecorded(a) < AdoptionItems.ITEMS) {
        flags.flagAll(adopted);
        flags.flag(a);
      }
    }
  }
}

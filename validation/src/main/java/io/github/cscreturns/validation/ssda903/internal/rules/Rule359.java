package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 359: "Child being looked after following 18th birthday must be accommodated under section 20(5)
 * of the Children Act 1989 in a community home." For a child whose 18th birthday is before 31 March
 * of the collection year, flags each episode still open at the year's end unless it has legal
 * status V2 (section 20) and placement K2 (children's home). A blank LS or PLACE cannot be judged;
 * unparsed text is neither V2 nor K2.
 */
public final class Rule359 extends EveryHeaderRow {
  private static final int ADULT = 18;

  @Override
  public String code() {
    return "359";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    // 18th birthday before 31 March: already 18 on 30 March
    if (child.ageOn(context.year().ssda903End().minusDays(1)).filter(age -> age >= ADULT).isEmpty()) {
      return;
    }
    for (Episode episode : child.episodes()) {
      if (!episode.isOpen()) {
        continue;
      }
      boolean notSection20 =
          ItemPresence.isKnownAndNot(episode.legalStatus(), episode.unparsed("LS"), ls -> ls == LegalStatus.V2);
      boolean notChildrensHome =
          ItemPresence.isKnownAndNot(episode.placement().type(), episode.unparsed("PLACE"), pl -> pl == PlacementType.K2);
      if (notSection20 || notChildrensHome) {
        flags.flag(episode);
      }
    }
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 336: "Child does not have a foster placement immediately prior to being placed for adoption."
 * Flags each episode placed for adoption with the current foster carer(s) (A3 or A5; {@link
 * PlacementType#isPlacedForAdoptionWithCurrentFosterCarers()}) whose immediately preceding episode, in
 * date order, is neither a foster placement ({@link PlacementType#isFoster()}) nor already placed for
 * adoption ({@link PlacementType#isPlacedForAdoption()}). The child's earliest episode has nothing
 * before it in the return and is not judged. A blank preceding PLACE is flagged: the DfE's logic says the
 * previous episode's PL "must be one of" the foster and adoption codes, and a blank is none of them (the
 * Python validator flags it too).
 *
 * <p>The DfE's logic names A3 and A5, the two "with current foster carer(s)" codes; the public Python
 * validator tests A3 and A4 instead. We follow the DfE.
 */
public final class Rule336 implements Rule {
  @Override
  public String code() {
    return "336";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    for (int i = 1; i < dated.size(); i++) {
      Episode episode = dated.get(i);
      if (!episode.placement().type().map(PlacementType::isPlacedForAdoptionWithCurrentFosterCarers).orElse(false)) {
        continue;
      }
      Episode before = dated.get(i - 1);
      if (!before.placement().type().map(pl -> pl.isFoster() || pl.isPlacedForAdoption()).orElse(false)) {
        flags.flag(episode);
      }
    }
  }
}

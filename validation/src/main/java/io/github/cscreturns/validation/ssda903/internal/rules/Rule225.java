package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 225: "Reason for placement change must be recorded." Flags each episode that ceased with REC X1
 * (a new episode begins the same day) and a blank REASON_PLACE_CHANGE, in a placement that is not
 * temporary (T0–T4), where the next episode (by DECOM) starts with a change of placement (RNE P, T, B
 * or U) to a placement that is not temporary either: a placement ended and its reason is missing.
 * A placement is temporary only where its type is one of T0–T4 (a blank or unknown type is not), and
 * the episodes are in DECOM order with those whose DECOM is not a date after the dated ones, as the
 * reference the DfE's checks are mirrored by reads the rule.
 */
public final class Rule225 implements Rule {
  @Override
  public String code() {
    return "225";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = EpisodeDates.undatedLast(child);
    for (int i = 0; i + 1 < dated.size(); i++) {
      Episode episode = dated.get(i);
      Episode next = dated.get(i + 1);
      boolean continues = episode.reasonCeased().orElse(null) == ReasonEpisodeCeased.X1;
      boolean reasonBlank = ItemPresence.isBlank(episode.reasonPlaceChange(), episode, "REASON_PLACE_CHANGE");
      boolean fromPermanent = !episode.placement().type().map(t -> t.isTemporary()).orElse(false);
      boolean placementChanges = next.reasonNewEpisode().map(r -> r.changesPlacement()).orElse(false);
      boolean toPermanent = !next.placement().type().map(t -> t.isTemporary()).orElse(false);
      if (continues && reasonBlank && fromPermanent && placementChanges && toPermanent) {
        flags.flag(episode);
      }
    }
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 388: "Reason episode ceased is coded new episode begins, but there is no continuation episode."
 * Compares each ceased episode with the next one in date order and flags it when:
 *
 * <ul>
 *   <li>its REC is X1 (new episode begins the same day) but the next episode starts on another day;
 *   <li>its REC is another code although the next episode starts on the day it ceased (the child
 *       stayed looked after, so the episode should have ceased with X1); or
 *   <li>it is the child's last episode and its REC is X1.
 * </ul>
 *
 * Episodes without a DEC, or with a blank or unparsed REC, are left to the DEC and REC rules.
 */
public final class Rule388 implements Rule {
  @Override
  public String code() {
    return "388";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    for (int i = 0; i < dated.size(); i++) {
      Episode episode = dated.get(i);
      if (episode.end().isEmpty() || episode.reasonCeased().isEmpty()) {
        continue;
      }
      boolean continues = episode.reasonCeased().get() == ReasonEpisodeCeased.X1;
      if (i + 1 == dated.size()) {
        if (continues) {
          flags.flag(episode);
        }
        continue;
      }
      boolean nextStartsThatDay = episode.end().equals(dated.get(i + 1).start());
      if (continues != nextStartsThatDay) {
        flags.flag(episode);
      }
    }
  }
}

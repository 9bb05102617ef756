package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
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
 * The episodes are in DECOM order, those whose DECOM is not a date before the dated ones (the
 * reference reads a missing DECOM as 1 January 1901; such an episode starts on no day another ceased). Episodes without a DEC that is a date are not flagged; a
 * REC that was given but is not a valid code (" X1", "X2") is another code than X1, a blank one is
 * none; as the reference the DfE's checks are mirrored by reads the rule.
 */
public final class Rule388 implements Rule {
  @Override
  public String code() {
    return "388";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = new ArrayList<>();
    child.episodes().stream().filter(e -> e.start().isEmpty()).forEach(dated::add);
    dated.addAll(child.episodesInDateOrder());
    for (int i = 0; i < dated.size(); i++) {
      Episode episode = dated.get(i);
      if (episode.end().isEmpty()) {
        continue;
      }
      boolean continues = episode.reasonCeased().orElse(null) == ReasonEpisodeCeased.X1;
      if (i + 1 == dated.size()) {
        if (continues) {
          flags.flag(episode);
        }
        continue;
      }
      boolean nextStartsThatDay = episode.end().equals(dated.get(i + 1).start());
      boolean otherReason = !continues && ItemPresence.isRecorded(episode.reasonCeased(), episode, "REC");
      if ((continues && !nextStartsThatDay) || (otherReason && nextStartsThatDay)) {
        flags.flag(episode);
      }
    }
  }
}

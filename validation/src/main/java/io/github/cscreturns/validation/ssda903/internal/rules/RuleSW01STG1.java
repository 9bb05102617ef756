package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW01STG1: "Child looked after on 31 March, but no social worker episode information is reported".
 * Flags each open episode (DEC blank) not under short-breaks legal status V3/V4 of a child with no
 * social worker episode, or with one lacking SW_ID or SW_DECOM. 2023-24 only (the DfE replaced it with
 * SW01a and SW01b).
 */
public final class RuleSW01STG1 implements Rule {
  @Override
  public String code() {
    return "SW01STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean reported =
        !child.socialWorkerEpisodes().isEmpty()
            && child.socialWorkerEpisodes().stream().allMatch(RuleSW01STG1::identifiesWorkerAndStart);
    if (reported) {
      return;
    }
    for (Episode e : child.episodes()) {
      boolean open = ItemPresence.isBlank(e.end(), e, "DEC");
      boolean shortBreaks = e.legalStatus().map(ls -> ls.isRespite()).orElse(false);
      if (open && !shortBreaks) {
        flags.flag(e);
      }
    }
  }

  private static boolean identifiesWorkerAndStart(SocialWorkerEpisode e) {
    return e.socialWorkerId().isPresent() && ItemPresence.isRecorded(e.start(), e, "SW_DECOM");
  }
}

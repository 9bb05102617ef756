package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 148: "Date episode ceased and reason episode ceased must both be coded, or both left blank." Flags
 * each episode with exactly one of DEC and REC filled in (text that did not parse counts as filled in).
 */
public final class Rule148 implements Rule {
  @Override
  public String code() {
    return "148";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean ceased = ItemPresence.isRecorded(episode.end(), episode, "DEC");
      boolean reason = ItemPresence.isRecorded(episode.reasonCeased(), episode, "REC");
      if (ceased != reason) {
        flags.flag(episode);
      }
    }
  }
}

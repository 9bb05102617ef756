package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 355: "Episode appears to have lasted for less than 24 hours". Flags each episode that ceased on
 * the day it started (DEC equal to DECOM). As the reference the DfE's checks are mirrored by compares
 * the two items as written, DECOM and DEC that are both blank, or the same text that is not a date,
 * are equal too.
 */
public final class Rule355 implements Rule {
  @Override
  public String code() {
    return "355";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean sameDay = episode.start().isPresent() && episode.start().equals(episode.end());
      boolean bothBlank = ItemPresence.isBlank(episode.start(), episode, "DECOM") && ItemPresence.isBlank(episode.end(), episode, "DEC");
      boolean sameText = episode.unparsed("DECOM").isPresent() && episode.unparsed("DECOM").equals(episode.unparsed("DEC"));
      if (sameDay || bothBlank || sameText) {
        flags.flag(episode);
      }
    }
  }
}

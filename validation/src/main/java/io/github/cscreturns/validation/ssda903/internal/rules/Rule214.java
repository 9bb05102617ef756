package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 214: "Placement location information not required." Flags each episode under a respite legal
 * status (V3 or V4, short-term breaks) with a placement postcode (PL_POST) or an Ofsted URN filled in,
 * even the placeholder XXXXXXX.
 */
public final class Rule214 implements Rule {
  @Override
  public String code() {
    return "214";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (!episode.legalStatus().map(ls -> ls.isRespite()).orElse(false)) {
        continue;
      }
      boolean location =
          ItemPresence.isRecorded(episode.placement().postcode(), episode, "PL_POST")
              || ItemPresence.isRecorded(episode.placement().urn(), episode, "URN");
      if (location) {
        flags.flag(episode);
      }
    }
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 354: "Date episode ceased must be on or before the end of the current collection year." Despite
 * the wording, the DfE lists DECOM as the item: flags each episode that <em>starts</em> after 31
 * March of the collection year (rule 385 checks DEC).
 */
public final class Rule354 implements Rule {
  @Override
  public String code() {
    return "354";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.start().filter(s -> s.isAfter(context.year().ssda903End())).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}

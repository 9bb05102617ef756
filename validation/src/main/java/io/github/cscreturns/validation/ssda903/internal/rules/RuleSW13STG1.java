package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW13STG1: "The reason for social worker change is either not valid or has not been entered." (2023-24);
 * "The reason for social worker change is not valid." (from 2024-25). Flags each social worker episode
 * whose SW_REASON is not a code of the year, or is blank where a reason is required: for every episode
 * in 2023-24 ({@link #REASON_REQUIRED_FOR_EVERY_EPISODE}), and from the 2024-25 redefinition only for
 * episodes begun on or after 1 April 2023, when the DfE began collecting them
 * ({@link #REASON_REQUIRED_FROM_COLLECTION_START}).
 */
public final class RuleSW13STG1 implements Rule {
  /** 2023-24: every episode needs a reason. */
  public static final boolean REASON_REQUIRED_FOR_EVERY_EPISODE = true;

  /** From 2024-25: episodes begun before 1 April 2023 may leave the reason blank. */
  public static final boolean REASON_REQUIRED_FROM_COLLECTION_START = false;

  private final boolean everyEpisode;

  /** The rule requiring a reason for every episode, or only for those begun from 1 April 2023. */
  public RuleSW13STG1(boolean reasonRequiredForEveryEpisode) {
    this.everyEpisode = reasonRequiredForEveryEpisode;
  }

  @Override
  public String code() {
    return "SW13STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      boolean blank = ItemPresence.isBlank(e.reasonEnded(), e, "SW_REASON");
      boolean invalid = !blank && !e.reasonEnded().map(r -> r.isValidIn(context.year())).orElse(false);
      boolean required =
          everyEpisode || e.start().map(d -> !d.isBefore(SocialWorkerEpisodes.COLLECTED_FROM)).orElse(false);
      if (invalid || (blank && required)) {
        flags.flag(e);
      }
    }
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * SW10STG2: "A new social worker episode has started before the end date of the previous social
 * worker episode." Takes the child's social worker episodes in order of start and end; each one after
 * the first must start within 7 days either side of the end (SW_DEC) of the one before, so it is
 * flagged where that episode has no end, where it has no start itself, or where its start is more than
 * 7 days away. From 2023-24.
 *
 * <p>Redefined by the DfE in 2024-25: an episode whose reason (SW_REASON) is FCONTA, first contact or
 * re-referral, starts afresh and need not follow the one before ({@link #FIRST_CONTACT_STARTS_AFRESH});
 * in 2023-24 every episode must ({@link #EVERY_EPISODE_FOLLOWS_THE_LAST}).
 */
public final class RuleSW10STG2 implements Rule {
  /** 2023-24: every episode after the first must follow the one before. */
  public static final boolean EVERY_EPISODE_FOLLOWS_THE_LAST = false;

  /** From 2024-25: an episode for a first contact or re-referral (FCONTA) need not. */
  public static final boolean FIRST_CONTACT_STARTS_AFRESH = true;

  private final boolean firstContactStartsAfresh;

  /** The rule, with or without the exemption for first contact or re-referral (FCONTA). */
  public RuleSW10STG2(boolean firstContactStartsAfresh) {
    this.firstContactStartsAfresh = firstContactStartsAfresh;
  }

  @Override
  public String code() {
    return "SW10STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<SocialWorkerEpisode> ordered = SocialWorkerEpisodes.inOrder(child);
    for (int i = 1; i < ordered.size(); i++) {
      SocialWorkerEpisode previous = ordered.get(i - 1);
      SocialWorkerEpisode current = ordered.get(i);
      if (firstContactStartsAfresh && current.reasonEnded().orElse(null) == SocialWorkerChangeReason.FCONTA) {
        continue;
      }
      if (previous.end().isEmpty() || current.start().isEmpty()) {
        flags.flag(current);
        continue;
      }
      LocalDate end = previous.end().get();
      LocalDate start = current.start().get();
      if (start.isBefore(end.minusDays(7)) || start.isAfter(end.plusDays(7))) {
        flags.flag(current);
      }
    }
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * SW07STG2: "Social worker episode end date should be on or after the start of the social worker
 * reporting period, and should be on or before the collection end date." Flags each social worker
 * episode whose SW_DEC is before the start of the reporting period or after 31 March of the year.
 *
 * <p>The reporting period is a DfE definition that changed: in 2023-24, the first year of the data, it
 * is the collection year ({@link #REPORTING_PERIOD_IS_COLLECTION_YEAR}); from the 2024-25 redefinition
 * it starts on 1 April of the year before ({@link #REPORTING_PERIOD_FROM_PREVIOUS_YEAR}), so that an
 * episode that ended last year but is reported again is accepted.
 */
public final class RuleSW07STG2 implements Rule {
  /** From 2024-25: the reporting period starts a year before the collection year. */
  public static final int REPORTING_PERIOD_FROM_PREVIOUS_YEAR = 1;

  /** 2023-24: the reporting period is the collection year. */
  public static final int REPORTING_PERIOD_IS_COLLECTION_YEAR = 0;

  private final int yearsBeforeCollectionYear;

  /** The rule where the reporting period starts this many years before 1 April of the collection year. */
  public RuleSW07STG2(int yearsBeforeCollectionYear) {
    this.yearsBeforeCollectionYear = yearsBeforeCollectionYear;
  }

  @Override
  public String code() {
    return "SW07STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    LocalDate from = context.year().ssda903Start().minusYears(yearsBeforeCollectionYear);
    LocalDate to = context.year().ssda903End();
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.end().map(d -> d.isBefore(from) || d.isAfter(to)).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}

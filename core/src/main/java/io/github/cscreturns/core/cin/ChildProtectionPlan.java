package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A child protection plan of a CIN episode (element ChildProtectionPlans), with its reviews.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface ChildProtectionPlan extends CinRecord {
  /**
   * A builder of a {@code ChildProtectionPlan}, every item unset.
   *
   * @return the builder
   */
  static ImmutableChildProtectionPlan.Builder builder() {
    return ImmutableChildProtectionPlan.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CHILD_PROTECTION_PLANS;
  }

  /**
   * CPPstartDate (N00105).
   *
   * @return CPPstartDate (N00105)
   */
  Optional<LocalDate> startDate();

  /**
   * CPPendDate (N00115); empty while the plan is open.
   *
   * @return CPPendDate (N00115)
   */
  Optional<LocalDate> endDate();

  /**
   * InitialCategoryOfAbuse (N00113).
   *
   * @return initialCategoryOfAbuse (N00113)
   */
  Optional<CategoryOfAbuse> initialCategoryOfAbuse();

  /**
   * LatestCategoryOfAbuse (N00114).
   *
   * @return latestCategoryOfAbuse (N00114)
   */
  Optional<CategoryOfAbuse> latestCategoryOfAbuse();

  /**
   * NumberOfPreviousCPP (N00106).
   *
   * @return numberOfPreviousCPP (N00106)
   */
  OptionalInt numberOfPreviousPlans();

  /**
   * The Reviews elements of the plan (the schema allows one; more are kept as written).
   *
   * @return the Reviews elements of the plan (the schema allows one
   */
  List<CppReviews> reviews();

  /**
   * Every review date of the plan, in the order written.
   *
   * @return every review date of the plan, in the order written
   */
  default List<LocalDate> reviewDates() {
    return reviews().stream().flatMap(r -> r.reviewDates().stream()).toList();
  }

  /**
   * Whether the plan was open on the date: started by then and not ended before it.
   *
   * @param date the date
   * @return whether the plan was open on the date
   */
  default boolean isOpenOn(LocalDate date) {
    return startDate().map(s -> !s.isAfter(date)).orElse(false)
        && endDate().map(e -> !e.isBefore(date)).orElse(true);
  }
}

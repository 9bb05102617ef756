package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child rule that judges a child's records against each of its Header rows, where the Header gives
 * the child more than once. A CSV reader gives a second Header row for the same CHILD as a second
 * child without records (the other tables' rows go to the first); the public Python validator the
 * DfE's checks are mirrored by joins the other tables with the Header on CHILD, so every Header row is
 * compared with all the child's records, and a Header row given twice is judged by its own items (a
 * girl's row and a boy's row, two DOBs). This runs the rule on each child as the per-child engine does,
 * and on each further Header row of a child with the first child's records: the findings on that Header
 * row are reported at its own row, those on records at the records' rows (a record flagged from both
 * rows is reported once). INT32 reports the repeated Header row itself.
 *
 * <p>Only the rules whose reference answer depends on it are run so; the previous year's return is not
 * given to them (none reads it).
 *
 * @since 2022-23
 */
public abstract class EveryHeaderRow implements ReturnRule {
  /** For subclasses. */
  protected EveryHeaderRow() {}

  /**
   * The rule's check of one child with its records (a Header row and its records), as a per-child
   * rule runs it.
   *
   * @param child the child
   * @param context the context of the check
   * @param flags where the flagged records go
   */
  public abstract void check(Child child, RuleContext context, Flags flags);

  /**
   * Checks the child's records against another Header row of the same CHILD. By default the rule is
   * run on a child made of that row's items and the child's records.
   *
   * @param headerRow the further Header row, as read (a child without records)
   * @param child the child with the records (its first Header row)
   * @param context the context of the check
   * @param flags where the findings go: {@code headerRow} or the child's records
   */
  public void checkHeaderRow(Child headerRow, Child child, RuleContext context, Flags flags) {
    Child joined = withRecordsOf(headerRow, child);
    Flags own = new Flags();
    check(joined, context, own);
    for (Ssda903Record r : own.flagged()) {
      flags.flag(r == joined ? headerRow : r);
    }
  }

  /**
   * The rule as a per-child rule: its check of one child with its records, with no other Header row.
   *
   * @return the per-child view of the rule
   */
  public final Rule perChild() {
    EveryHeaderRow self = this;
    return new Rule() {
      @Override
      public String code() {
        return self.code();
      }

      @Override
      public Set<Requirement> requirements() {
        return self.requirements();
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        self.check(child, context, flags);
      }
    };
  }

  /** The Header row's items with the records of {@code child}. */
  static Child withRecordsOf(Child headerRow, Child child) {
    return ImmutableChild.builder()
        .from(headerRow)
        .episodes(child.episodes())
        .reviews(child.reviews())
        .uasc(child.uasc())
        .healthOutcomes(child.healthOutcomes())
        .careLeaverCheckpoints(child.careLeaverCheckpoints())
        .adoptions(child.adoptions())
        .placedForAdoption(child.placedForAdoption())
        .previousPermanence(child.previousPermanence())
        .missingEpisodes(child.missingEpisodes())
        .socialWorkerEpisodes(child.socialWorkerEpisodes())
        .deprivationsOfLiberty(child.deprivationsOfLiberty())
        .build();
  }

  private static boolean readFromXml(Child c) {
    return c.source().flatMap(SourceLocation::elementPath).isPresent();
  }

  private static boolean hasRecords(Child c) {
    return !(c.episodes().isEmpty() && c.reviews().isEmpty() && c.uasc().isEmpty() && c.healthOutcomes().isEmpty()
        && c.careLeaverCheckpoints().isEmpty() && c.adoptions().isEmpty() && c.placedForAdoption().isEmpty()
        && c.previousPermanence().isEmpty() && c.missingEpisodes().isEmpty() && c.socialWorkerEpisodes().isEmpty()
        && c.deprivationsOfLiberty().isEmpty());
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      /**
       * A child's first Header row with its records, and the records already reported from it (made
       * only when one is: every CSV child is kept here, so the common case holds nothing more).
       */
      final class First {
        final Child child;
        final int ordinal;
        @org.jspecify.annotations.Nullable List<Ssda903Record> reported;

        First(Child child, int ordinal) {
          this.child = child;
          this.ordinal = ordinal;
        }

        /** Adds the record to those reported; false if it was reported already (compared by identity). */
        boolean report(Ssda903Record r) {
          if (reported == null) {
            reported = new ArrayList<>(2);
          }
          for (Ssda903Record seen : reported) {
            if (seen == r) {
              return false;
            }
          }
          reported.add(r);
          return true;
        }
      }

      /** A finding to report at the end: on a child's Header row where {@code record} is null. */
      private record Found(int ordinal, @org.jspecify.annotations.Nullable Ssda903Record record) {}

      private final Map<ChildId, First> firsts = new HashMap<>();
      private final List<Found> found = new ArrayList<>();

      @Override
      public void accept(Child child, int ordinal) {
        First first = child.headerRecorded() ? firsts.get(child.childId()) : null;
        Flags flags = new Flags();
        if (first == null || hasRecords(child)) {
          check(child, context, flags);
          // Only a CSV file set gives a repeated Header row as a child without records: a child read
          // from XML carries its own records, so XML children are not kept (memory stays bounded).
          First kept = first == null && child.headerRecorded() && !readFromXml(child) ? new First(child, ordinal) : null;
          for (Ssda903Record r : flags.flagged()) {
            if (kept != null) {
              kept.report(r);
            }
            found.add(new Found(ordinal, r == child ? null : r));
          }
          if (kept != null) {
            firsts.put(child.childId(), kept);
          }
          return;
        }
        checkHeaderRow(child, first.child, context, flags);
        for (Ssda903Record r : flags.flagged()) {
          if (r == child) {
            found.add(new Found(ordinal, null));
          } else if (first.report(r)) {
            found.add(new Found(first.ordinal, r));
          }
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        for (Found f : found) {
          if (f.record() == null) {
            flags.flagHeader(f.ordinal());
          } else {
            flags.flag(f.ordinal(), f.record());
          }
        }
      }
    };
  }
}

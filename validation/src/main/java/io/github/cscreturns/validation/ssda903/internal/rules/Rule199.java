package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 199: "Episode information shows child has been previously adopted from care." Flags each episode
 * of this year that starts (by DECOM, in date order) after an episode that ceased with adoption
 * (REC E11 or E12), including a second adoption; the first adoption episode itself is fine.
 *
 * <p>The previous year's episodes are used where the previous return was supplied, so an adoption
 * recorded last year is seen; without it the rule still runs on this year's episodes (as the DfE
 * tool does: "this only tests the current and previous year data loaded"), so it declares no
 * requirement. Episodes without a start date are left out. "Previously" is the order the reference
 * the DfE's checks are mirrored by puts the episodes in: this year's episodes and then last year's,
 * each in the order of their return, sorted by DECOM with its unstable sort ({@link
 * ReferenceSortOrder}); so of a this year's and a last year's episode starting the same day (an
 * episode carried over from last year, say, whose adoption last year's return records), which came
 * first depends on the two returns as a whole. The DfE's logic names no order for such a tie; this
 * is a whole-return rule.
 */
public final class Rule199 implements ReturnRule {
  @Override
  public String code() {
    return "199";
  }

  /** An episode with a DECOM: this year's (with the child's ordinal) or last year's (ordinal -1). */
  private record Seen(long position, ChildId child, int ordinal, long start, boolean adoption, @org.jspecify.annotations.Nullable Episode episode) {}

  private static boolean isAdoption(Episode e) {
    return e.reasonCeased().map(r -> r.isAdoption()).orElse(false);
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    // Only a child adopted this year or last can have an episode flagged: only theirs are kept whole.
    java.util.Set<ChildId> adoptedLastYear = new java.util.HashSet<>();
    for (Child child : context.previousReturn()) {
      if (child.episodes().stream().anyMatch(Rule199::isAdoption)) {
        adoptedLastYear.add(child.childId());
      }
    }
    return new Accumulator() {
      private final List<Seen> current = new ArrayList<>();
      private long sequence;
      /** One more than the highest ordinal seen. */
      private int children;

      @Override
      public void accept(Child child, int ordinal) {
        children = Math.max(children, ordinal + 1);
        boolean mayBeFlagged = adoptedLastYear.contains(child.childId()) || child.episodes().stream().anyMatch(Rule199::isAdoption);
        for (Episode e : child.episodes()) {
          sequence++;
          if (e.start().isPresent()) {
            current.add(new Seen(position(e, sequence), child.childId(), ordinal, e.start().get().toEpochDay(), isAdoption(e), mayBeFlagged ? e : null));
          }
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        current.sort(Comparator.comparingLong(Seen::position));
        List<Seen> previous = new ArrayList<>();
        long n = 0;
        for (Child child : context.previousReturn()) {
          for (Episode e : child.episodes()) {
            n++;
            if (e.start().isPresent()) {
              previous.add(new Seen(position(e, n), child.childId(), -1, e.start().get().toEpochDay(), isAdoption(e), null));
            }
          }
        }
        previous.sort(Comparator.comparingLong(Seen::position));
        List<Seen> all = new ArrayList<>(current);
        all.addAll(previous);
        long[] starts = new long[all.size()];
        for (int i = 0; i < starts.length; i++) {
          starts[i] = all.get(i).start();
        }
        // adoptions so far: last year's by child, this year's by the child's place in the return.
        // Only the counts of a child whose episodes may be flagged are ever read: a child that may
        // not be has every episode kept without its record (episode null), and a count that stays 0
        // need not be kept.
        Map<ChildId, Integer> lastYears = new HashMap<>();
        int[] thisYears = new int[children];
        for (int at : ReferenceSortOrder.of(starts)) {
          Seen s = all.get(at);
          int adoption = s.adoption() ? 1 : 0;
          if (s.ordinal() < 0) {
            if (adoption == 1) {
              lastYears.merge(s.child(), 1, Integer::sum);
            }
            continue;
          }
          Episode episode = s.episode();
          if (episode == null) {
            continue;
          }
          thisYears[s.ordinal()] += adoption;
          int sofar = thisYears[s.ordinal()] + (lastYears.isEmpty() ? 0 : lastYears.getOrDefault(s.child(), 0));
          if (sofar > 0 && !(sofar == 1 && adoption == 1)) {
            flags.flag(s.ordinal(), episode);
          }
        }
      }
    };
  }

  /** The episode's row in its file, or else its place in the return as read. */
  private static long position(Episode e, long sequence) {
    if (e.source().isPresent() && e.source().get().recordIndex().isPresent()) {
      return e.source().get().recordIndex().getAsInt();
    }
    return sequence;
  }
}

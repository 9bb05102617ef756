package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 142: "A new episode has started, but the previous episode has not ended." Flags every episode with
 * a DECOM but the child's latest whose DEC is not a date (blank, or text that is not a date) or whose
 * REC is blank: a later episode has started, so it must have ended. As the reference the DfE's
 * checks are mirrored by reads it: an episode whose DECOM is not a date counts as started after every
 * dated one (it is never flagged itself), so it leaves none of the dated episodes the latest; of the
 * dated ones the latest is the last in the order the reference sorts the whole return's episodes by
 * DECOM ({@link ReferenceSortOrder}, episodes in the order of the return). The DfE's logic names no
 * order for two episodes starting the same day; that sort decides which is "the previous episode", so
 * this is a whole-return rule. Each child is judged on its own episodes (a child given twice in an XML
 * return, each time with episodes, is two children here).
 */
public final class Rule142 implements ReturnRule {
  @Override
  public String code() {
    return "142";
  }

  private record Seen(long position, int ordinal, long start, @org.jspecify.annotations.Nullable Episode episode) {}

  private static boolean mayBeFlagged(Episode episode) {
    return episode.end().isEmpty() || ItemPresence.isBlank(episode.reasonCeased(), episode, "REC");
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      private final List<Seen> seen = new ArrayList<>();
      private final java.util.BitSet withUndated = new java.util.BitSet();
      private long sequence;

      @Override
      public void accept(Child child, int ordinal) {
        for (Episode e : child.episodes()) {
          sequence++;
          if (e.start().isEmpty()) {
            withUndated.set(ordinal);
            continue;
          }
          long position = sequence;
          if (e.source().isPresent() && e.source().get().recordIndex().isPresent()) {
            position = e.source().get().recordIndex().getAsInt();
          }
          // only an episode that may be flagged (open, or without a reason ceased) is kept whole
          seen.add(new Seen(position, ordinal, e.start().get().toEpochDay(), mayBeFlagged(e) ? e : null));
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        seen.sort(Comparator.comparingLong(Seen::position));
        long[] starts = new long[seen.size()];
        for (int i = 0; i < starts.length; i++) {
          starts[i] = seen.get(i).start();
        }
        // by child ordinal, the child's latest dated episode in that order (its place in seen, plus one)
        int children = 0;
        for (Seen s : seen) {
          children = Math.max(children, s.ordinal() + 1);
        }
        int[] latest = new int[children];
        for (int at : ReferenceSortOrder.of(starts)) {
          Seen s = seen.get(at);
          if (!withUndated.get(s.ordinal())) {
            latest[s.ordinal()] = at + 1;
          }
        }
        for (int i = 0; i < seen.size(); i++) {
          Seen s = seen.get(i);
          Episode episode = s.episode();
          if (episode != null && latest[s.ordinal()] != i + 1) {
            flags.flag(s.ordinal(), episode);
          }
        }
      }
    };
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INT32: "Internal Check: Child should only exist once in Header." Flags every Header row of a CHILD
 * that has more than one.
 */
public final class RuleInt32 implements ReturnRule {
  @Override
  public String code() {
    return "INT32";
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      private final Map<ChildId, List<Integer>> ordinals = new LinkedHashMap<>();

      @Override
      public void accept(Child child, int ordinal) {
        if (child.headerRecorded()) {
          ordinals.computeIfAbsent(child.childId(), k -> new ArrayList<>(1)).add(ordinal);
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        for (List<Integer> seen : ordinals.values()) {
          if (seen.size() > 1) {
            seen.forEach(flags::flagHeader);
          }
        }
      }
    };
  }
}

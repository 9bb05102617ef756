package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 444 (from 2025-26): "Duplicate UPN has been reported". A whole-return rule: flags the Header of every
 * child whose UPN is also the UPN of another Header row in the return. Unknown-UPN reason codes (UN1…)
 * are shared legitimately and never count; UPNs are compared as judged (case aside, spaces kept; docs/reading-rules.md).
 */
public final class Rule444 implements ReturnRule {
  @Override
  public String code() {
    return "444";
  }

  @Override
  public Accumulator newAccumulator(RuleContext context) {
    return new Accumulator() {
      private final Map<String, List<Integer>> ordinalsByUpn = new HashMap<>();
      private final List<String> order = new ArrayList<>();

      @Override
      public void accept(Child child, int ordinal) {
        if (!child.headerRecorded() || child.upn().isEmpty()) {
          return;
        }
        Upn upn = child.upn().get();
        if (upn.isUnknownReasonCode()) {
          return;
        }
        String key = upn.value().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
          return;
        }
        ordinalsByUpn.computeIfAbsent(key, k -> {
          order.add(k);
          return new ArrayList<>(1);
        }).add(ordinal);
      }

      @Override
      public void finish(ReturnFlags flags) {
        for (String key : order) {
          List<Integer> ordinals = ordinalsByUpn.get(key);
          if (ordinals.size() > 1) {
            ordinals.forEach(flags::flagHeader);
          }
        }
      }
    };
  }
}

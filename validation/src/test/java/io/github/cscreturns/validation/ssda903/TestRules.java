package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Small rules for engine tests, borrowing catalogued codes (the catalogue checks that a code exists). */
final class TestRules {
  private TestRules() {}

  /** A rule flagging the Header row of children matching the predicate. */
  static Rule header(String code, Predicate<Child> when) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        if (child.headerRecorded() && when.test(child)) {
          flags.flag(child);
        }
      }
    };
  }

  /** A rule flagging every episode matching the predicate. */
  static Rule episodes(String code, Predicate<Episode> when) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        for (Episode e : child.episodes()) {
          if (when.test(e)) {
            flags.flag(e);
          }
        }
      }
    };
  }

  /** A rule that throws on children matching the predicate and flags their Header otherwise. */
  static Rule throwing(String code, Predicate<Child> when) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        if (when.test(child)) {
          throw new IllegalStateException("boom for " + child.childId().value());
        }
      }
    };
  }

  /** A rule needing the given inputs, flagging every Header row. */
  static Rule needing(String code, Requirement first, Requirement... rest) {
    Set<Requirement> needs = EnumSet.of(first, rest);
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Set<Requirement> requirements() {
        return needs;
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        flags.flag(child);
      }
    };
  }

  /** A rule flagging the Header of a child that was in the previous year's return with other episodes. */
  static Rule previousYear(String code) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Set<Requirement> requirements() {
        return Set.of(Requirement.PREVIOUS_YEAR);
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        List<Episode> before = context.previous().map(Child::episodes).orElse(List.of());
        if (context.previous().isPresent() && before.size() != child.episodes().size()) {
          flags.flag(child);
        }
      }
    };
  }
}

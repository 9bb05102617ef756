package io.github.cscreturns.codesets.ssda903;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The codes of a codeset in a grouping, for the codesets' tests. */
final class CodeGroupings {
  private CodeGroupings() {}

  /** The codes (enum names) of the type that the grouping holds, in declaration order. */
  static <C extends Enum<C>> List<String> codes(Class<C> type, Predicate<C> grouping) {
    return Arrays.stream(type.getEnumConstants()).filter(grouping).map(Enum::name).toList();
  }
}

package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * INT21: "Internal Check: SEX in UASC is different to SEX in Header." Flags a UASC record whose own SEX
 * (kept where it differs from the Header's) is a different code from the Header's SEX, both filled in.
 * Codes are compared as written, ignoring case as the readers do ("m" and "M" name the same sex);
 * a code padded with spaces is not the same text ("1 " differs from "1"; 101 reports the padding). Same in every year.
 */
public final class RuleInt21 implements Rule {
  @Override
  public String code() {
    return "INT21";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    Optional<String> header = written(child.sex(), child.unparsed("SEX"));
    if (header.isEmpty()) {
      return;
    }
    for (Uasc uasc : child.uasc()) {
      Optional<String> own = written(uasc.sex(), uasc.unparsed("SEX"));
      if (own.isPresent() && !own.get().equals(header.get())) {
        flags.flag(uasc);
      }
    }
  }

  private static Optional<String> written(Optional<Sex> typed, Optional<String> unparsed) {
    Optional<String> text = typed.map(Sex::code).or(() -> unparsed);
    return text.map(t -> t.toUpperCase(Locale.ROOT)).filter(t -> !t.isBlank());
  }
}

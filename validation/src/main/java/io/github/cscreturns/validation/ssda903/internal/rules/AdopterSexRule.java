package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * The rules that tie the adopters' sex (SEX_ADOPTR) to their legal status (LS_ADOPTR): where
 * LS_ADOPTR is the given status, SEX_ADOPTR must be one of the given sexes. A blank or invalid
 * SEX_ADOPTR is none of them, so it is flagged too; a blank LS_ADOPTR asks for nothing.
 */
abstract class AdopterSexRule implements Rule {
  private final String code;
  private final AdopterLegalStatus legalStatus;
  private final Set<AdopterSex> sexes;

  AdopterSexRule(String code, AdopterLegalStatus legalStatus, Set<AdopterSex> sexes) {
    this.code = code;
    this.legalStatus = legalStatus;
    this.sexes = Set.copyOf(sexes);
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    for (Adoption adoption : child.adoptions()) {
      if (adoption.adopterLegalStatus().filter(legalStatus::equals).isPresent()
          && !adoption.adopterSex().map(sexes::contains).orElse(false)) {
        flags.flag(adoption);
      }
    }
  }
}

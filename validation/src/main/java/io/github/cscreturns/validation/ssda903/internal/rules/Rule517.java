package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 517: "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female." Flags each AD1 record with LS_ADOPTR L3 whose SEX_ADOPTR is not MF (blank or invalid
 * included). Same in every year.
 */
public final class Rule517 extends AdopterSexRule {
  public Rule517() {
    super("517", AdopterLegalStatus.L3, AdoptionItems.OPPOSITE_SEX_COUPLE);
  }
}

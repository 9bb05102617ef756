package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 518: "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females." Flags each AD1 record with LS_ADOPTR L4 whose SEX_ADOPTR is not MM or FF (blank or invalid
 * included). Same in every year.
 */
public final class Rule518 extends AdopterSexRule {
  public Rule518() {
    super("518", AdopterLegalStatus.L4, AdoptionItems.SAME_SEX_COUPLE);
  }
}

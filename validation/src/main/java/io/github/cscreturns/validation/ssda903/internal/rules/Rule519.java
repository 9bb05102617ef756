package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 519: "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple." Flags each AD1 record with LS_ADOPTR L2 whose SEX_ADOPTR is not MM, FF or MF (blank or invalid
 * included). Same in every year.
 */
public final class Rule519 extends AdopterSexRule {
  public Rule519() {
    super("519", AdopterLegalStatus.L2, AdoptionItems.COUPLE);
  }
}

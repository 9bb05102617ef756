package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;

/**
 * 520: "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple." Flags each AD1 record with LS_ADOPTR L11 whose SEX_ADOPTR is not MF (blank or invalid
 * included). Same in every year.
 */
public final class Rule520 extends AdopterSexRule {
  public Rule520() {
    super("520", AdopterLegalStatus.L11, AdoptionItems.OPPOSITE_SEX_COUPLE);
  }
}

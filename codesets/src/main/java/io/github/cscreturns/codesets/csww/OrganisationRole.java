package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset OrgRole: the worker's role in the organisation (item OrgRole).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum OrganisationRole implements Code {
  /** 1: Senior Manager */
  SENIOR_MANAGER("1", "Senior Manager", YearRange.all()),

  /** 2: Middle Manager */
  MIDDLE_MANAGER("2", "Middle Manager", YearRange.all()),

  /** 3: First Line Manager */
  FIRST_LINE_MANAGER("3", "First Line Manager", YearRange.all()),

  /** 4: Senior Practicioner */
  SENIOR_PRACTITIONER("4", "Senior Practicioner", YearRange.all()),

  /** 5: Case Holder */
  CASE_HOLDER("5", "Case Holder", YearRange.all()),

  /** 6: Qualified Without Cases */
  QUALIFIED_WITHOUT_CASES("6", "Qualified Without Cases", YearRange.all());

  /** The codeset. */
  public static final Codeset<OrganisationRole> CODESET = Codeset.of("OrgRole", "Organisational role", OrganisationRole.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  OrganisationRole(String code, String description, YearRange validity) {
    this.code = code;
    this.description = description;
    this.validity = validity;
  }

  /**
   * The code written as {@code text} (surrounding white space ignored), or nothing.
   *
   * @param text the text as written
   * @return the code written as {@code text} (surrounding white space ignored), or nothing
   */
  public static Optional<OrganisationRole> parse(String text) {
    return CODESET.parse(text);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public YearRange validity() {
    return validity;
  }
}

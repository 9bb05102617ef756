package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset ReferralSource: source of referral (items ReferralSource).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum ReferralSource implements Code {
  /** 1A: INDIVIDUAL – family member, relative or carer */
  INDIVIDUAL_FAMILY_MEMBER_1A("1A", "INDIVIDUAL – family member, relative or carer", YearRange.all()),

  /** 1B: INDIVIDUAL – acquaintance (including neighbours and child minders) */
  INDIVIDUAL_ACQUAINTANCE_1B("1B", "INDIVIDUAL – acquaintance (including neighbours and child minders)", YearRange.all()),

  /** 1C: INDIVIDUAL – self */
  INDIVIDUAL_SELF_1C("1C", "INDIVIDUAL – self", YearRange.all()),

  /** 1D: INDIVIDUAL – other (including strangers) */
  INDIVIDUAL_OTHER_1D("1D", "INDIVIDUAL – other (including strangers)", YearRange.all()),

  /** 2A: SCHOOLS */
  SCHOOLS_2A("2A", "SCHOOLS", YearRange.all()),

  /** 2B: EDUCATION SERVICES */
  EDUCATION_SERVICES_2B("2B", "EDUCATION SERVICES", YearRange.all()),

  /** 3A: HEALTH SERVICES – general practitioner (GP) */
  HEALTH_SERVICES_GENERAL_PRACTITIONER_3A("3A", "HEALTH SERVICES – general practitioner (GP)", YearRange.all()),

  /** 3B: HEALTH SERVICES – health visitor */
  HEALTH_SERVICES_HEALTH_VISITOR_3B("3B", "HEALTH SERVICES – health visitor", YearRange.all()),

  /** 3C: HEALTH SERVICES – school nurse */
  HEALTH_SERVICES_SCHOOL_NURSE_3C("3C", "HEALTH SERVICES – school nurse", YearRange.all()),

  /** 3D: HEALTH SERVICES – other primary health services */
  HEALTH_SERVICES_OTHER_PRIMARY_3D("3D", "HEALTH SERVICES – other primary health services", YearRange.all()),

  /** 3E: HEALTH SERVICES – A&amp;E (accident and emergency department) */
  HEALTH_SERVICES_A_AND_E_3E("3E", "HEALTH SERVICES – A&E (accident and emergency department)", YearRange.all()),

  /** 3F: HEALTH SERVICES – other (for example hospice) */
  HEALTH_SERVICES_OTHER_3F("3F", "HEALTH SERVICES – other (for example hospice)", YearRange.all()),

  /** 4: HOUSING - local authority housing or housing association */
  HOUSING_4("4", "HOUSING - local authority housing or housing association", YearRange.all()),

  /** 5A: LA SERVICES – social care for example adults social care services */
  LA_SERVICES_SOCIAL_CARE_5A("5A", "LA SERVICES – social care for example adults social care services", YearRange.all()),

  /** 5B: LA SERVICES – other internal (department other than social care in local authorities, for example, youth offending (excluding housing)) */
  LA_SERVICES_OTHER_INTERNAL_5B("5B", "LA SERVICES – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))", YearRange.all()),

  /** 5C: LA SERVICES – external, for example, from another local authority’s adults social care services */
  LA_SERVICES_EXTERNAL_5C("5C", "LA SERVICES – external, for example, from another local authority’s adults social care services", YearRange.all()),

  /** 5D: (LA SERVICES – early help */
  LA_SERVICES_EARLY_HELP_5D("5D", "(LA SERVICES – early help", YearRange.from(CollectionYear.Y2022_23)),

  /** 6: POLICE */
  POLICE_6("6", "POLICE", YearRange.all()),

  /** 7: OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison */
  OTHER_LEGAL_AGENCY_INCLUDING_COURTS_7("7", "OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison", YearRange.all()),

  /** 8: OTHER – including children’s centres, independent agency providers or voluntary organisations */
  OTHER_INCLUDING_CHILDRENS_CENTRES_8("8", "OTHER – including children’s centres, independent agency providers or voluntary organisations", YearRange.all()),

  /** 9: ANONYMOUS */
  ANONYMOUS_9("9", "ANONYMOUS", YearRange.all()),

  /** 10: UNKNOWN */
  UNKNOWN_10("10", "UNKNOWN", YearRange.all());

  /** The codeset. */
  public static final Codeset<ReferralSource> CODESET =
      Codeset.of("ReferralSource", "Source of referral", ReferralSource.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReferralSource(String code, String description, YearRange validity) {
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
  public static Optional<ReferralSource> parse(String text) {
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

package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import java.util.EnumMap;
import java.util.Map;

/**
 * England's published figures that set the CIN generator's proportions. Source: Department for
 * Education, "Characteristics of children in need", reporting year 2024 (the year ending 31 March
 * 2024), rounded as published; where a figure is given as "about", it is the generator's rounding of
 * the published tables. The generator uses them as weights, so a return matches them in
 * expectation, not exactly.
 *
 * <ul>
 *   <li>621,880 referrals in the year, 22% of them re-referrals within 12 months, and about 7% of
 *       them leading to no further action (ReferralNFA).
 *   <li>399,460 children in need at 31 March 2024 (about half of the children in need at some time
 *       in the year); 50,010 of them on a child protection plan.
 *   <li>About a quarter of the assessments completed in the year ended with no further action (RC8,
 *       and from 2022-23 RC9, referred to early help); about a third led to a section 47 enquiry, and
 *       about a third of the enquiries to an initial child protection conference, most of which
 *       started a plan.
 *   <li>Source of referral: police 29%, schools 21%, health services 15%, local authority services
 *       12%, individuals 8%, other 15%.
 *   <li>Primary need at assessment: abuse or neglect 57%, family dysfunction 14%, child's disability
 *       13%, family in acute stress 7%, parental illness or disability 3%, absent parenting 3%,
 *       socially unacceptable behaviour 2%, other 1%.
 *   <li>Initial category of abuse of plans: neglect 49%, emotional abuse 37%, physical abuse 7%,
 *       sexual abuse 4%, multiple 3%; about a quarter of plans were a second or later plan.
 *   <li>Factors at the end of assessment, most common first: mental health of the parent (about a
 *       third), domestic abuse with the parent the subject (about 30%), mental health of the child,
 *       emotional abuse, neglect, drug and alcohol misuse by the parent.
 *   <li>Age at 31 March: under 1 5%, 1 to 4 17%, 5 to 9 25%, 10 to 15 38%, 16 and over 15%; about
 *       1% unborn. Boys 53%, girls 46%.
 *   <li>Ethnicity: White 69%, Mixed 10%, Black 8%, Asian 7%, other 3%, not known 3%.
 *   <li>About 13% of children in need at 31 March had a disability recorded: most often learning
 *       disability, autism, communication and behaviour.
 * </ul>
 */
final class CinFigures {
  private CinFigures() {}

  /** Referrals in the year ending 31 March 2024. */
  static final int REFERRALS_2023_24 = 621_880;
  /** Children in need at 31 March 2024. */
  static final int CHILDREN_IN_NEED_AT_31_MARCH_2024 = 399_460;
  /** Children on a child protection plan at 31 March 2024. */
  static final int ON_PLANS_AT_31_MARCH_2024 = 50_010;

  /** Share of a return's children whose episode was already open on 1 April. */
  static final double SHARE_OPEN_ON_1_APRIL = 0.38;
  /** Share of referrals in the year leading to no further action. */
  static final double SHARE_REFERRALS_NFA = 0.07;
  /** Share of episodes closed in the year that are followed by a re-referral in the same year. */
  static final double CHANCE_REREFERRAL = 0.22;
  /** Share of completed assessments ending with no further action (RC8 or RC9). */
  static final double SHARE_ASSESSMENTS_NFA = 0.25;
  /** Share of completed assessments (not ending in no further action) leading to a section 47 enquiry. */
  static final double SHARE_ASSESSMENTS_SECTION_47 = 0.33;
  /** Share of section 47 enquiries leading to an initial child protection conference. */
  static final double SHARE_SECTION_47_ICPC = 0.40;
  /** Share of initial conferences that start a child protection plan. */
  static final double SHARE_ICPC_PLAN = 0.80;
  /** Share of plans that are a second or later plan of the child. */
  static final double SHARE_PLANS_NOT_FIRST = 0.24;
  /** Share of children in need (born) with a disability recorded. */
  static final double SHARE_DISABLED = 0.13;
  /** Share of children in a return who are unborn at 31 March. */
  static final double SHARE_UNBORN = 0.01;
  /** Share of boys among born children. */
  static final double SHARE_BOYS = 0.535;

  /** Age at 31 March in bands {from, to} and weights. */
  static final int[][] AGE_BANDS = {{0, 0}, {1, 4}, {5, 9}, {10, 15}, {16, 17}};
  static final double[] AGE_BAND_WEIGHTS = {5, 17, 25, 38, 15};

  /** The year's mixes of codes, asked of the year's codesets (a code not valid in the year is left out). */
  static final class Mixes {
    final Mix<ReferralSource> referralSource;
    final Mix<PrimaryNeed> primaryNeed;
    final Mix<CategoryOfAbuse> categoryOfAbuse;
    final Mix<Ethnicity> ethnicity;
    final Mix<Disability> disability;
    final Mix<AssessmentFactor> factor;
    final Mix<ReasonForClosure> closure;
    final Mix<ReasonForClosure> closureAfterAssessment;
    final Mix<UpnUnknownReason> upnUnknownOfSchoolAge;

    private Mixes(CollectionYear y) {
      referralSource = Mix.of(y,
          ReferralSource.POLICE_6, 29,
          ReferralSource.SCHOOLS_2A, 19,
          ReferralSource.EDUCATION_SERVICES_2B, 2,
          ReferralSource.HEALTH_SERVICES_GENERAL_PRACTITIONER_3A, 2,
          ReferralSource.HEALTH_SERVICES_HEALTH_VISITOR_3B, 2,
          ReferralSource.HEALTH_SERVICES_SCHOOL_NURSE_3C, 1,
          ReferralSource.HEALTH_SERVICES_OTHER_PRIMARY_3D, 3,
          ReferralSource.HEALTH_SERVICES_A_AND_E_3E, 3,
          ReferralSource.HEALTH_SERVICES_OTHER_3F, 4,
          ReferralSource.LA_SERVICES_SOCIAL_CARE_5A, 3,
          ReferralSource.LA_SERVICES_OTHER_INTERNAL_5B, 3,
          ReferralSource.LA_SERVICES_EXTERNAL_5C, 3,
          ReferralSource.LA_SERVICES_EARLY_HELP_5D, 3,
          ReferralSource.INDIVIDUAL_FAMILY_MEMBER_1A, 5,
          ReferralSource.INDIVIDUAL_ACQUAINTANCE_1B, 1,
          ReferralSource.INDIVIDUAL_SELF_1C, 1,
          ReferralSource.INDIVIDUAL_OTHER_1D, 1,
          ReferralSource.HOUSING_4, 2,
          ReferralSource.OTHER_LEGAL_AGENCY_INCLUDING_COURTS_7, 2,
          ReferralSource.OTHER_INCLUDING_CHILDRENS_CENTRES_8, 7,
          ReferralSource.ANONYMOUS_9, 2,
          ReferralSource.UNKNOWN_10, 2);
      primaryNeed = Mix.of(y,
          PrimaryNeed.ABUSE_OR_NEGLECT, 57,
          PrimaryNeed.FAMILY_DYSFUNCTION, 14,
          PrimaryNeed.CHILDS_DISABILITY, 13,
          PrimaryNeed.FAMILY_IN_ACUTE_STRESS, 7,
          PrimaryNeed.PARENTAL_DISABILITY_OR_ILLNESS, 3,
          PrimaryNeed.ABSENT_PARENTING, 3,
          PrimaryNeed.SOCIALLY_UNACCEPTABLE_BEHAVIOUR, 2,
          PrimaryNeed.LOW_INCOME, 0.5,
          PrimaryNeed.CASES_OTHER_THAN_CHILDREN_IN_NEED, 0.3,
          PrimaryNeed.NOT_STATED, 0.2);
      categoryOfAbuse = Mix.of(y,
          CategoryOfAbuse.NEGLECT, 49,
          CategoryOfAbuse.EMOTIONAL_ABUSE, 37,
          CategoryOfAbuse.PHYSICAL_ABUSE, 7,
          CategoryOfAbuse.SEXUAL_ABUSE, 4,
          CategoryOfAbuse.MULTIPLE_NOT_RECOMMENDED, 3);
      ethnicity = Mix.of(y,
          Ethnicity.WBRI, 60, Ethnicity.WIRI, 0.5, Ethnicity.WIRT, 0.5, Ethnicity.WOTH, 7, Ethnicity.WROM, 1,
          Ethnicity.MWBC, 3, Ethnicity.MWBA, 1.5, Ethnicity.MWAS, 1.5, Ethnicity.MOTH, 4,
          Ethnicity.AIND, 1, Ethnicity.APKN, 3, Ethnicity.ABAN, 1, Ethnicity.AOTH, 2,
          Ethnicity.BCRB, 1.5, Ethnicity.BAFR, 5, Ethnicity.BOTH, 1.5,
          Ethnicity.CHNE, 0.2, Ethnicity.OOTH, 2.8,
          Ethnicity.REFU, 0.5, Ethnicity.NOBT, 2.5);
      disability = Mix.of(y,
          Disability.LEARNING, 35, Disability.AUTISM, 30, Disability.COMMUNICATION, 25, Disability.BEHAVIOUR, 25,
          Disability.OTHER, 10, Disability.MOBILITY, 10, Disability.PERSONAL_CARE, 10, Disability.HAND_FUNCTION, 5,
          Disability.INCONTINENCE, 5, Disability.HEARING, 4, Disability.VISION, 4, Disability.CONSCIOUSNESS, 3);
      factor = Mix.of(y,
          AssessmentFactor.MENTAL_HEALTH_4B, 31,
          AssessmentFactor.DOMESTIC_VIOLENCE_3B, 30,
          AssessmentFactor.MENTAL_HEALTH_4A, 19,
          AssessmentFactor.ABUSE_OR_NEGLECT_EMOTIONAL_ABUSE_17A, 18,
          AssessmentFactor.ABUSE_OR_NEGLECT_NEGLECT_16A, 17,
          AssessmentFactor.DRUG_MISUSE_2B, 15,
          AssessmentFactor.DOMESTIC_VIOLENCE_3A, 15,
          AssessmentFactor.ALCOHOL_MISUSE_1B, 11,
          AssessmentFactor.ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_ADULT_ON_CHILD_18C, 10,
          AssessmentFactor.ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_CHILD_ON_CHILD_18B, 2,
          AssessmentFactor.ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_18A, 12,
          AssessmentFactor.ABUSE_OR_NEGLECT_SEXUAL_ABUSE_ADULT_ON_CHILD_19C, 4,
          AssessmentFactor.ABUSE_OR_NEGLECT_SEXUAL_ABUSE_CHILD_ON_CHILD_19B, 2,
          AssessmentFactor.ABUSE_OR_NEGLECT_SEXUAL_ABUSE_19A, 6,
          AssessmentFactor.OTHER_20, 10,
          AssessmentFactor.LEARNING_DISABILITY_5A, 7,
          AssessmentFactor.LEARNING_DISABILITY_5B, 2,
          AssessmentFactor.DOMESTIC_VIOLENCE_3C, 6,
          AssessmentFactor.SOCIALLY_UNACCEPTABLE_BEHAVIOUR_14A, 6,
          AssessmentFactor.SELF_HARM_15A, 5,
          AssessmentFactor.CHILD_CRIMINAL_EXPLOITATION_24A, 4,
          AssessmentFactor.CHILD_SEXUAL_EXPLOITATION_11A, 3,
          AssessmentFactor.MISSING_10A, 3,
          AssessmentFactor.MENTAL_HEALTH_4C, 3,
          AssessmentFactor.PHYSICAL_DISABILITY_OR_ILLNESS_6A, 3,
          AssessmentFactor.PHYSICAL_DISABILITY_OR_ILLNESS_6B, 3,
          AssessmentFactor.PHYSICAL_DISABILITY_OR_ILLNESS_6C, 1,
          AssessmentFactor.DRUG_MISUSE_2A, 3,
          AssessmentFactor.DRUG_MISUSE_2C, 1,
          AssessmentFactor.ALCOHOL_MISUSE_1A, 1,
          AssessmentFactor.ALCOHOL_MISUSE_1C, 1,
          AssessmentFactor.GANGS_13A, 2,
          AssessmentFactor.YOUNG_CARER_7A, 1,
          AssessmentFactor.UASC_9A, 1,
          AssessmentFactor.TRAFFICKING_12A, 0.5,
          AssessmentFactor.LEARNING_DISABILITY_5C, 0.5,
          AssessmentFactor.PRIVATELY_FOSTERED_8B, 0.05,
          AssessmentFactor.PRIVATELY_FOSTERED_8C, 0.05,
          AssessmentFactor.PRIVATELY_FOSTERED_8D, 0.05,
          AssessmentFactor.PRIVATELY_FOSTERED_8E, 0.1,
          AssessmentFactor.PRIVATELY_FOSTERED_8F, 0.05,
          AssessmentFactor.FEMALE_GENITAL_MUTILATION_22A, 0.2,
          AssessmentFactor.ABUSE_LINKED_TO_FAITH_OR_BELIEF_23A, 0.2);
      closure = Mix.of(y,
          ReasonForClosure.SERVICES_CEASED_FOR_ANY_OTHER_REASON, 72,
          ReasonForClosure.TRANSFERRED_TO_SERVICES_OF_ANOTHER_LOCAL_AUTHORITY, 11,
          ReasonForClosure.CHILD_ARRANGEMENTS_ORDER, 5,
          ReasonForClosure.SPECIAL_GUARDIANSHIP_ORDER, 5,
          ReasonForClosure.TRANSFERRED_TO_ADULT_SOCIAL_CARE_SERVICES, 4,
          ReasonForClosure.ADOPTED, 2.5,
          ReasonForClosure.DIED, 0.3);
      closureAfterAssessment = Mix.of(y,
          ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION, 65,
          ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP, 35);
      upnUnknownOfSchoolAge = Mix.of(y,
          UpnUnknownReason.UN2, 25, UpnUnknownReason.UN3, 10, UpnUnknownReason.UN4, 35,
          UpnUnknownReason.UN5, 10, UpnUnknownReason.UN6, 20);
    }
  }

  private static final Map<CollectionYear, Mixes> MIXES = new EnumMap<>(CollectionYear.class);

  /** The year's mixes, built once. */
  static synchronized Mixes mixes(CollectionYear year) {
    return MIXES.computeIfAbsent(year, Mixes::new);
  }
}

package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset AssessmentFactors: factors identified at assessment (items AssessmentFactors).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum AssessmentFactor implements Code {
  /** 1A: Alcohol misuse: concerns about alcohol misuse by the child */
  ALCOHOL_MISUSE_1A("1A", "Alcohol misuse: concerns about alcohol misuse by the child", YearRange.all()),

  /** 1B: Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s) */
  ALCOHOL_MISUSE_1B("1B", "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)", YearRange.all()),

  /** 1C: Alcohol misuse: concerns about alcohol misuse by another person living in the household */
  ALCOHOL_MISUSE_1C("1C", "Alcohol misuse: concerns about alcohol misuse by another person living in the household", YearRange.all()),

  /** 2A: Drug misuse: concerns about drug misuse by the child */
  DRUG_MISUSE_2A("2A", "Drug misuse: concerns about drug misuse by the child", YearRange.all()),

  /** 2B: Drug misuse: concerns about drug misuse by the parent(s)/carer(s) */
  DRUG_MISUSE_2B("2B", "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)", YearRange.all()),

  /** 2C: Drug misuse: concerns about drug misuse by another person living in the household */
  DRUG_MISUSE_2C("2C", "Drug misuse: concerns about drug misuse by another person living in the household", YearRange.all()),

  /** 3A: Domestic violence: concerns about the child being the subject of domestic violence */
  DOMESTIC_VIOLENCE_3A("3A", "Domestic violence: concerns about the child being the subject of domestic violence", YearRange.all()),

  /** 3B: Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence */
  DOMESTIC_VIOLENCE_3B("3B", "Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence", YearRange.all()),

  /** 3C: Domestic violence: concerns about another person living in the household being the subject of domestic violence */
  DOMESTIC_VIOLENCE_3C("3C", "Domestic violence: concerns about another person living in the household being the subject of domestic violence", YearRange.all()),

  /** 4A: Mental health: concerns about the mental health of the child */
  MENTAL_HEALTH_4A("4A", "Mental health: concerns about the mental health of the child", YearRange.all()),

  /** 4B: Mental health: concerns about the mental health of the parent(s)/carer(s) */
  MENTAL_HEALTH_4B("4B", "Mental health: concerns about the mental health of the parent(s)/carer(s)", YearRange.all()),

  /** 4C: Mental health: concerns about the mental health of another person in the family/household */
  MENTAL_HEALTH_4C("4C", "Mental health: concerns about the mental health of another person in the family/household", YearRange.all()),

  /** 5A: Learning disability: concerns about the child’s learning disability */
  LEARNING_DISABILITY_5A("5A", "Learning disability: concerns about the child’s learning disability", YearRange.all()),

  /** 5B: Learning disability: concerns about the parent(s)/carer(s) learning disability */
  LEARNING_DISABILITY_5B("5B", "Learning disability: concerns about the parent(s)/carer(s) learning disability", YearRange.all()),

  /** 5C: Learning disability: concerns about another person in the family/household’s learning disability */
  LEARNING_DISABILITY_5C("5C", "Learning disability: concerns about another person in the family/household’s learning disability", YearRange.all()),

  /** 6A: Physical disability or illness: concerns about a physical disability or illness of the child */
  PHYSICAL_DISABILITY_OR_ILLNESS_6A("6A", "Physical disability or illness: concerns about a physical disability or illness of the child", YearRange.all()),

  /** 6B: Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s) */
  PHYSICAL_DISABILITY_OR_ILLNESS_6B("6B", "Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)", YearRange.all()),

  /** 6C: Physical disability or illness: concerns about a physical disability or illness of another person in the family/household */
  PHYSICAL_DISABILITY_OR_ILLNESS_6C("6C", "Physical disability or illness: concerns about a physical disability or illness of another person in the family/household", YearRange.all()),

  /** 7A: Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities */
  YOUNG_CARER_7A("7A", "Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities", YearRange.all()),

  /** 8B: Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return */
  PRIVATELY_FOSTERED_8B("8B", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return", YearRange.all()),

  /** 8C: Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay */
  PRIVATELY_FOSTERED_8C("8C", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay", YearRange.all()),

  /** 8D: Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements */
  PRIVATELY_FOSTERED_8D("8D", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements", YearRange.all()),

  /** 8E: Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements */
  PRIVATELY_FOSTERED_8E("8E", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements", YearRange.all()),

  /** 8F: Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other */
  PRIVATELY_FOSTERED_8F("8F", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other", YearRange.all()),

  /** 9A: UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child */
  UASC_9A("9A", "UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child", YearRange.all()),

  /** 10A: Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing */
  MISSING_10A("10A", "Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing", YearRange.all()),

  /** 11A: Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation */
  CHILD_SEXUAL_EXPLOITATION_11A("11A", "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation", YearRange.all()),

  /** 12A: Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking */
  TRAFFICKING_12A("12A", "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking", YearRange.all()),

  /** 13A: Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs */
  GANGS_13A("13A", "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs", YearRange.all()),

  /** 14A: Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour */
  SOCIALLY_UNACCEPTABLE_BEHAVIOUR_14A("14A", "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour", YearRange.all()),

  /** 15A: Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm */
  SELF_HARM_15A("15A", "Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm", YearRange.all()),

  /** 16A: Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect */
  ABUSE_OR_NEGLECT_NEGLECT_16A("16A", "Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", YearRange.all()),

  /** 17A: Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect */
  ABUSE_OR_NEGLECT_EMOTIONAL_ABUSE_17A("17A", "Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", YearRange.all()),

  /** 18B: Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child */
  ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_CHILD_ON_CHILD_18B("18B", "Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", YearRange.from(CollectionYear.Y2020_21)),

  /** 18C: Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult */
  ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_ADULT_ON_CHILD_18C("18C", "Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", YearRange.from(CollectionYear.Y2020_21)),

  /** 19B: Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child */
  ABUSE_OR_NEGLECT_SEXUAL_ABUSE_CHILD_ON_CHILD_19B("19B", "Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", YearRange.from(CollectionYear.Y2020_21)),

  /** 19C: Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult */
  ABUSE_OR_NEGLECT_SEXUAL_ABUSE_ADULT_ON_CHILD_19C("19C", "Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", YearRange.from(CollectionYear.Y2020_21)),

  /** 20: Other */
  OTHER_20("20", "Other", YearRange.all()),

  /** 21: No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken */
  NO_FACTORS_IDENTIFIED_21("21", "No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken", YearRange.all()),

  /** 22A: Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation */
  FEMALE_GENITAL_MUTILATION_22A("22A", "Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation", YearRange.all()),

  /** 23A: Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief */
  ABUSE_LINKED_TO_FAITH_OR_BELIEF_23A("23A", "Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief", YearRange.all()),

  /** 24A: Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation */
  CHILD_CRIMINAL_EXPLOITATION_24A("24A", "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation", YearRange.from(CollectionYear.Y2021_22)),

  /** 18A: Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect. */
  ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_18A("18A", "Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", YearRange.until(CollectionYear.Y2019_20)),

  /** 19A: Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect. */
  ABUSE_OR_NEGLECT_SEXUAL_ABUSE_19A("19A", "Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", YearRange.until(CollectionYear.Y2019_20));

  /** The codeset. */
  public static final Codeset<AssessmentFactor> CODESET =
      Codeset.of("AssessmentFactors", "Factors identified at assessment", AssessmentFactor.class, List.of(
          Crosswalk.split(ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_18A, CollectionYear.Y2020_21, "Physical abuse split into child on child and adult on child (2020-21)", ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_CHILD_ON_CHILD_18B, ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_ADULT_ON_CHILD_18C),
          Crosswalk.split(ABUSE_OR_NEGLECT_SEXUAL_ABUSE_19A, CollectionYear.Y2020_21, "Sexual abuse split into child on child and adult on child (2020-21)", ABUSE_OR_NEGLECT_SEXUAL_ABUSE_CHILD_ON_CHILD_19B, ABUSE_OR_NEGLECT_SEXUAL_ABUSE_ADULT_ON_CHILD_19C)));

  private final String code;
  private final String description;
  private final YearRange validity;

  AssessmentFactor(String code, String description, YearRange validity) {
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
  public static Optional<AssessmentFactor> parse(String text) {
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

package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.core.cin.Assessment;
import java.util.List;

/**
 * The AssessmentFactors (N00181) written on an assessment as the DfE's factor rules count them: each
 * non-blank text, a code of the year or not.
 */
final class AssessmentFactors {
  /** "No factors identified", which must stand alone. */
  static final String NO_FACTORS_IDENTIFIED = "21";

  private AssessmentFactors() {}

  /**
   * The factors written, blanks left out, each stripped of surrounding white space.
   *
   * @param assessment the assessment
   * @return the factors written
   */
  static List<String> written(Assessment assessment) {
    return assessment.factorTexts().stream().filter(t -> !t.isBlank()).map(String::strip).toList();
  }

  /**
   * Whether any factor is written.
   *
   * @param assessment the assessment
   * @return whether any factor is written
   */
  static boolean anyWritten(Assessment assessment) {
    return !written(assessment).isEmpty();
  }

  /**
   * Whether the factor text is a valid code of the year, exactly as the DfE spells it.
   *
   * @param text the factor as written
   * @param year the collection year
   * @return whether the text is a valid code of the year
   */
  static boolean isValid(String text, CollectionYear year) {
    return AssessmentFactor.parse(text).filter(f -> f.code().equals(text) && f.isValidIn(year)).isPresent();
  }

  /**
   * Whether the assessment records the factor code, exactly as written.
   *
   * @param assessment the assessment
   * @param code the factor code
   * @return whether the assessment records the code
   */
  static boolean has(Assessment assessment, String code) {
    return assessment.factorTexts().contains(code);
  }
}

package io.github.cscreturns.injection.ssda903;

import java.util.Map;
import java.util.Optional;

/**
 * The DfE's name of each item of the core model (DECOM for an episode's start, PLACE for its
 * placement's type …), by record type and the model's name of the item, as the model's javadoc names
 * them. The injector writes an item as text that is not a value under this name (records keep such
 * text under the DfE's item name), and matches a rule's fields (the DfE's names) with the items it
 * changes.
 */
final class DfeItems {
  private DfeItems() {}

  private static final Map<String, Map<String, String>> NAMES = Map.ofEntries(
      Map.entry("Child", Map.of("sex", "SEX", "dob", "DOB", "ethnicity", "ETHNIC", "upn", "UPN", "motherStatus", "MOTHER",
          "motherChildDob", "MC_DOB", "uascFlag", "UASC")),
      Map.entry("Episode", Map.of("start", "DECOM", "reasonNewEpisode", "RNE", "legalStatus", "LS", "categoryOfNeed", "CIN",
          "end", "DEC", "reasonCeased", "REC", "reasonPlaceChange", "REASON_PLACE_CHANGE", "homePostcode", "HOME_POST")),
      Map.entry("Placement", Map.of("type", "PLACE", "provider", "PLACE_PROVIDER", "postcode", "PL_POST", "urn", "URN")),
      Map.entry("Review", Map.of("date", "REVIEW", "participation", "REVIEW_CODE", "dob", "DOB")),
      Map.entry("Uasc", Map.of("ceasedDate", "DUC", "sex", "SEX", "dob", "DOB")),
      Map.entry("HealthOutcomes", Map.ofEntries(Map.entry("sdqScore", "SDQ_SCORE"), Map.entry("sdqReason", "SDQ_REASON"),
          Map.entry("convicted", "CONVICTED"), Map.entry("healthCheck", "HEALTH_CHECK"), Map.entry("immunisations", "IMMUNISATIONS"),
          Map.entry("teethCheck", "TEETH_CHECK"), Map.entry("healthAssessment", "HEALTH_ASSESSMENT"),
          Map.entry("substanceMisuse", "SUBSTANCE_MISUSE"), Map.entry("interventionReceived", "INTERVENTION_RECEIVED"),
          Map.entry("interventionOffered", "INTERVENTION_OFFERED"), Map.entry("dob", "DOB"))),
      Map.entry("CareLeaverCheckpoint", Map.of("inTouch", "IN_TOUCH", "activity", "ACTIV", "accommodation", "ACCOM", "dob", "DOB")),
      Map.entry("Adoption", Map.of("decisionDate", "DATE_INT", "matchedDate", "DATE_MATCH", "adoptedByFosterCarer", "FOSTER_CARE",
          "numberOfAdopters", "NB_ADOPTR", "adopterSex", "SEX_ADOPTR", "adopterLegalStatus", "LS_ADOPTR", "dob", "DOB")),
      Map.entry("PlacedForAdoption", Map.of("decisionDate", "DATE_PLACED", "ceasedDate", "DATE_PLACED_CEASED",
          "reasonCeased", "REASON_PLACED_CEASED", "dob", "DOB")),
      Map.entry("PreviousPermanence", Map.of("option", "PREV_PERM", "arrangingLa", "LA_PERM", "date", "DATE_PERM", "dob", "DOB")),
      Map.entry("MissingEpisode", Map.of("type", "MISSING", "start", "MIS_START", "end", "MIS_END", "dob", "DOB")),
      Map.entry("SocialWorkerEpisode", Map.of("socialWorkerId", "SW_ID", "start", "SW_DECOM", "end", "SW_DEC", "reasonEnded", "SW_REASON",
          "dob", "DOB")),
      Map.entry("DeprivationOfLiberty", Map.of("start", "DOLO_START", "end", "DOLO_END", "dob", "DOB")));

  /** The DfE's name of the item of an immutable record class (such as {@code ImmutableEpisode}), if it has one. */
  static Optional<String> of(Class<?> immutableClass, String item) {
    for (Class<?> type : immutableClass.getInterfaces()) {
      Map<String, String> names = NAMES.get(type.getSimpleName());
      if (names != null) {
        return Optional.ofNullable(names.get(item));
      }
    }
    return Optional.empty();
  }
}

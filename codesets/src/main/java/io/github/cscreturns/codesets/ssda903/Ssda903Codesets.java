package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Codeset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every SSDA903 codeset, found by its name in the DfE specification ("PLACE", "REC" …). */
public final class Ssda903Codesets {
  private static final List<Codeset<?>> ALL =
      List.of(
          PlacementType.CODESET,
          ReasonEpisodeCeased.CODESET,
          ReasonNewEpisode.CODESET,
          LegalStatus.CODESET,
          CategoryOfNeed.CODESET,
          PlacementProvider.CODESET,
          ReasonPlacementChange.CODESET,
          Sex.CODESET,
          Ethnicity.CODESET,
          MotherStatus.CODESET,
          MissingType.CODESET,
          SdqReason.CODESET,
          Oc2Flag.CODESET,
          InTouch.CODESET,
          CareLeaverActivity.CODESET,
          CareLeaverAccommodation.CODESET,
          ReviewParticipation.CODESET,
          AdopterSex.CODESET,
          AdopterLegalStatus.CODESET,
          NumberOfAdopters.CODESET,
          AdoptedByFosterCarer.CODESET,
          ReasonPlacedForAdoptionCeased.CODESET,
          PreviousPermanenceOption.CODESET,
          SocialWorkerChangeReason.CODESET,
          UascFlag.CODESET);

  private static final Map<String, Codeset<?>> BY_NAME;

  static {
    Map<String, Codeset<?>> map = new LinkedHashMap<>();
    for (Codeset<?> c : ALL) {
      map.put(c.name(), c);
    }
    BY_NAME = map;
  }

  private Ssda903Codesets() {}

  /**
   * Every SSDA903 codeset, in the order of the DfE guide's tables.
   *
   * @return every SSDA903 codeset, in the order of the DfE guide's tables
   */
  public static List<Codeset<?>> all() {
    return ALL;
  }

  /**
   * The codeset with the given specification name (case ignored), or nothing.
   *
   * @param name the name
   * @return the codeset with the given specification name (case ignored), or nothing
   */
  public static Optional<Codeset<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * The specification names, comma separated, for messages.
   *
   * @return the specification names, comma separated, for messages
   */
  public static String names() {
    return String.join(", ", BY_NAME.keySet());
  }
}

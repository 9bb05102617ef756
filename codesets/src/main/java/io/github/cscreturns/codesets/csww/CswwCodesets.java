package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Codeset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every CSWW codeset, found by its name ("OrgRole", "StartOrigin" …) or by the census item that uses
 * it: StepUpGrad, FrontlineGrad and Absat30Sept share the schema's yes/no codes ({@link YesNo}).
 *
 * @since 2021-22
 */
public final class CswwCodesets {
  private static final List<Codeset<?>> ALL =
      List.of(
          CollectionName.CODESET,
          SourceLevel.CODESET,
          AgencyWorker.CODESET,
          Gender.CODESET,
          Ethnicity.CODESET,
          QualificationLevel.CODESET,
          YesNo.CODESET,
          OrganisationRole.CODESET,
          StartOrigin.CODESET,
          LeaverDestination.CODESET,
          ReasonForLeaving.CODESET,
          ReasonForAbsence.CODESET,
          CfkssStatus.CODESET);

  /** Census item (schema element name) → the codeset of its values, in schema order. */
  private static final Map<String, Codeset<?>> BY_ITEM;

  private static final Map<String, Codeset<?>> BY_NAME;

  static {
    Map<String, Codeset<?>> items = new LinkedHashMap<>();
    items.put("Collection", CollectionName.CODESET);
    items.put("SourceLevel", SourceLevel.CODESET);
    items.put("AgencyWorker", AgencyWorker.CODESET);
    items.put("GenderCurrent", Gender.CODESET);
    items.put("Ethnicity", Ethnicity.CODESET);
    items.put("QualLevel", QualificationLevel.CODESET);
    items.put("StepUpGrad", YesNo.CODESET);
    items.put("OrgRole", OrganisationRole.CODESET);
    items.put("StartOrigin", StartOrigin.CODESET);
    items.put("LeaverDestination", LeaverDestination.CODESET);
    items.put("ReasonLeave", ReasonForLeaving.CODESET);
    items.put("FrontlineGrad", YesNo.CODESET);
    items.put("Absat30Sept", YesNo.CODESET);
    items.put("ReasonAbsence", ReasonForAbsence.CODESET);
    items.put("CFKSSstatus", CfkssStatus.CODESET);
    BY_ITEM = Map.copyOf(items);
    Map<String, Codeset<?>> names = new LinkedHashMap<>();
    for (Codeset<?> c : ALL) {
      names.put(c.name().toUpperCase(Locale.ROOT), c);
    }
    BY_NAME = names;
  }

  private CswwCodesets() {}

  /**
   * Every CSWW codeset, in the order of the census schema.
   *
   * @return every CSWW codeset, in the order of the census schema
   */
  public static List<Codeset<?>> all() {
    return ALL;
  }

  /**
   * The codeset with the given name (case ignored), or nothing.
   *
   * @param name the name
   * @return the codeset with the given name (case ignored), or nothing
   */
  public static Optional<Codeset<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The codeset of a census item, by its schema element name ("OrgRole", "FrontlineGrad"), or nothing.
   *
   * @param item the DfE item name
   * @return the codeset of a census item, by its schema element name ("OrgRole", "FrontlineGrad"),
   *     or nothing
   */
  public static Optional<Codeset<?>> forItem(String item) {
    return Optional.ofNullable(BY_ITEM.get(item.strip()));
  }

  /**
   * The coded census items, by schema element name.
   *
   * @return the coded census items, by schema element name
   */
  public static java.util.Set<String> codedItems() {
    return BY_ITEM.keySet();
  }

  /**
   * The codeset names, comma separated, for messages.
   *
   * @return the codeset names, comma separated, for messages
   */
  public static String names() {
    return String.join(", ", ALL.stream().map(Codeset::name).toList());
  }
}

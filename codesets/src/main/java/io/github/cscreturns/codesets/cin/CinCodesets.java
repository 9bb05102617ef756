package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Codeset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every CIN census codeset, found by its name in the specification ("ReferralSource",
 * "AssessmentFactors" …) or by the census item that uses it: ReferralNFA and ICPCnotRequired share
 * {@link YesNo}; InitialCategoryOfAbuse and LatestCategoryOfAbuse share {@link CategoryOfAbuse}.
 *
 * <p>The child's sex is {@link GenderCurrent} up to 2023-24 and {@link Sex} from 2024-25: both are
 * listed, each valid only in its own years.
 *
 * @since 2022-23
 */
public final class CinCodesets {
  private static final List<Codeset<?>> ALL =
      List.of(
          CollectionName.CODESET,
          SourceLevel.CODESET,
          YesNo.CODESET,
          UpnUnknownReason.CODESET,
          GenderCurrent.CODESET,
          Sex.CODESET,
          Ethnicity.CODESET,
          Disability.CODESET,
          ReferralSource.CODESET,
          PrimaryNeed.CODESET,
          ReasonForClosure.CODESET,
          CategoryOfAbuse.CODESET,
          AssessmentFactor.CODESET,
          UpnLaCode.CODESET);

  private static final Map<String, Codeset<?>> BY_ITEM;
  private static final Map<String, Codeset<?>> BY_NAME;

  static {
    Map<String, Codeset<?>> items = new LinkedHashMap<>();
    items.put("Collection", CollectionName.CODESET);
    items.put("SourceLevel", SourceLevel.CODESET);
    items.put("UPNunknown", UpnUnknownReason.CODESET);
    items.put("GenderCurrent", GenderCurrent.CODESET);
    items.put("Sex", Sex.CODESET);
    items.put("Ethnicity", Ethnicity.CODESET);
    items.put("Disability", Disability.CODESET);
    items.put("ReferralSource", ReferralSource.CODESET);
    items.put("PrimaryNeedCode", PrimaryNeed.CODESET);
    items.put("ReferralNFA", YesNo.CODESET);
    items.put("ReasonForClosure", ReasonForClosure.CODESET);
    items.put("AssessmentFactors", AssessmentFactor.CODESET);
    items.put("ICPCnotRequired", YesNo.CODESET);
    items.put("InitialCategoryOfAbuse", CategoryOfAbuse.CODESET);
    items.put("LatestCategoryOfAbuse", CategoryOfAbuse.CODESET);
    BY_ITEM = Map.copyOf(items);
    Map<String, Codeset<?>> names = new LinkedHashMap<>();
    for (Codeset<?> c : ALL) {
      names.put(c.name().toUpperCase(Locale.ROOT), c);
    }
    BY_NAME = Map.copyOf(names);
  }

  private CinCodesets() {}

  /**
   * Every CIN codeset, in the order of the census guide.
   *
   * @return every CIN codeset, in the order of the census guide
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
    return Optional.ofNullable(BY_NAME.get(name.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The codeset of a census item, by its schema element name ("ReferralSource", "ICPCnotRequired"), or nothing.
   *
   * @param item the DfE item name
   * @return the codeset of a census item, by its schema element name ("ReferralSource",
   *     "ICPCnotRequired"), or nothing
   */
  public static Optional<Codeset<?>> forItem(String item) {
    return Optional.ofNullable(BY_ITEM.get(item.strip()));
  }

  /**
   * The coded census items, by schema element name.
   *
   * @return the coded census items, by schema element name
   */
  public static Set<String> codedItems() {
    return BY_ITEM.keySet();
  }
}

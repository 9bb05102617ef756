package io.github.cscreturns.reference;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.reference.internal.CsvRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The local authorities that a postcode can lie in (every lower-tier authority of the UK in the ONS
 * Postcode Directory), each with the authority responsible for its children's social care (the county
 * for a district in a two-tier area, else the authority itself) and, in England, that authority's DfE
 * three-digit number. England has 153 children's services authorities (as of April 2023). The bundled
 * list ({@code la-lookup.csv} beside this class) is built from public registers (see NOTICE).
 *
 * @since 2022-23
 */
public final class LocalAuthorityList {
  private static final String HEADER = "ltla,ltla_name,children_services_la,children_services_la_name,dfe_la_code,nation";

  /** A lower-tier local authority (a district, unitary, London borough, or its Welsh, Scottish … peer). */
  public record LowerTier(String onsCode, String name, String childrenServicesOnsCode, String childrenServicesName, Optional<String> dfeNumber, String nation) {}

  /** An English authority responsible for children's social care: its DfE number, ONS code and name. */
  public record Authority(String dfeNumber, String onsCode, String name) {
    /**
     * The DfE number as the returns write it (LA_PERM, the UPN).
     *
     * @return the DfE number as the returns write it (LA_PERM, the UPN)
     */
    public LaCode laCode() {
      return LaCode.of(dfeNumber);
    }
  }

  private static final class Bundled {
    static final LocalAuthorityList LIST = loadBundled();
  }

  private final Map<String, LowerTier> byLowerTier;
  private final Map<String, Authority> byDfeNumber;
  private final Map<String, Authority> byOnsCode;

  private LocalAuthorityList(Map<String, LowerTier> byLowerTier) {
    this.byLowerTier = Collections.unmodifiableMap(byLowerTier);
    Map<String, Authority> dfe = new LinkedHashMap<>();
    Map<String, Authority> ons = new LinkedHashMap<>();
    byLowerTier.values().stream()
        .filter(t -> t.dfeNumber().isPresent())
        .map(t -> new Authority(t.dfeNumber().get(), t.childrenServicesOnsCode(), t.childrenServicesName()))
        .sorted(Comparator.comparing(Authority::dfeNumber))
        .forEach(a -> {
          dfe.putIfAbsent(a.dfeNumber(), a);
          ons.putIfAbsent(a.onsCode(), a);
        });
    this.byDfeNumber = Collections.unmodifiableMap(dfe);
    this.byOnsCode = Collections.unmodifiableMap(ons);
  }

  /**
   * The bundled list.
   *
   * @return the bundled list
   */
  public static LocalAuthorityList bundled() {
    return Bundled.LIST;
  }

  /**
   * Reads a list in the bundled file's layout (header {@code ltla,ltla_name,children_services_la,
   * children_services_la_name,dfe_la_code,nation}).
   *
   * @param reader where to read from
   * @param source where the input comes from
   * @return the list
   * @throws IllegalArgumentException naming the file, line and column for a malformed row
   * @throws IOException if the input or output cannot be read or written
   */
  public static LocalAuthorityList fromCsv(Reader reader, String source) throws IOException {
    CsvRecords csv = new CsvRecords(reader, source);
    List<String> header = csv.next().orElseThrow(() -> new IllegalArgumentException(source + ": the file is empty"));
    if (!String.join(",", header).equals(HEADER)) {
      throw csv.error(1, 1, "expected the header " + HEADER);
    }
    Map<String, LowerTier> map = new LinkedHashMap<>();
    for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
      List<String> row = new ArrayList<>(next.get());
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != 6) {
        throw csv.error(csv.recordLine(), 1, "expected 6 columns, found " + row.size());
      }
      for (int i = 0; i < 6; i++) {
        row.set(i, row.get(i).strip());
      }
      if (row.get(0).isEmpty() || row.get(2).isEmpty()) {
        throw csv.error(csv.recordLine(), row.get(0).isEmpty() ? 1 : 3, "an ONS code is required");
      }
      String dfe = row.get(4);
      if (!dfe.isEmpty() && !dfe.matches("\\d{3}")) {
        throw csv.error(csv.recordLine(), 5, "a DfE number has three digits");
      }
      LowerTier t = new LowerTier(row.get(0), row.get(1), row.get(2), row.get(3), dfe.isEmpty() ? Optional.empty() : Optional.of(dfe), row.get(5));
      if (map.putIfAbsent(t.onsCode(), t) != null) {
        throw csv.error(csv.recordLine(), 1, "a lower-tier authority listed twice");
      }
    }
    return new LocalAuthorityList(map);
  }

  private static LocalAuthorityList loadBundled() {
    InputStream in = LocalAuthorityList.class.getResourceAsStream("la-lookup.csv");
    if (in == null) {
      throw new IllegalStateException("la-lookup.csv is missing from the reference module");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return fromCsv(reader, "la-lookup.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The English children's services authorities, in DfE number order (153 in the bundled list).
   *
   * @return the English children's services authorities, in DfE number order (153 in the bundled
   *     list)
   */
  public List<Authority> authorities() {
    return List.copyOf(byDfeNumber.values());
  }

  /**
   * Every lower-tier authority, in file order.
   *
   * @return every lower-tier authority, in file order
   */
  public List<LowerTier> lowerTiers() {
    return List.copyOf(byLowerTier.values());
  }

  /**
   * The children's services authority given by its DfE number ("318") or ONS code ("E09000027", any
   * case), or nothing if the list has no such authority.
   *
   * @param dfeNumberOrOnsCode the dfe number or ons code
   * @return the children's services authority given by its DfE number ("318") or ONS code
   *     ("E09000027", any case), or nothing if the list has no such authority
   */
  public Optional<Authority> find(String dfeNumberOrOnsCode) {
    String text = dfeNumberOrOnsCode.strip().toUpperCase(Locale.ROOT);
    Authority a = byDfeNumber.get(text);
    return a != null ? Optional.of(a) : Optional.ofNullable(byOnsCode.get(text));
  }

  /**
   * The lower-tier authority of the ONS code, if listed.
   *
   * @param onsCode the ons code
   * @return the lower-tier authority of the ONS code, if listed
   */
  public Optional<LowerTier> lowerTier(String onsCode) {
    return Optional.ofNullable(byLowerTier.get(onsCode));
  }

  /**
   * The authority responsible for children's social care where a postcode of the lower-tier authority
   * lies, as the SSDA903 derived item PL_LA: the DfE number in England, else the ONS code of the
   * authority (Wales, Scotland, Northern Ireland, the Channel Islands, the Isle of Man), which is never
   * three digits. Nothing for a code not in the list.
   *
   * @param lowerTierOnsCode the lower tier ons code
   * @return the authority responsible for children's social care where a postcode of the lower-tier
   *     authority lies, as the SSDA903 derived item PL_LA
   */
  public Optional<LaCode> placementLa(String lowerTierOnsCode) {
    LowerTier t = byLowerTier.get(lowerTierOnsCode);
    if (t == null) {
      return Optional.empty();
    }
    return Optional.of(LaCode.of(t.dfeNumber().orElse(t.childrenServicesOnsCode())));
  }
}

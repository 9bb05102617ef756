package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.Optional;

/** The tables of the SSDA903 return, named as the DfE names them, in the order of the CSV layout. */
public enum Ssda903Table {
  /** The DfE's Header table. */
  HEADER("Header", YearRange.all()),
  /** The DfE's Episodes table. */
  EPISODES("Episodes", YearRange.all()),
  /** The DfE's Reviews table. */
  REVIEWS("Reviews", YearRange.all()),
  /** The DfE's UASC table. */
  UASC("UASC", YearRange.all()),
  /** The DfE's OC2 table. */
  OC2("OC2", YearRange.all()),
  /** The DfE's OC3 table. */
  OC3("OC3", YearRange.all()),
  /** The DfE's AD1 table. */
  AD1("AD1", YearRange.all()),
  /** The DfE's PlacedAdoption table. */
  PLACED_ADOPTION("PlacedAdoption", YearRange.all()),
  /** The DfE's PrevPerm table. */
  PREV_PERM("PrevPerm", YearRange.all()),
  /** The DfE's Missing table. */
  MISSING("Missing", YearRange.from(CollectionYear.Y2014_15)),
  /** The DfE's SWEpisodes table. */
  SW_EPISODES("SWEpisodes", YearRange.from(CollectionYear.Y2023_24)),
  /** The DfE's DoLo table. */
  DOLO("DoLo", YearRange.from(CollectionYear.Y2026_27));

  private final String dfeName;
  private final YearRange collected;

  Ssda903Table(String dfeName, YearRange collected) {
    this.dfeName = dfeName;
    this.collected = collected;
  }

  /**
   * The DfE's name of the table ("Header", "PlacedAdoption", "SWEpisodes").
   *
   * @return the DfE's name of the table ("Header", "PlacedAdoption", "SWEpisodes")
   */
  public String dfeName() {
    return dfeName;
  }

  /**
   * The collection years in which the table is collected.
   *
   * @return the collection years in which the table is collected
   */
  public YearRange collected() {
    return collected;
  }

  /**
   * The table with the given DfE name (case ignored), or nothing.
   *
   * @param name the name
   * @return the table with the given DfE name (case ignored), or nothing
   */
  public static Optional<Ssda903Table> byDfeName(String name) {
    for (Ssda903Table t : values()) {
      if (t.dfeName.equalsIgnoreCase(name.strip())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return dfeName;
  }
}

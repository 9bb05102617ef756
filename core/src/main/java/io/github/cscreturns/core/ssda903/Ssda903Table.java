package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.Optional;

/** The tables of the SSDA903 return, named as the DfE names them, in the order of the CSV layout. */
public enum Ssda903Table {
  HEADER("Header", YearRange.all()),
  EPISODES("Episodes", YearRange.all()),
  REVIEWS("Reviews", YearRange.all()),
  UASC("UASC", YearRange.all()),
  OC2("OC2", YearRange.all()),
  OC3("OC3", YearRange.all()),
  AD1("AD1", YearRange.all()),
  PLACED_ADOPTION("PlacedAdoption", YearRange.all()),
  PREV_PERM("PrevPerm", YearRange.all()),
  MISSING("Missing", YearRange.from(CollectionYear.Y2014_15)),
  SW_EPISODES("SWEpisodes", YearRange.from(CollectionYear.Y2023_24)),
  DOLO("DoLo", YearRange.from(CollectionYear.Y2026_27));

  private final String dfeName;
  private final YearRange collected;

  Ssda903Table(String dfeName, YearRange collected) {
    this.dfeName = dfeName;
    this.collected = collected;
  }

  /** The DfE's name of the table ("Header", "PlacedAdoption", "SWEpisodes"). */
  public String dfeName() {
    return dfeName;
  }

  /** The collection years in which the table is collected. */
  public YearRange collected() {
    return collected;
  }

  /** The table with the given DfE name (case ignored), or nothing. */
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

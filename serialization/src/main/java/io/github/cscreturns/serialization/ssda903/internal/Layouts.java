package io.github.cscreturns.serialization.ssda903.internal;

import static io.github.cscreturns.codesets.CollectionYear.Y2014_15;
import static io.github.cscreturns.codesets.CollectionYear.Y2015_16;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2026_27;

import io.github.cscreturns.codesets.YearRange;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The field catalogue of the SSDA903 return, from {@code fields.csv} and {@code CLA.xsd}: one {@link
 * TableLayout} per table, shared by the XML and CSV formats. A test compares it with fields.csv.
 *
 * <p>SWEpisodes and DoLo have no XML element names in the DfE sources. The SDK writes them as groups
 * {@code SW_EPISODE} (SW_ID, SW_DECOM, SW_DEC, SW_REASON) and {@code DOLO} (DOLO_START, DOLO_END)
 * under HEADER, after AD_PLACED, and only for the years that collect them: an extension of the
 * schema, to be replaced by the DfE's names once published.
 */
public final class Layouts {
  private Layouts() {}

  private static final YearRange ALL = YearRange.all();

  private static Column repeated(String name) {
    return new Column(name, null, ALL, false);
  }

  private static Column req(String name, String xml, YearRange years) {
    return new Column(name, xml, years, true);
  }

  private static Column opt(String name, String xml, YearRange years) {
    return new Column(name, xml, years, false);
  }

  private static Column req(String name) {
    return req(name, name, ALL);
  }

  private static Column opt(String name) {
    return opt(name, name, ALL);
  }

  public static final TableLayout HEADER =
      new TableLayout(
          Ssda903Table.HEADER,
          "header.csv",
          "HEADER",
          List.of(req("CHILD", "CHILDID", ALL), req("SEX"), req("DOB"), req("ETHNIC"), req("UPN"), opt("MOTHER"), opt("MC_DOB")),
          List.of("CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "MOTHER", "MC_DOB"));

  public static final TableLayout EPISODES =
      new TableLayout(
          Ssda903Table.EPISODES,
          "episodes.csv",
          "EPISODE",
          List.of(
              repeated("CHILD"),
              req("DECOM"),
              req("RNE"),
              req("LS"),
              req("CIN"),
              req("PLACE", "PL", ALL),
              opt("PLACE_PROVIDER"),
              req("DEC"),
              req("REC"),
              opt("REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE", YearRange.from(Y2015_16)),
              opt("HOME_POST"),
              opt("PL_POST"),
              opt("URN", "URN", YearRange.from(Y2015_16))),
          List.of("DECOM", "RNE", "LS", "CIN", "PL", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE"));

  public static final TableLayout REVIEWS =
      new TableLayout(
          Ssda903Table.REVIEWS,
          "reviews.csv",
          "AREVIEW",
          List.of(repeated("CHILD"), repeated("DOB"), req("REVIEW"), req("REVIEW_CODE")),
          List.of("REVIEW", "REVIEW_CODE"));

  /** UASC: in XML the DUC item sits under HEADER beside the UASC flag (see {@code ChildAssembler}). */
  public static final TableLayout UASC =
      new TableLayout(
          Ssda903Table.UASC,
          "uasc.csv",
          null,
          List.of(repeated("CHILD"), repeated("SEX"), repeated("DOB"), opt("DUC")),
          List.of("DUC"));

  public static final TableLayout OC2 =
      new TableLayout(
          Ssda903Table.OC2,
          "oc2.csv",
          "OC2",
          List.of(
              repeated("CHILD"),
              repeated("DOB"),
              opt("SDQ_SCORE"),
              opt("SDQ_REASON"),
              opt("CONVICTED"),
              opt("HEALTH_CHECK"),
              opt("IMMUNISATIONS"),
              opt("TEETH_CHECK"),
              opt("HEALTH_ASSESSMENT"),
              opt("SUBSTANCE_MISUSE"),
              opt("INTERVENTION_RECEIVED"),
              opt("INTERVENTION_OFFERED")),
          List.of(
              "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
              "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));

  public static final TableLayout OC3 =
      new TableLayout(
          Ssda903Table.OC3,
          "oc3.csv",
          null,
          List.of(repeated("CHILD"), repeated("DOB"), opt("IN_TOUCH"), opt("ACTIV"), opt("ACCOM")),
          List.of("IN_TOUCH", "ACTIV", "ACCOM"));

  public static final TableLayout AD1 =
      new TableLayout(
          Ssda903Table.AD1,
          "ad1.csv",
          null,
          List.of(
              repeated("CHILD"), repeated("DOB"), opt("DATE_INT"), opt("DATE_MATCH"), opt("FOSTER_CARE"),
              opt("NB_ADOPTR"), opt("SEX_ADOPTR"), opt("LS_ADOPTR")),
          List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"));

  public static final TableLayout PLACED_ADOPTION =
      new TableLayout(
          Ssda903Table.PLACED_ADOPTION,
          "placed_for_adoption.csv",
          "AD_PLACED",
          List.of(repeated("CHILD"), repeated("DOB"), req("DATE_PLACED"), opt("DATE_PLACED_CEASED"), opt("REASON_PLACED_CEASED")),
          List.of("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));

  public static final TableLayout PREV_PERM =
      new TableLayout(
          Ssda903Table.PREV_PERM,
          "previous_permanence.csv",
          "PERMANENCE",
          List.of(repeated("CHILD"), repeated("DOB"), opt("PREV_PERM"), opt("LA_PERM"), opt("DATE_PERM")),
          List.of("PREV_PERM", "LA_PERM", "DATE_PERM"));

  private static final YearRange MISSING_YEARS = YearRange.from(Y2014_15);

  public static final TableLayout MISSING =
      new TableLayout(
          Ssda903Table.MISSING,
          "missing.csv",
          "AMISSING",
          List.of(
              repeated("CHILD"), repeated("DOB"),
              req("MISSING", "MISSING", MISSING_YEARS), req("MIS_START", "MIS_START", MISSING_YEARS),
              opt("MIS_END", "MIS_END", MISSING_YEARS)),
          List.of("MISSING", "MIS_START", "MIS_END"));

  private static final YearRange SW_YEARS = YearRange.from(Y2023_24);

  public static final TableLayout SW_EPISODES =
      new TableLayout(
          Ssda903Table.SW_EPISODES,
          "sw_episodes.csv",
          "SW_EPISODE",
          List.of(
              repeated("CHILD"), repeated("DOB"),
              req("SW_ID", "SW_ID", SW_YEARS), req("SW_DECOM", "SW_DECOM", SW_YEARS),
              opt("SW_DEC", "SW_DEC", SW_YEARS), opt("SW_REASON", "SW_REASON", SW_YEARS)),
          List.of("SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));

  private static final YearRange DOLO_YEARS = YearRange.from(Y2026_27);

  public static final TableLayout DOLO =
      new TableLayout(
          Ssda903Table.DOLO,
          "dolo.csv",
          "DOLO",
          List.of(repeated("CHILD"), repeated("DOB"), req("DOLO_START", "DOLO_START", DOLO_YEARS), opt("DOLO_END", "DOLO_END", DOLO_YEARS)),
          List.of("DOLO_START", "DOLO_END"));

  private static final Map<Ssda903Table, TableLayout> BY_TABLE = new EnumMap<>(Ssda903Table.class);

  static {
    for (TableLayout t :
        List.of(HEADER, EPISODES, REVIEWS, UASC, OC2, OC3, AD1, PLACED_ADOPTION, PREV_PERM, MISSING, SW_EPISODES, DOLO)) {
      BY_TABLE.put(t.table(), t);
    }
  }

  /** The layout of a table. */
  public static TableLayout of(Ssda903Table table) {
    return BY_TABLE.get(table);
  }
}

package io.github.cscreturns.validation.report;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The affected values of SSDA903 findings (and, made with {@link #ofCin}, of CIN census findings): for each finding, the values of its fields (the DfE items
 * the rule names) in the record it flags, read from the children as they were validated ({@link
 * ItemValue}: the typed value, or the text that did not parse, or blank). Made in one pass over the
 * children, in the order they were validated, keeping only the values findings ask for, so memory
 * grows with the findings, not the return.
 *
 * <p>A field that is not an item of the flagged record is looked up on the child's Header where the
 * Header has it (CHILD, DOB, SEX …: the other tables repeat them); a record's own DOB or SEX, where it
 * has one that differs from the Header's, is its own. A field the DfE derives rather than collects
 * (PL_DISTANCE, PL_LA) has no value. A finding whose record cannot be found (no child, no record
 * index, a record not among the children given) has no values.
 *
 * <p>The values are personal data (dates of birth, postcodes, child IDs): a report writes them only
 * where its caller asks, and they are never logged or put in a message.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(children);
 * FindingValues values = FindingValues.of(report, children);
 * List<ItemValue> affected = values.of(report.findings().get(0));
 * }</pre>
 *
 * @since 2013-14
 */
public final class FindingValues {
  private static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final FindingValues NONE = new FindingValues(Map.of());
  /** The Header's items that the other tables repeat or that a rule on another table may name. */
  private static final Set<String> HEADER_ITEMS = Set.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", "UASC");

  private final Map<RecordKey, Map<String, ItemValue>> values;
  /** CIN census records by "table:position in the file". */
  private final Map<String, Map<String, ItemValue>> cinValues;

  private FindingValues(Map<RecordKey, Map<String, ItemValue>> values) {
    this(values, Map.of());
  }

  private FindingValues(Map<RecordKey, Map<String, ItemValue>> values, Map<String, Map<String, ItemValue>> cinValues) {
    this.values = values;
    this.cinValues = cinValues;
  }

  /**
   * The values of CIN census findings, read in one pass over the children validated: a finding's
   * record is found by its DfE table and its position among the elements of its kind in the file, so
   * the children must be those read from the file (records built in code have no position). Dates
   * are written as the DfE's XML writes them (yyyy-mm-dd); the factors of an assessment and the dates
   * of a Reviews group are joined by "; ".
   *
   * @param findings the findings of a CIN validation
   * @param children the children as read, in file order
   * @return the values of the findings
   * @since 2022-23
   */
  public static FindingValues ofCin(Collection<Finding> findings, Iterator<io.github.cscreturns.core.cin.CinChild> children) {
    Map<String, Set<String>> wanted = new HashMap<>();
    for (Finding f : findings) {
      if (f.recordIndex().isPresent() && !f.table().isEmpty()) {
        wanted.computeIfAbsent(f.table() + ":" + f.recordIndex().getAsInt(), k -> new HashSet<>()).addAll(f.fields());
      }
    }
    if (wanted.isEmpty()) {
      return NONE;
    }
    Map<String, Map<String, ItemValue>> found = new HashMap<>();
    while (children.hasNext()) {
      CinItemValues.forEachRecord(children.next(), record -> {
        if (record.source().isEmpty() || record.source().get().recordIndex().isEmpty()) {
          return;
        }
        String key = record.table().dfeName() + ":" + record.source().get().recordIndex().getAsInt();
        Set<String> items = wanted.get(key);
        if (items != null && !found.containsKey(key)) {
          Map<String, ItemValue> v = new HashMap<>();
          for (String item : items) {
            CinItemValues.valueOf(record, item).ifPresent(x -> v.put(item, x));
          }
          found.put(key, v);
        }
      });
    }
    return new FindingValues(Map.of(), found);
  }

  /** A record: its child, its table and its 0-based index within the table (-1 for a Header found by its child alone). */
  private record RecordKey(ChildId child, Ssda903Table table, int index) {}

  /**
   * No values: every finding has none.
   *
   * @return a look-up without values
   */
  public static FindingValues none() {
    return NONE;
  }

  /**
   * The values of the report's findings, read from the children validated.
   *
   * @param report the report of the children
   * @param children the children as validated, in the same order
   * @return the values of the report's findings
   */
  public static FindingValues of(ValidationReport report, Iterable<Child> children) {
    return of(report.findings(), children.iterator());
  }

  /**
   * The values of the findings, read in one pass over the children validated (in the order they were
   * validated, so that records without a source index are counted as the validator counted them).
   *
   * @param findings the findings
   * @param children the children as validated, in the same order
   * @return the values of the findings
   */
  public static FindingValues of(Collection<Finding> findings, Iterator<Child> children) {
    Map<RecordKey, Set<String>> wanted = new HashMap<>();
    Set<ChildId> childrenWanted = new HashSet<>();
    for (Finding f : findings) {
      Optional<RecordKey> key = key(f);
      if (key.isPresent()) {
        wanted.computeIfAbsent(key.get(), k -> new HashSet<>()).addAll(f.fields());
        childrenWanted.add(key.get().child());
      }
    }
    if (wanted.isEmpty()) {
      return NONE; // the children need not be read
    }
    Map<RecordKey, Map<String, ItemValue>> found = new HashMap<>();
    Ssda903Table[] tables = Ssda903Table.values();
    int[] totals = new int[tables.length];
    while (children.hasNext()) {
      Child child = children.next();
      boolean look = childrenWanted.contains(child.childId());
      for (Ssda903Table table : tables) {
        List<? extends Ssda903Record> records = child.records(table);
        if (look) {
          for (int i = 0; i < records.size(); i++) {
            Ssda903Record record = records.get(i);
            int index = record.source().flatMap(s -> s.recordIndex().isPresent() ? Optional.of(s.recordIndex().getAsInt()) : Optional.empty())
                .orElse(totals[table.ordinal()] + i);
            take(found, wanted, new RecordKey(child.childId(), table, index), child, record);
            if (table == Ssda903Table.HEADER) {
              take(found, wanted, new RecordKey(child.childId(), table, -1), child, record);
            }
          }
        }
        totals[table.ordinal()] += records.size();
      }
    }
    return new FindingValues(found);
  }

  private static void take(
      Map<RecordKey, Map<String, ItemValue>> found, Map<RecordKey, Set<String>> wanted, RecordKey key, Child child, Ssda903Record record) {
    Set<String> items = wanted.get(key);
    if (items != null && !found.containsKey(key)) {
      Map<String, ItemValue> values = new HashMap<>();
      for (String item : items) {
        valueOf(child, record, item).ifPresent(v -> values.put(item, v));
      }
      found.put(key, values);
    }
  }

  private static Optional<RecordKey> key(Finding f) {
    Optional<Ssda903Table> table = Ssda903Table.byDfeName(f.table());
    if (f.childId().isEmpty() || table.isEmpty()) {
      return Optional.empty();
    }
    if (f.recordIndex().isPresent()) {
      return Optional.of(new RecordKey(f.childId().get(), table.get(), f.recordIndex().getAsInt()));
    }
    return table.get() == Ssda903Table.HEADER ? Optional.of(new RecordKey(f.childId().get(), Ssda903Table.HEADER, -1)) : Optional.empty();
  }

  /**
   * The values of the finding's fields in its record, in the order of its fields; a field without a
   * value (not an item of the record or the Header, or derived) is left out. Empty where the record
   * was not found.
   *
   * @param finding a finding of the report the look-up was made for
   * @return the values of the finding's fields
   */
  public List<ItemValue> of(Finding finding) {
    Map<String, ItemValue> record =
        !cinValues.isEmpty()
            ? (finding.recordIndex().isPresent() ? cinValues.get(finding.table() + ":" + finding.recordIndex().getAsInt()) : null)
            : key(finding).map(values::get).orElse(null);
    if (record == null) {
      return List.of();
    }
    List<ItemValue> out = new ArrayList<>(finding.fields().size());
    for (String field : finding.fields()) {
      ItemValue v = record.get(field);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The values of the items of one record of the child, in the order given; an item that is neither
   * the record's nor the child's Header's, or is derived (PL_DISTANCE, PL_LA), is left out.
   *
   * @param child the child the record belongs to
   * @param record one of the child's records (or the child itself, for the Header)
   * @param items the DfE item names
   * @return the values, in the order of {@code items}
   */
  public static List<ItemValue> valuesOf(Child child, Ssda903Record record, List<String> items) {
    Map<String, ItemValue> out = new LinkedHashMap<>();
    for (String item : items) {
      valueOf(child, record, item).ifPresent(v -> out.putIfAbsent(item, v));
    }
    return List.copyOf(out.values());
  }

  private static Optional<ItemValue> valueOf(Child child, Ssda903Record record, String item) {
    Optional<Optional<?>> own = typed(record, item);
    if (own.isPresent()) {
      Optional<?> value = own.get();
      // a record's DOB or SEX left blank means "as the Header's"
      if (value.isEmpty() && record.unparsed(item).isEmpty() && record != child && HEADER_ITEMS.contains(item)) {
        return valueOf(child, child, item);
      }
      return Optional.of(describe(record, item, value));
    }
    if (record != child && HEADER_ITEMS.contains(item)) {
      return valueOf(child, child, item);
    }
    return Optional.empty();
  }

  private static ItemValue describe(Ssda903Record record, String item, Optional<?> value) {
    if (value.isPresent()) {
      Object v = value.get();
      if (v instanceof LocalDate date) {
        return new ItemValue(item, ItemValue.Kind.VALUE, DFE_DATE.format(date), Optional.of(date));
      }
      return new ItemValue(item, ItemValue.Kind.VALUE, text(v), Optional.empty());
    }
    Optional<String> unparsed = record.unparsed(item);
    return unparsed.map(t -> new ItemValue(item, ItemValue.Kind.UNPARSED, t, Optional.<LocalDate>empty())).orElse(ItemValue.blank(item));
  }

  private static String text(Object v) {
    if (v instanceof Code code) {
      return code.code();
    }
    if (v instanceof ChildId id) {
      return id.value();
    }
    if (v instanceof io.github.cscreturns.core.Postcode p) {
      return p.value();
    }
    if (v instanceof io.github.cscreturns.core.Upn u) {
      return u.value();
    }
    if (v instanceof io.github.cscreturns.core.Urn u) {
      return u.value();
    }
    if (v instanceof io.github.cscreturns.core.LaCode la) {
      return la.value();
    }
    return String.valueOf(v);
  }

  /**
   * The typed value of the record's item (empty inside when blank or unparsed), or empty outside
   * where the record's table has no such item.
   */
  private static Optional<Optional<?>> typed(Ssda903Record record, String item) {
    Optional<?> v =
        switch (record.table()) {
          case HEADER -> {
            Child c = (Child) record;
            yield switch (item) {
              case "CHILD" -> Optional.of(c.childId());
              case "SEX" -> c.sex();
              case "DOB" -> c.dob();
              case "ETHNIC" -> c.ethnicity();
              case "UPN" -> c.upn();
              case "MOTHER" -> c.motherStatus();
              case "MC_DOB" -> c.motherChildDob();
              case "UASC" -> c.uascFlag();
              default -> null;
            };
          }
          case EPISODES -> {
            Episode e = (Episode) record;
            yield switch (item) {
              case "DECOM" -> e.start();
              case "RNE" -> e.reasonNewEpisode();
              case "LS" -> e.legalStatus();
              case "CIN" -> e.categoryOfNeed();
              case "PLACE" -> e.placement().type();
              case "PLACE_PROVIDER" -> e.placement().provider();
              case "PL_POST" -> e.placement().postcode();
              case "URN" -> e.placement().urn();
              case "DEC" -> e.end();
              case "REC" -> e.reasonCeased();
              case "REASON_PLACE_CHANGE" -> e.reasonPlaceChange();
              case "HOME_POST" -> e.homePostcode();
              default -> null;
            };
          }
          case REVIEWS -> {
            Review r = (Review) record;
            yield switch (item) {
              case "REVIEW" -> r.date();
              case "REVIEW_CODE" -> r.participation();
              case "DOB" -> r.dob();
              default -> null;
            };
          }
          case UASC -> {
            Uasc u = (Uasc) record;
            yield switch (item) {
              case "DUC" -> u.ceasedDate();
              case "SEX" -> u.sex();
              case "DOB" -> u.dob();
              default -> null;
            };
          }
          case OC2 -> {
            HealthOutcomes h = (HealthOutcomes) record;
            yield switch (item) {
              case "SDQ_SCORE" -> h.sdqScore();
              case "SDQ_REASON" -> h.sdqReason();
              case "CONVICTED" -> h.convicted();
              case "HEALTH_CHECK" -> h.healthCheck();
              case "IMMUNISATIONS" -> h.immunisations();
              case "TEETH_CHECK" -> h.teethCheck();
              case "HEALTH_ASSESSMENT" -> h.healthAssessment();
              case "SUBSTANCE_MISUSE" -> h.substanceMisuse();
              case "INTERVENTION_RECEIVED" -> h.interventionReceived();
              case "INTERVENTION_OFFERED" -> h.interventionOffered();
              case "DOB" -> h.dob();
              default -> null;
            };
          }
          case OC3 -> {
            CareLeaverCheckpoint o = (CareLeaverCheckpoint) record;
            yield switch (item) {
              case "IN_TOUCH" -> o.inTouch();
              case "ACTIV" -> o.activity();
              case "ACCOM" -> o.accommodation();
              case "DOB" -> o.dob();
              default -> null;
            };
          }
          case AD1 -> {
            Adoption a = (Adoption) record;
            yield switch (item) {
              case "DATE_INT" -> a.decisionDate();
              case "DATE_MATCH" -> a.matchedDate();
              case "FOSTER_CARE" -> a.adoptedByFosterCarer();
              case "NB_ADOPTR" -> a.numberOfAdopters();
              case "SEX_ADOPTR" -> a.adopterSex();
              case "LS_ADOPTR" -> a.adopterLegalStatus();
              case "DOB" -> a.dob();
              default -> null;
            };
          }
          case PLACED_ADOPTION -> {
            PlacedForAdoption p = (PlacedForAdoption) record;
            yield switch (item) {
              case "DATE_PLACED" -> p.decisionDate();
              case "DATE_PLACED_CEASED" -> p.ceasedDate();
              case "REASON_PLACED_CEASED" -> p.reasonCeased();
              case "DOB" -> p.dob();
              default -> null;
            };
          }
          case PREV_PERM -> {
            PreviousPermanence p = (PreviousPermanence) record;
            yield switch (item) {
              case "PREV_PERM" -> p.option();
              case "LA_PERM" -> p.arrangingLa();
              case "DATE_PERM" -> p.date();
              case "DOB" -> p.dob();
              default -> null;
            };
          }
          case MISSING -> {
            MissingEpisode m = (MissingEpisode) record;
            yield switch (item) {
              case "MISSING" -> m.type();
              case "MIS_START" -> m.start();
              case "MIS_END" -> m.end();
              case "DOB" -> m.dob();
              default -> null;
            };
          }
          case SW_EPISODES -> {
            SocialWorkerEpisode s = (SocialWorkerEpisode) record;
            yield switch (item) {
              case "SW_ID" -> s.socialWorkerId();
              case "SW_DECOM" -> s.start();
              case "SW_DEC" -> s.end();
              case "SW_REASON" -> s.reasonEnded();
              case "DOB" -> s.dob();
              default -> null;
            };
          }
          case DOLO -> {
            DeprivationOfLiberty d = (DeprivationOfLiberty) record;
            yield switch (item) {
              case "DOLO_START" -> d.start();
              case "DOLO_END" -> d.end();
              case "DOB" -> d.dob();
              default -> null;
            };
          }
        };
    return v == null ? Optional.empty() : Optional.of(v);
  }
}

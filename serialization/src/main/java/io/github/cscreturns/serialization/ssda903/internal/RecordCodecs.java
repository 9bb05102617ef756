package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.ssda903.AdoptedByFosterCarer;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MissingType;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacedForAdoptionCeased;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table row (values in the {@link TableLayout}'s column order, null or empty for absent) into
 * its record, and writes a record back into such a row. One place for both formats. Every item is
 * addressed by its DfE name ({@link Item}), never by position, so the column order is the layout's
 * alone; items are judged as {@link Texts} says, and what was written is kept beside what was judged.
 *
 * <p>Non-Header CSV tables repeat the child's CHILD and DOB (and UASC its SEX). A record keeps its own
 * {@code dob()} (or unparsed DOB text) only where it differs from the header's; a blank repeat means
 * "as the header". The writer writes the record's own value if present, else the child's; a repeat
 * written otherwise than the header's (blank, another case, another form of the same date) is kept in
 * the record's {@code asWritten()} and written back as it was.
 */
public final class RecordCodecs {
  private final Texts t = new Texts();

  /**
   * The header items a row's repeated CHILD, DOB and SEX are compared with: the values read and the
   * Header's text exactly as written (null when blank).
   */
  public record HeaderFacts(
      @Nullable LocalDate dob, @Nullable String dobText, @Nullable Sex sex, @Nullable String sexText,
      @Nullable String childWritten, @Nullable String dobWritten, @Nullable String sexWritten) {
    /** No header items to compare with (XML, whose records do not repeat them). */
    public static final HeaderFacts NONE = new HeaderFacts(null, null, null, null, null, null, null);

    /** The facts of a Header row (a row of {@link Layouts#HEADER}). */
    public static HeaderFacts of(String[] header) {
      String child = blankToNull(header[Item.H_CHILD]);
      String sexText = blankToNull(header[Item.H_SEX]);
      String dobText = blankToNull(header[Item.H_DOB]);
      Sex sex = sexText == null ? null : Texts.parseCode(Sex.CODESET, sexText).orElse(null);
      LocalDate dob = dobText == null ? null : Texts.parseDate(dobText);
      return new HeaderFacts(
          dob, dob == null && dobText != null ? Texts.judged(dobText) : null,
          sex, sex == null && sexText != null ? Texts.judged(sexText) : null,
          child, dobText, sexText);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      return Texts.isBlank(s) ? null : s;
    }
  }

  /**
   * The position of each item in its table's rows, looked up once by the item's DfE name in {@link
   * Layouts}: reading and writing name the item, the layout alone decides where it sits.
   */
  static final class Item {
    private Item() {}

    private static int at(TableLayout layout, String name) {
      int i = layout.index(name);
      if (i < 0) {
        throw new IllegalStateException(layout.table() + " has no item " + name);
      }
      return i;
    }

    static final int H_CHILD = at(Layouts.HEADER, "CHILD");
    static final int H_SEX = at(Layouts.HEADER, "SEX");
    static final int H_DOB = at(Layouts.HEADER, "DOB");
    static final int H_ETHNIC = at(Layouts.HEADER, "ETHNIC");
    static final int H_UPN = at(Layouts.HEADER, "UPN");
    static final int H_MOTHER = at(Layouts.HEADER, "MOTHER");
    static final int H_MC_DOB = at(Layouts.HEADER, "MC_DOB");

    static final int E_DECOM = at(Layouts.EPISODES, "DECOM");
    static final int E_RNE = at(Layouts.EPISODES, "RNE");
    static final int E_LS = at(Layouts.EPISODES, "LS");
    static final int E_CIN = at(Layouts.EPISODES, "CIN");
    static final int E_PLACE = at(Layouts.EPISODES, "PLACE");
    static final int E_PLACE_PROVIDER = at(Layouts.EPISODES, "PLACE_PROVIDER");
    static final int E_DEC = at(Layouts.EPISODES, "DEC");
    static final int E_REC = at(Layouts.EPISODES, "REC");
    static final int E_REASON_PLACE_CHANGE = at(Layouts.EPISODES, "REASON_PLACE_CHANGE");
    static final int E_HOME_POST = at(Layouts.EPISODES, "HOME_POST");
    static final int E_PL_POST = at(Layouts.EPISODES, "PL_POST");
    static final int E_URN = at(Layouts.EPISODES, "URN");

    static final int R_REVIEW = at(Layouts.REVIEWS, "REVIEW");
    static final int R_REVIEW_CODE = at(Layouts.REVIEWS, "REVIEW_CODE");

    static final int U_SEX = at(Layouts.UASC, "SEX");
    static final int U_DUC = at(Layouts.UASC, "DUC");

    static final int O2_SDQ_SCORE = at(Layouts.OC2, "SDQ_SCORE");
    static final int O2_SDQ_REASON = at(Layouts.OC2, "SDQ_REASON");
    static final int O2_CONVICTED = at(Layouts.OC2, "CONVICTED");
    static final int O2_HEALTH_CHECK = at(Layouts.OC2, "HEALTH_CHECK");
    static final int O2_IMMUNISATIONS = at(Layouts.OC2, "IMMUNISATIONS");
    static final int O2_TEETH_CHECK = at(Layouts.OC2, "TEETH_CHECK");
    static final int O2_HEALTH_ASSESSMENT = at(Layouts.OC2, "HEALTH_ASSESSMENT");
    static final int O2_SUBSTANCE_MISUSE = at(Layouts.OC2, "SUBSTANCE_MISUSE");
    static final int O2_INTERVENTION_RECEIVED = at(Layouts.OC2, "INTERVENTION_RECEIVED");
    static final int O2_INTERVENTION_OFFERED = at(Layouts.OC2, "INTERVENTION_OFFERED");

    static final int O3_IN_TOUCH = at(Layouts.OC3, "IN_TOUCH");
    static final int O3_ACTIV = at(Layouts.OC3, "ACTIV");
    static final int O3_ACCOM = at(Layouts.OC3, "ACCOM");

    static final int A_DATE_INT = at(Layouts.AD1, "DATE_INT");
    static final int A_DATE_MATCH = at(Layouts.AD1, "DATE_MATCH");
    static final int A_FOSTER_CARE = at(Layouts.AD1, "FOSTER_CARE");
    static final int A_NB_ADOPTR = at(Layouts.AD1, "NB_ADOPTR");
    static final int A_SEX_ADOPTR = at(Layouts.AD1, "SEX_ADOPTR");
    static final int A_LS_ADOPTR = at(Layouts.AD1, "LS_ADOPTR");

    static final int PA_DATE_PLACED = at(Layouts.PLACED_ADOPTION, "DATE_PLACED");
    static final int PA_DATE_PLACED_CEASED = at(Layouts.PLACED_ADOPTION, "DATE_PLACED_CEASED");
    static final int PA_REASON_PLACED_CEASED = at(Layouts.PLACED_ADOPTION, "REASON_PLACED_CEASED");

    static final int PP_PREV_PERM = at(Layouts.PREV_PERM, "PREV_PERM");
    static final int PP_LA_PERM = at(Layouts.PREV_PERM, "LA_PERM");
    static final int PP_DATE_PERM = at(Layouts.PREV_PERM, "DATE_PERM");

    static final int M_MISSING = at(Layouts.MISSING, "MISSING");
    static final int M_MIS_START = at(Layouts.MISSING, "MIS_START");
    static final int M_MIS_END = at(Layouts.MISSING, "MIS_END");

    static final int SW_ID = at(Layouts.SW_EPISODES, "SW_ID");
    static final int SW_DECOM = at(Layouts.SW_EPISODES, "SW_DECOM");
    static final int SW_DEC = at(Layouts.SW_EPISODES, "SW_DEC");
    static final int SW_REASON = at(Layouts.SW_EPISODES, "SW_REASON");

    static final int D_DOLO_START = at(Layouts.DOLO, "DOLO_START");
    static final int D_DOLO_END = at(Layouts.DOLO, "DOLO_END");

    /** The repeated CHILD of a non-Header table. */
    static int child(TableLayout layout) {
      return at(layout, "CHILD");
    }

    /** The repeated DOB of a non-Header table, or -1 where it has none. */
    static int dob(TableLayout layout) {
      return layout.index("DOB");
    }
  }

  // ---------------------------------------------------------------- Header

  /** Starts the child from its Header row (a row of {@link Layouts#HEADER}). */
  public ImmutableChild.Builder readHeader(String[] v, @Nullable SourceLocation src) {
    t.startRecord();
    ImmutableChild.Builder b = Child.builder();
    String child = v[Item.H_CHILD];
    b.childId(t.id(child, ChildId::of, "CHILD").orElse(ChildId.of("")));
    b.sex(t.optCode(Sex.CODESET, v[Item.H_SEX], "SEX"));
    b.dob(t.optDate(v[Item.H_DOB], "DOB"));
    b.ethnicity(t.optCode(Ethnicity.CODESET, v[Item.H_ETHNIC], "ETHNIC"));
    b.upn(t.id(v[Item.H_UPN], Upn::of, "UPN"));
    b.motherStatus(t.optCode(MotherStatus.CODESET, v[Item.H_MOTHER], "MOTHER"));
    b.motherChildDob(t.optDate(v[Item.H_MC_DOB], "MC_DOB"));
    b.putAllUnparsed(t.unparsed);
    b.putAllAsWritten(t.asWritten);
    b.source(Optional.ofNullable(src));
    return b;
  }

  public static void writeHeader(Child c, String[] out) {
    out[Item.H_CHILD] = childText(c);
    out[Item.H_SEX] = Texts.writeCode(c.sex(), c, "SEX");
    out[Item.H_DOB] = Texts.write(c.dob(), c, "DOB");
    out[Item.H_ETHNIC] = Texts.writeCode(c.ethnicity(), c, "ETHNIC");
    out[Item.H_UPN] = Texts.writeText(c.upn().map(Upn::value), c, "UPN");
    out[Item.H_MOTHER] = Texts.writeCode(c.motherStatus(), c, "MOTHER");
    out[Item.H_MC_DOB] = Texts.write(c.motherChildDob(), c, "MC_DOB");
  }

  /** The child's CHILD as its Header wrote it. */
  private static String childText(Child c) {
    return c.asWritten().getOrDefault("CHILD", c.childId().value());
  }

  // ---------------------------------------------------------------- other tables

  /** Reads a row of a non-Header table into its record, added to the child being built. */
  public void read(TableLayout layout, String[] v, HeaderFacts h, @Nullable SourceLocation src, ImmutableChild.Builder child) {
    t.startRecord();
    Optional<SourceLocation> source = src == null ? Optional.empty() : Optional.of(src);
    if (h != HeaderFacts.NONE) {
      String rowChild = v[Item.child(layout)];
      if (!java.util.Objects.equals(Texts.isBlank(rowChild) ? null : rowChild, h.childWritten())) {
        t.asWritten.put("CHILD", rowChild == null ? "" : rowChild);
      }
    }
    switch (layout.table()) {
      case EPISODES -> {
        Placement placement =
            Placement.builder()
                .type(t.optCode(PlacementType.CODESET, v[Item.E_PLACE], "PLACE"))
                .provider(t.optCode(PlacementProvider.CODESET, v[Item.E_PLACE_PROVIDER], "PLACE_PROVIDER"))
                .postcode(t.id(v[Item.E_PL_POST], Postcode::of, "PL_POST"))
                .urn(t.id(v[Item.E_URN], Urn::of, "URN"))
                .build();
        child.addEpisodes(
            Episode.builder()
                .start(t.optDate(v[Item.E_DECOM], "DECOM"))
                .reasonNewEpisode(t.optCode(ReasonNewEpisode.CODESET, v[Item.E_RNE], "RNE"))
                .legalStatus(t.optCode(LegalStatus.CODESET, v[Item.E_LS], "LS"))
                .categoryOfNeed(t.optCode(CategoryOfNeed.CODESET, v[Item.E_CIN], "CIN"))
                .placement(placement)
                .end(t.optDate(v[Item.E_DEC], "DEC"))
                .reasonCeased(t.optCode(ReasonEpisodeCeased.CODESET, v[Item.E_REC], "REC"))
                .reasonPlaceChange(t.optCode(ReasonPlacementChange.CODESET, v[Item.E_REASON_PLACE_CHANGE], "REASON_PLACE_CHANGE"))
                .homePostcode(t.id(v[Item.E_HOME_POST], Postcode::of, "HOME_POST"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case REVIEWS -> {
        var b = Review.builder();
        dob(layout, v, h, b::dob);
        child.addReviews(
            b.date(t.optDate(v[Item.R_REVIEW], "REVIEW"))
                .participation(t.optCode(ReviewParticipation.CODESET, v[Item.R_REVIEW_CODE], "REVIEW_CODE"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case UASC -> {
        var b = Uasc.builder();
        sex(v[Item.U_SEX], h, b::sex);
        dob(layout, v, h, b::dob);
        child.addUasc(
            b.ceasedDate(t.optDate(v[Item.U_DUC], "DUC")).putAllUnparsed(t.unparsed).putAllAsWritten(t.asWritten).source(source).build());
      }
      case OC2 -> {
        var b = HealthOutcomes.builder();
        dob(layout, v, h, b::dob);
        child.addHealthOutcomes(
            b.sdqScore(t.optInteger(v[Item.O2_SDQ_SCORE], "SDQ_SCORE"))
                .sdqReason(t.optCode(SdqReason.CODESET, v[Item.O2_SDQ_REASON], "SDQ_REASON"))
                .convicted(t.optCode(Oc2Flag.CODESET, v[Item.O2_CONVICTED], "CONVICTED"))
                .healthCheck(t.optCode(Oc2Flag.CODESET, v[Item.O2_HEALTH_CHECK], "HEALTH_CHECK"))
                .immunisations(t.optCode(Oc2Flag.CODESET, v[Item.O2_IMMUNISATIONS], "IMMUNISATIONS"))
                .teethCheck(t.optCode(Oc2Flag.CODESET, v[Item.O2_TEETH_CHECK], "TEETH_CHECK"))
                .healthAssessment(t.optCode(Oc2Flag.CODESET, v[Item.O2_HEALTH_ASSESSMENT], "HEALTH_ASSESSMENT"))
                .substanceMisuse(t.optCode(Oc2Flag.CODESET, v[Item.O2_SUBSTANCE_MISUSE], "SUBSTANCE_MISUSE"))
                .interventionReceived(t.optCode(Oc2Flag.CODESET, v[Item.O2_INTERVENTION_RECEIVED], "INTERVENTION_RECEIVED"))
                .interventionOffered(t.optCode(Oc2Flag.CODESET, v[Item.O2_INTERVENTION_OFFERED], "INTERVENTION_OFFERED"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case OC3 -> {
        var b = CareLeaverCheckpoint.builder();
        dob(layout, v, h, b::dob);
        child.addCareLeaverCheckpoints(
            b.inTouch(t.optCode(InTouch.CODESET, v[Item.O3_IN_TOUCH], "IN_TOUCH"))
                .activity(t.optCode(CareLeaverActivity.CODESET, v[Item.O3_ACTIV], "ACTIV"))
                .accommodation(t.optCode(CareLeaverAccommodation.CODESET, v[Item.O3_ACCOM], "ACCOM"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case AD1 -> {
        var b = Adoption.builder();
        dob(layout, v, h, b::dob);
        child.addAdoptions(
            b.decisionDate(t.optDate(v[Item.A_DATE_INT], "DATE_INT"))
                .matchedDate(t.optDate(v[Item.A_DATE_MATCH], "DATE_MATCH"))
                .adoptedByFosterCarer(t.optCode(AdoptedByFosterCarer.CODESET, v[Item.A_FOSTER_CARE], "FOSTER_CARE"))
                .numberOfAdopters(t.optCode(NumberOfAdopters.CODESET, v[Item.A_NB_ADOPTR], "NB_ADOPTR"))
                .adopterSex(t.optCode(AdopterSex.CODESET, v[Item.A_SEX_ADOPTR], "SEX_ADOPTR"))
                .adopterLegalStatus(t.optCode(AdopterLegalStatus.CODESET, v[Item.A_LS_ADOPTR], "LS_ADOPTR"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case PLACED_ADOPTION -> {
        var b = PlacedForAdoption.builder();
        dob(layout, v, h, b::dob);
        child.addPlacedForAdoption(
            b.decisionDate(t.optDate(v[Item.PA_DATE_PLACED], "DATE_PLACED"))
                .ceasedDate(t.optDate(v[Item.PA_DATE_PLACED_CEASED], "DATE_PLACED_CEASED"))
                .reasonCeased(t.optCode(ReasonPlacedForAdoptionCeased.CODESET, v[Item.PA_REASON_PLACED_CEASED], "REASON_PLACED_CEASED"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case PREV_PERM -> {
        var b = PreviousPermanence.builder();
        dob(layout, v, h, b::dob);
        child.addPreviousPermanence(
            b.option(t.optCode(PreviousPermanenceOption.CODESET, v[Item.PP_PREV_PERM], "PREV_PERM"))
                .arrangingLa(t.id(v[Item.PP_LA_PERM], LaCode::of, "LA_PERM"))
                .date(t.optDate(v[Item.PP_DATE_PERM], "DATE_PERM"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case MISSING -> {
        var b = MissingEpisode.builder();
        dob(layout, v, h, b::dob);
        child.addMissingEpisodes(
            b.type(t.optCode(MissingType.CODESET, v[Item.M_MISSING], "MISSING"))
                .start(t.optDate(v[Item.M_MIS_START], "MIS_START"))
                .end(t.optDate(v[Item.M_MIS_END], "MIS_END"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case SW_EPISODES -> {
        var b = SocialWorkerEpisode.builder();
        dob(layout, v, h, b::dob);
        child.addSocialWorkerEpisodes(
            b.socialWorkerId(t.id(v[Item.SW_ID], s -> s, "SW_ID"))
                .start(t.optDate(v[Item.SW_DECOM], "SW_DECOM"))
                .end(t.optDate(v[Item.SW_DEC], "SW_DEC"))
                .reasonEnded(t.optCode(SocialWorkerChangeReason.CODESET, v[Item.SW_REASON], "SW_REASON"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case DOLO -> {
        var b = DeprivationOfLiberty.builder();
        dob(layout, v, h, b::dob);
        child.addDeprivationsOfLiberty(
            b.start(t.optDate(v[Item.D_DOLO_START], "DOLO_START"))
                .end(t.optDate(v[Item.D_DOLO_END], "DOLO_END"))
                .putAllUnparsed(t.unparsed)
                .putAllAsWritten(t.asWritten)
                .source(source)
                .build());
      }
      case HEADER -> throw new IllegalArgumentException("Header rows are read by readHeader");
    }
  }

  /**
   * A row's repeated DOB: kept on the record only where it is not blank and differs from the
   * header's; its text kept as written where the writer would otherwise write another (the header's).
   */
  private void dob(TableLayout layout, String[] v, HeaderFacts h, Consumer<LocalDate> set) {
    int at = Item.dob(layout);
    String text = at < 0 ? null : v[at];
    if (!Texts.isBlank(text)) {
      LocalDate d = t.date(text, "DOB");
      if (d != null) {
        if (!d.equals(h.dob())) {
          set.accept(d);
          return;
        }
        t.asWritten.remove("DOB");
      } else if (t.unparsed.get("DOB").equals(h.dobText())) {
        t.unparsed.remove("DOB");
        t.asWritten.remove("DOB");
      } else {
        return;
      }
    }
    repeatWritten("DOB", text, h.dobWritten(), h);
  }

  /** A UASC row's repeated SEX, as {@link #dob}. */
  private void sex(@Nullable String text, HeaderFacts h, Consumer<Sex> set) {
    if (!Texts.isBlank(text)) {
      Sex sex = t.code(Sex.CODESET, text, "SEX");
      if (sex != null) {
        if (sex != h.sex()) {
          set.accept(sex);
          return;
        }
        t.asWritten.remove("SEX");
      } else if (t.unparsed.get("SEX").equals(h.sexText())) {
        t.unparsed.remove("SEX");
        t.asWritten.remove("SEX");
      } else {
        return;
      }
    }
    repeatWritten("SEX", text, h.sexWritten(), h);
  }

  /** A repeat that stands for the header's item is written as the header's: kept where the row wrote it otherwise. */
  private void repeatWritten(String item, @Nullable String text, @Nullable String headerWritten, HeaderFacts h) {
    if (h == HeaderFacts.NONE) {
      return;
    }
    String row = text == null ? "" : text;
    if (!row.equals(headerWritten == null ? "" : headerWritten)) {
      t.asWritten.put(item, row);
    }
  }

  /** Writes a non-Header record as a row of its table, repeating the child's items where the record has none. */
  public static void write(Ssda903Record r, Child c, String[] out) {
    TableLayout layout = Layouts.of(r.table());
    if (r.table() != Ssda903Table.HEADER) {
      out[Item.child(layout)] = r.asWritten().getOrDefault("CHILD", childText(c));
      int dob = Item.dob(layout);
      if (dob >= 0) {
        out[dob] = repeatedDob(r, c);
      }
    }
    switch (r.table()) {
      case EPISODES -> {
        Episode e = (Episode) r;
        Placement p = e.placement();
        out[Item.E_DECOM] = Texts.write(e.start(), e, "DECOM");
        out[Item.E_RNE] = Texts.writeCode(e.reasonNewEpisode(), e, "RNE");
        out[Item.E_LS] = Texts.writeCode(e.legalStatus(), e, "LS");
        out[Item.E_CIN] = Texts.writeCode(e.categoryOfNeed(), e, "CIN");
        out[Item.E_PLACE] = Texts.writeCode(p.type(), e, "PLACE");
        out[Item.E_PLACE_PROVIDER] = Texts.writeCode(p.provider(), e, "PLACE_PROVIDER");
        out[Item.E_DEC] = Texts.write(e.end(), e, "DEC");
        out[Item.E_REC] = Texts.writeCode(e.reasonCeased(), e, "REC");
        out[Item.E_REASON_PLACE_CHANGE] = Texts.writeCode(e.reasonPlaceChange(), e, "REASON_PLACE_CHANGE");
        out[Item.E_HOME_POST] = Texts.writeText(e.homePostcode().map(Postcode::value), e, "HOME_POST");
        out[Item.E_PL_POST] = Texts.writeText(p.postcode().map(Postcode::value), e, "PL_POST");
        out[Item.E_URN] = Texts.writeText(p.urn().map(Urn::value), e, "URN");
      }
      case REVIEWS -> {
        Review x = (Review) r;
        out[Item.R_REVIEW] = Texts.write(x.date(), x, "REVIEW");
        out[Item.R_REVIEW_CODE] = Texts.writeCode(x.participation(), x, "REVIEW_CODE");
      }
      case UASC -> {
        Uasc x = (Uasc) r;
        out[Item.U_SEX] = x.sex().isPresent() || x.unparsed().containsKey("SEX") || x.asWritten().containsKey("SEX")
            ? Texts.writeCode(x.sex(), x, "SEX")
            : Texts.writeCode(c.sex(), c, "SEX");
        out[Item.U_DUC] = Texts.write(x.ceasedDate(), x, "DUC");
      }
      case OC2 -> {
        HealthOutcomes x = (HealthOutcomes) r;
        out[Item.O2_SDQ_SCORE] = Texts.writeInt(x.sdqScore(), x, "SDQ_SCORE");
        out[Item.O2_SDQ_REASON] = Texts.writeCode(x.sdqReason(), x, "SDQ_REASON");
        out[Item.O2_CONVICTED] = Texts.writeCode(x.convicted(), x, "CONVICTED");
        out[Item.O2_HEALTH_CHECK] = Texts.writeCode(x.healthCheck(), x, "HEALTH_CHECK");
        out[Item.O2_IMMUNISATIONS] = Texts.writeCode(x.immunisations(), x, "IMMUNISATIONS");
        out[Item.O2_TEETH_CHECK] = Texts.writeCode(x.teethCheck(), x, "TEETH_CHECK");
        out[Item.O2_HEALTH_ASSESSMENT] = Texts.writeCode(x.healthAssessment(), x, "HEALTH_ASSESSMENT");
        out[Item.O2_SUBSTANCE_MISUSE] = Texts.writeCode(x.substanceMisuse(), x, "SUBSTANCE_MISUSE");
        out[Item.O2_INTERVENTION_RECEIVED] = Texts.writeCode(x.interventionReceived(), x, "INTERVENTION_RECEIVED");
        out[Item.O2_INTERVENTION_OFFERED] = Texts.writeCode(x.interventionOffered(), x, "INTERVENTION_OFFERED");
      }
      case OC3 -> {
        CareLeaverCheckpoint x = (CareLeaverCheckpoint) r;
        out[Item.O3_IN_TOUCH] = Texts.writeCode(x.inTouch(), x, "IN_TOUCH");
        out[Item.O3_ACTIV] = Texts.writeCode(x.activity(), x, "ACTIV");
        out[Item.O3_ACCOM] = Texts.writeCode(x.accommodation(), x, "ACCOM");
      }
      case AD1 -> {
        Adoption x = (Adoption) r;
        out[Item.A_DATE_INT] = Texts.write(x.decisionDate(), x, "DATE_INT");
        out[Item.A_DATE_MATCH] = Texts.write(x.matchedDate(), x, "DATE_MATCH");
        out[Item.A_FOSTER_CARE] = Texts.writeCode(x.adoptedByFosterCarer(), x, "FOSTER_CARE");
        out[Item.A_NB_ADOPTR] = Texts.writeCode(x.numberOfAdopters(), x, "NB_ADOPTR");
        out[Item.A_SEX_ADOPTR] = Texts.writeCode(x.adopterSex(), x, "SEX_ADOPTR");
        out[Item.A_LS_ADOPTR] = Texts.writeCode(x.adopterLegalStatus(), x, "LS_ADOPTR");
      }
      case PLACED_ADOPTION -> {
        PlacedForAdoption x = (PlacedForAdoption) r;
        out[Item.PA_DATE_PLACED] = Texts.write(x.decisionDate(), x, "DATE_PLACED");
        out[Item.PA_DATE_PLACED_CEASED] = Texts.write(x.ceasedDate(), x, "DATE_PLACED_CEASED");
        out[Item.PA_REASON_PLACED_CEASED] = Texts.writeCode(x.reasonCeased(), x, "REASON_PLACED_CEASED");
      }
      case PREV_PERM -> {
        PreviousPermanence x = (PreviousPermanence) r;
        out[Item.PP_PREV_PERM] = Texts.writeCode(x.option(), x, "PREV_PERM");
        out[Item.PP_LA_PERM] = Texts.writeText(x.arrangingLa().map(LaCode::value), x, "LA_PERM");
        out[Item.PP_DATE_PERM] = Texts.write(x.date(), x, "DATE_PERM");
      }
      case MISSING -> {
        MissingEpisode x = (MissingEpisode) r;
        out[Item.M_MISSING] = Texts.writeCode(x.type(), x, "MISSING");
        out[Item.M_MIS_START] = Texts.write(x.start(), x, "MIS_START");
        out[Item.M_MIS_END] = Texts.write(x.end(), x, "MIS_END");
      }
      case SW_EPISODES -> {
        SocialWorkerEpisode x = (SocialWorkerEpisode) r;
        out[Item.SW_ID] = Texts.writeText(x.socialWorkerId(), x, "SW_ID");
        out[Item.SW_DECOM] = Texts.write(x.start(), x, "SW_DECOM");
        out[Item.SW_DEC] = Texts.write(x.end(), x, "SW_DEC");
        out[Item.SW_REASON] = Texts.writeCode(x.reasonEnded(), x, "SW_REASON");
      }
      case DOLO -> {
        DeprivationOfLiberty x = (DeprivationOfLiberty) r;
        out[Item.D_DOLO_START] = Texts.write(x.start(), x, "DOLO_START");
        out[Item.D_DOLO_END] = Texts.write(x.end(), x, "DOLO_END");
      }
      case HEADER -> writeHeader((Child) r, out);
    }
  }

  /** A record's repeated DOB: its own (or as written), else the child's as the Header wrote it. */
  private static String repeatedDob(Ssda903Record r, Child c) {
    Optional<LocalDate> own = dobOf(r);
    if (own.isPresent() || r.unparsed().containsKey("DOB") || r.asWritten().containsKey("DOB")) {
      return Texts.write(own, r, "DOB");
    }
    return Texts.write(c.dob(), c, "DOB");
  }

  private static Optional<LocalDate> dobOf(Ssda903Record r) {
    return switch (r.table()) {
      case REVIEWS -> ((Review) r).dob();
      case UASC -> ((Uasc) r).dob();
      case OC2 -> ((HealthOutcomes) r).dob();
      case OC3 -> ((CareLeaverCheckpoint) r).dob();
      case AD1 -> ((Adoption) r).dob();
      case PLACED_ADOPTION -> ((PlacedForAdoption) r).dob();
      case PREV_PERM -> ((PreviousPermanence) r).dob();
      case MISSING -> ((MissingEpisode) r).dob();
      case SW_EPISODES -> ((SocialWorkerEpisode) r).dob();
      case DOLO -> ((DeprivationOfLiberty) r).dob();
      case HEADER, EPISODES -> Optional.empty();
    };
  }
}

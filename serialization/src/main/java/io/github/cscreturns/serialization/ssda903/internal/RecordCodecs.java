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
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table row (values in the {@link TableLayout}'s column order, null or blank for absent) into
 * its record, and writes a record back into such a row. One place for both formats.
 *
 * <p>Non-Header CSV tables repeat the child's DOB (and UASC its SEX). A record keeps its own
 * {@code dob()} (or unparsed DOB text) only where it differs from the header's; a blank repeat means
 * "as the header". The writer writes the record's own value if present, else the child's.
 */
public final class RecordCodecs {
  private final Texts t = new Texts();

  /** The header values a row's repeated DOB and SEX are compared with. */
  public record HeaderFacts(@Nullable LocalDate dob, @Nullable String dobText, @Nullable Sex sex, @Nullable String sexText) {
    static HeaderFacts of(Child c) {
      return new HeaderFacts(c.dob().orElse(null), c.unparsed().get("DOB"), c.sex().orElse(null), c.unparsed().get("SEX"));
    }
  }

  // ---------------------------------------------------------------- Header

  /** Starts the child from its Header row (a row of {@link Layouts#HEADER}). */
  public ImmutableChild.Builder readHeader(String[] v, @Nullable SourceLocation src) {
    t.startRecord();
    ImmutableChild.Builder b = Child.builder();
    b.childId(ChildId.of(v[0] == null ? "" : v[0]));
    b.sex(t.optCode(Sex.CODESET, v[1], "SEX"));
    b.dob(t.optDate(v[2], "DOB"));
    b.ethnicity(t.optCode(Ethnicity.CODESET, v[3], "ETHNIC"));
    b.upn(Texts.text(v[4], Upn::of));
    b.motherStatus(t.optCode(MotherStatus.CODESET, v[5], "MOTHER"));
    b.motherChildDob(t.optDate(v[6], "MC_DOB"));
    b.putAllUnparsed(t.unparsed);
    b.source(Optional.ofNullable(src));
    return b;
  }

  public static void writeHeader(Child c, String[] out) {
    out[0] = c.childId().value();
    out[1] = Texts.writeCode(c.sex(), c, "SEX");
    out[2] = Texts.write(c.dob(), c, "DOB");
    out[3] = Texts.writeCode(c.ethnicity(), c, "ETHNIC");
    out[4] = c.upn().map(Upn::value).orElse(c.unparsed().getOrDefault("UPN", ""));
    out[5] = Texts.writeCode(c.motherStatus(), c, "MOTHER");
    out[6] = Texts.write(c.motherChildDob(), c, "MC_DOB");
  }

  // ---------------------------------------------------------------- other tables

  /** Reads a row of a non-Header table into its record, added to the child being built. */
  public void read(TableLayout layout, String[] v, HeaderFacts h, @Nullable SourceLocation src, ImmutableChild.Builder child) {
    t.startRecord();
    Optional<SourceLocation> source = src == null ? Optional.empty() : Optional.of(src);
    switch (layout.table()) {
      case EPISODES -> {
        Placement placement =
            Placement.builder()
                .type(t.optCode(PlacementType.CODESET, v[5], "PLACE"))
                .provider(t.optCode(PlacementProvider.CODESET, v[6], "PLACE_PROVIDER"))
                .postcode(Texts.text(v[11], Postcode::of))
                .urn(Texts.text(v[12], Urn::of))
                .build();
        child.addEpisodes(
            Episode.builder()
                .start(t.optDate(v[1], "DECOM"))
                .reasonNewEpisode(t.optCode(ReasonNewEpisode.CODESET, v[2], "RNE"))
                .legalStatus(t.optCode(LegalStatus.CODESET, v[3], "LS"))
                .categoryOfNeed(t.optCode(CategoryOfNeed.CODESET, v[4], "CIN"))
                .placement(placement)
                .end(t.optDate(v[7], "DEC"))
                .reasonCeased(t.optCode(ReasonEpisodeCeased.CODESET, v[8], "REC"))
                .reasonPlaceChange(t.optCode(ReasonPlacementChange.CODESET, v[9], "REASON_PLACE_CHANGE"))
                .homePostcode(Texts.text(v[10], Postcode::of))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case REVIEWS -> {
        var b = Review.builder();
        dob(v[1], h, b::dob);
        child.addReviews(
            b.date(t.optDate(v[2], "REVIEW"))
                .participation(t.optCode(ReviewParticipation.CODESET, v[3], "REVIEW_CODE"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case UASC -> {
        var b = Uasc.builder();
        String sexText = v[1];
        if (!Texts.isBlank(sexText)) {
          Sex sex = t.code(Sex.CODESET, sexText, "SEX");
          if (sex != null) {
            if (sex != h.sex()) {
              b.sex(sex);
            }
          } else if (sexText.equals(h.sexText())) {
            t.unparsed.remove("SEX");
          }
        }
        dob(v[2], h, b::dob);
        child.addUasc(b.ceasedDate(t.optDate(v[3], "DUC")).putAllUnparsed(t.unparsed).source(source).build());
      }
      case OC2 -> {
        var b = HealthOutcomes.builder();
        dob(v[1], h, b::dob);
        child.addHealthOutcomes(
            b.sdqScore(t.optInteger(v[2], "SDQ_SCORE"))
                .sdqReason(t.optCode(SdqReason.CODESET, v[3], "SDQ_REASON"))
                .convicted(t.optCode(Oc2Flag.CODESET, v[4], "CONVICTED"))
                .healthCheck(t.optCode(Oc2Flag.CODESET, v[5], "HEALTH_CHECK"))
                .immunisations(t.optCode(Oc2Flag.CODESET, v[6], "IMMUNISATIONS"))
                .teethCheck(t.optCode(Oc2Flag.CODESET, v[7], "TEETH_CHECK"))
                .healthAssessment(t.optCode(Oc2Flag.CODESET, v[8], "HEALTH_ASSESSMENT"))
                .substanceMisuse(t.optCode(Oc2Flag.CODESET, v[9], "SUBSTANCE_MISUSE"))
                .interventionReceived(t.optCode(Oc2Flag.CODESET, v[10], "INTERVENTION_RECEIVED"))
                .interventionOffered(t.optCode(Oc2Flag.CODESET, v[11], "INTERVENTION_OFFERED"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case OC3 -> {
        var b = CareLeaverCheckpoint.builder();
        dob(v[1], h, b::dob);
        child.addCareLeaverCheckpoints(
            b.inTouch(t.optCode(InTouch.CODESET, v[2], "IN_TOUCH"))
                .activity(t.optCode(CareLeaverActivity.CODESET, v[3], "ACTIV"))
                .accommodation(t.optCode(CareLeaverAccommodation.CODESET, v[4], "ACCOM"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case AD1 -> {
        var b = Adoption.builder();
        dob(v[1], h, b::dob);
        child.addAdoptions(
            b.decisionDate(t.optDate(v[2], "DATE_INT"))
                .matchedDate(t.optDate(v[3], "DATE_MATCH"))
                .adoptedByFosterCarer(t.optCode(AdoptedByFosterCarer.CODESET, v[4], "FOSTER_CARE"))
                .numberOfAdopters(t.optCode(NumberOfAdopters.CODESET, v[5], "NB_ADOPTR"))
                .adopterSex(t.optCode(AdopterSex.CODESET, v[6], "SEX_ADOPTR"))
                .adopterLegalStatus(t.optCode(AdopterLegalStatus.CODESET, v[7], "LS_ADOPTR"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case PLACED_ADOPTION -> {
        var b = PlacedForAdoption.builder();
        dob(v[1], h, b::dob);
        child.addPlacedForAdoption(
            b.decisionDate(t.optDate(v[2], "DATE_PLACED"))
                .ceasedDate(t.optDate(v[3], "DATE_PLACED_CEASED"))
                .reasonCeased(t.optCode(ReasonPlacedForAdoptionCeased.CODESET, v[4], "REASON_PLACED_CEASED"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case PREV_PERM -> {
        var b = PreviousPermanence.builder();
        dob(v[1], h, b::dob);
        child.addPreviousPermanence(
            b.option(t.optCode(PreviousPermanenceOption.CODESET, v[2], "PREV_PERM"))
                .arrangingLa(Texts.text(v[3], LaCode::of))
                .date(t.optDate(v[4], "DATE_PERM"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case MISSING -> {
        var b = MissingEpisode.builder();
        dob(v[1], h, b::dob);
        child.addMissingEpisodes(
            b.type(t.optCode(MissingType.CODESET, v[2], "MISSING"))
                .start(t.optDate(v[3], "MIS_START"))
                .end(t.optDate(v[4], "MIS_END"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case SW_EPISODES -> {
        var b = SocialWorkerEpisode.builder();
        dob(v[1], h, b::dob);
        child.addSocialWorkerEpisodes(
            b.socialWorkerId(Texts.optText(v[2]))
                .start(t.optDate(v[3], "SW_DECOM"))
                .end(t.optDate(v[4], "SW_DEC"))
                .reasonEnded(t.optCode(SocialWorkerChangeReason.CODESET, v[5], "SW_REASON"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case DOLO -> {
        var b = DeprivationOfLiberty.builder();
        dob(v[1], h, b::dob);
        child.addDeprivationsOfLiberty(
            b.start(t.optDate(v[2], "DOLO_START"))
                .end(t.optDate(v[3], "DOLO_END"))
                .putAllUnparsed(t.unparsed)
                .source(source)
                .build());
      }
      case HEADER -> throw new IllegalArgumentException("Header rows are read by readHeader");
    }
  }

  /** A row's repeated DOB: kept on the record only where it is not blank and differs from the header's. */
  private void dob(@Nullable String text, HeaderFacts h, Consumer<LocalDate> set) {
    if (Texts.isBlank(text)) {
      return;
    }
    LocalDate d = t.date(text, "DOB");
    if (d != null) {
      if (!d.equals(h.dob())) {
        set.accept(d);
      }
    } else if (text.equals(h.dobText())) {
      t.unparsed.remove("DOB");
    }
  }

  /** Writes a non-Header record as a row of its table, repeating the child's items where the record has none. */
  public static void write(Ssda903Record r, Child c, String[] out) {
    out[0] = c.childId().value();
    switch (r.table()) {
      case EPISODES -> {
        Episode e = (Episode) r;
        Placement p = e.placement();
        out[1] = Texts.write(e.start(), e, "DECOM");
        out[2] = Texts.writeCode(e.reasonNewEpisode(), e, "RNE");
        out[3] = Texts.writeCode(e.legalStatus(), e, "LS");
        out[4] = Texts.writeCode(e.categoryOfNeed(), e, "CIN");
        out[5] = Texts.writeCode(p.type(), e, "PLACE");
        out[6] = Texts.writeCode(p.provider(), e, "PLACE_PROVIDER");
        out[7] = Texts.write(e.end(), e, "DEC");
        out[8] = Texts.writeCode(e.reasonCeased(), e, "REC");
        out[9] = Texts.writeCode(e.reasonPlaceChange(), e, "REASON_PLACE_CHANGE");
        out[10] = Texts.writeText(e.homePostcode().map(Postcode::value), e, "HOME_POST");
        out[11] = Texts.writeText(p.postcode().map(Postcode::value), e, "PL_POST");
        out[12] = Texts.writeText(p.urn().map(Urn::value), e, "URN");
      }
      case REVIEWS -> {
        Review x = (Review) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.write(x.date(), x, "REVIEW");
        out[3] = Texts.writeCode(x.participation(), x, "REVIEW_CODE");
      }
      case UASC -> {
        Uasc x = (Uasc) r;
        out[1] = x.sex().isPresent() || x.unparsed().containsKey("SEX") ? Texts.writeCode(x.sex(), x, "SEX") : Texts.writeCode(c.sex(), c, "SEX");
        out[2] = dob(x.dob(), x, c);
        out[3] = Texts.write(x.ceasedDate(), x, "DUC");
      }
      case OC2 -> {
        HealthOutcomes x = (HealthOutcomes) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.writeInt(x.sdqScore(), x, "SDQ_SCORE");
        out[3] = Texts.writeCode(x.sdqReason(), x, "SDQ_REASON");
        out[4] = Texts.writeCode(x.convicted(), x, "CONVICTED");
        out[5] = Texts.writeCode(x.healthCheck(), x, "HEALTH_CHECK");
        out[6] = Texts.writeCode(x.immunisations(), x, "IMMUNISATIONS");
        out[7] = Texts.writeCode(x.teethCheck(), x, "TEETH_CHECK");
        out[8] = Texts.writeCode(x.healthAssessment(), x, "HEALTH_ASSESSMENT");
        out[9] = Texts.writeCode(x.substanceMisuse(), x, "SUBSTANCE_MISUSE");
        out[10] = Texts.writeCode(x.interventionReceived(), x, "INTERVENTION_RECEIVED");
        out[11] = Texts.writeCode(x.interventionOffered(), x, "INTERVENTION_OFFERED");
      }
      case OC3 -> {
        CareLeaverCheckpoint x = (CareLeaverCheckpoint) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.writeCode(x.inTouch(), x, "IN_TOUCH");
        out[3] = Texts.writeCode(x.activity(), x, "ACTIV");
        out[4] = Texts.writeCode(x.accommodation(), x, "ACCOM");
      }
      case AD1 -> {
        Adoption x = (Adoption) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.write(x.decisionDate(), x, "DATE_INT");
        out[3] = Texts.write(x.matchedDate(), x, "DATE_MATCH");
        out[4] = Texts.writeCode(x.adoptedByFosterCarer(), x, "FOSTER_CARE");
        out[5] = Texts.writeCode(x.numberOfAdopters(), x, "NB_ADOPTR");
        out[6] = Texts.writeCode(x.adopterSex(), x, "SEX_ADOPTR");
        out[7] = Texts.writeCode(x.adopterLegalStatus(), x, "LS_ADOPTR");
      }
      case PLACED_ADOPTION -> {
        PlacedForAdoption x = (PlacedForAdoption) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.write(x.decisionDate(), x, "DATE_PLACED");
        out[3] = Texts.write(x.ceasedDate(), x, "DATE_PLACED_CEASED");
        out[4] = Texts.writeCode(x.reasonCeased(), x, "REASON_PLACED_CEASED");
      }
      case PREV_PERM -> {
        PreviousPermanence x = (PreviousPermanence) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.writeCode(x.option(), x, "PREV_PERM");
        out[3] = Texts.writeText(x.arrangingLa().map(LaCode::value), x, "LA_PERM");
        out[4] = Texts.write(x.date(), x, "DATE_PERM");
      }
      case MISSING -> {
        MissingEpisode x = (MissingEpisode) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.writeCode(x.type(), x, "MISSING");
        out[3] = Texts.write(x.start(), x, "MIS_START");
        out[4] = Texts.write(x.end(), x, "MIS_END");
      }
      case SW_EPISODES -> {
        SocialWorkerEpisode x = (SocialWorkerEpisode) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.writeText(x.socialWorkerId(), x, "SW_ID");
        out[3] = Texts.write(x.start(), x, "SW_DECOM");
        out[4] = Texts.write(x.end(), x, "SW_DEC");
        out[5] = Texts.writeCode(x.reasonEnded(), x, "SW_REASON");
      }
      case DOLO -> {
        DeprivationOfLiberty x = (DeprivationOfLiberty) r;
        out[1] = dob(x.dob(), x, c);
        out[2] = Texts.write(x.start(), x, "DOLO_START");
        out[3] = Texts.write(x.end(), x, "DOLO_END");
      }
      case HEADER -> writeHeader((Child) r, out);
    }
  }

  private static String dob(Optional<LocalDate> own, Ssda903Record r, Child c) {
    if (own.isPresent() || r.unparsed().containsKey("DOB")) {
      return Texts.write(own, r, "DOB");
    }
    return Texts.write(c.dob(), c, "DOB");
  }
}

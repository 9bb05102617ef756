package io.github.cscreturns.serialization.json;

import static io.github.cscreturns.serialization.json.RecordCodec.DATE;
import static io.github.cscreturns.serialization.json.RecordCodec.INTEGER;
import static io.github.cscreturns.serialization.json.RecordCodec.STRING;
import static io.github.cscreturns.serialization.json.RecordCodec.UNPARSED;
import static io.github.cscreturns.serialization.json.RecordCodec.YEAR;
import static io.github.cscreturns.serialization.json.RecordCodec.code;
import static io.github.cscreturns.serialization.json.RecordCodec.identifier;
import static io.github.cscreturns.serialization.json.RecordCodec.object;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
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
import io.github.cscreturns.codesets.ssda903.Ssda903Codesets;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ImmutableSourceLocation;
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
import io.github.cscreturns.core.ssda903.ImmutableAdoption;
import io.github.cscreturns.core.ssda903.ImmutableCareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableDeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.ImmutableHealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableMissingEpisode;
import io.github.cscreturns.core.ssda903.ImmutablePlacedForAdoption;
import io.github.cscreturns.core.ssda903.ImmutablePlacement;
import io.github.cscreturns.core.ssda903.ImmutablePreviousPermanence;
import io.github.cscreturns.core.ssda903.ImmutableReview;
import io.github.cscreturns.core.ssda903.ImmutableSocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.ImmutableSsda903Return;
import io.github.cscreturns.core.ssda903.ImmutableUasc;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * A Jackson module for the SSDA903 model: register it on your {@code ObjectMapper}
 * ({@code mapper.registerModule(new Ssda903JacksonModule())}), or use {@link Ssda903Json#mapper()}.
 *
 * <p>The JSON form:
 *
 * <ul>
 *   <li>Each record is an object whose properties are named as the Java accessors ({@code "start"},
 *       {@code "reasonNewEpisode"}); an empty {@code Optional} or list is left out, and a
 *       {@code null} is read as empty.
 *   <li>Dates are ISO text ({@code "2024-04-01"}), whatever the mapper's date settings.
 *   <li>Codes are written as the DfE writes them ({@code "U1"}, {@code "1"}), never as enum names;
 *       identifiers ({@code ChildId}, {@code Upn}, {@code Postcode}, {@code Urn}, {@code LaCode}) as
 *       their text exactly; the collection year as {@code "2024-25"}.
 *   <li>Text that did not parse stays under {@code "unparsed"}, an object of DfE item name to text;
 *       the exact text of items written otherwise than their value is written under
 *       {@code "asWritten"}, alike.
 *       A typed property must hold a value of its type: an unknown code there is an error, since such
 *       text belongs in {@code "unparsed"}.
 *   <li>Where a record came from is written as {@code "source"} ({@code file}, {@code line},
 *       {@code column}, {@code elementPath}) and read back; records are equal with or without it.
 *   <li>Unknown properties are an error, naming the known ones, so that nothing is silently lost;
 *       errors name what was expected and the kind of value found, never the value.
 * </ul>
 *
 * <p>The mapping is hand-written, without reflection on the model, so the model needs no Jackson
 * annotations and the core module no Jackson dependency.
 */
public final class Ssda903JacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module for every SSDA903 model type; register it on an {@code ObjectMapper}. */
  public Ssda903JacksonModule() {
    super("Ssda903JacksonModule", Version.unknownVersion());
    for (Codeset<?> codeset : Ssda903Codesets.all()) {
      RecordCodec.registerCodes(this, codeset);
    }
    RecordCodec.register(this, ChildId.class, identifier(ChildId::of));
    RecordCodec.register(this, Upn.class, identifier(Upn::of));
    RecordCodec.register(this, Postcode.class, identifier(Postcode::of));
    RecordCodec.register(this, Urn.class, identifier(Urn::of));
    RecordCodec.register(this, LaCode.class, identifier(LaCode::of));
    RecordCodec.register(this, Codecs.SOURCE);
    RecordCodec.register(this, Codecs.PLACEMENT);
    RecordCodec.register(this, Codecs.EPISODE);
    RecordCodec.register(this, Codecs.REVIEW);
    RecordCodec.register(this, Codecs.UASC);
    RecordCodec.register(this, Codecs.HEALTH_OUTCOMES);
    RecordCodec.register(this, Codecs.CARE_LEAVER_CHECKPOINT);
    RecordCodec.register(this, Codecs.ADOPTION);
    RecordCodec.register(this, Codecs.PLACED_FOR_ADOPTION);
    RecordCodec.register(this, Codecs.PREVIOUS_PERMANENCE);
    RecordCodec.register(this, Codecs.MISSING_EPISODE);
    RecordCodec.register(this, Codecs.SOCIAL_WORKER_EPISODE);
    RecordCodec.register(this, Codecs.DEPRIVATION_OF_LIBERTY);
    RecordCodec.register(this, Codecs.CHILD);
    RecordCodec.register(this, Codecs.RETURN);
    RecordCodec.register(this, LocalDate.class, DATE);
    RecordCodec.register(this, CollectionYear.class, YEAR);
  }




  /** The codecs of every model type. */
  static final class Codecs {
    private Codecs() {}

    private static Optional<Integer> boxed(OptionalInt i) {
      return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }

    static final RecordCodec<SourceLocation, ImmutableSourceLocation.Builder> SOURCE =
        new RecordCodec<SourceLocation, ImmutableSourceLocation.Builder>(SourceLocation.class, SourceLocation::builder, ImmutableSourceLocation.Builder::build)
            .add("file", STRING, SourceLocation::file, ImmutableSourceLocation.Builder::file)
            .add("line", INTEGER, s -> boxed(s.line()), ImmutableSourceLocation.Builder::line)
            .add("column", INTEGER, s -> boxed(s.column()), ImmutableSourceLocation.Builder::column)
            .add("elementPath", STRING, SourceLocation::elementPath, ImmutableSourceLocation.Builder::elementPath)
            .add("recordIndex", INTEGER, s -> boxed(s.recordIndex()), ImmutableSourceLocation.Builder::recordIndex);

    /** Adds "unparsed", "asWritten" and "source", last, to the codec of a record. */
    private static <R extends Ssda903Record, B> RecordCodec<R, B> record(
        RecordCodec<R, B> codec, BiConsumer<B, Map<String, String>> unparsed, BiConsumer<B, Map<String, String>> asWritten,
        BiConsumer<B, SourceLocation> source) {
      return codec
          .add("unparsed", UNPARSED, r -> Optional.of(r.unparsed()).filter(m -> !m.isEmpty()), unparsed)
          .add("asWritten", UNPARSED, r -> Optional.of(r.asWritten()).filter(m -> !m.isEmpty()), asWritten)
          .add("source", object(SOURCE), Ssda903Record::source, source);
    }

    static final RecordCodec<Placement, ImmutablePlacement.Builder> PLACEMENT =
        new RecordCodec<Placement, ImmutablePlacement.Builder>(Placement.class, Placement::builder, ImmutablePlacement.Builder::build)
            .add("type", code(PlacementType.CODESET), Placement::type, ImmutablePlacement.Builder::type)
            .add("provider", code(PlacementProvider.CODESET), Placement::provider, ImmutablePlacement.Builder::provider)
            .add("postcode", identifier(Postcode::of), Placement::postcode, ImmutablePlacement.Builder::postcode)
            .add("urn", identifier(Urn::of), Placement::urn, ImmutablePlacement.Builder::urn);

    static final RecordCodec<Episode, ImmutableEpisode.Builder> EPISODE =
        record(
            new RecordCodec<Episode, ImmutableEpisode.Builder>(Episode.class, Episode::builder, ImmutableEpisode.Builder::build)
                .add("start", DATE, Episode::start, ImmutableEpisode.Builder::start)
                .add("reasonNewEpisode", code(ReasonNewEpisode.CODESET), Episode::reasonNewEpisode, ImmutableEpisode.Builder::reasonNewEpisode)
                .add("legalStatus", code(LegalStatus.CODESET), Episode::legalStatus, ImmutableEpisode.Builder::legalStatus)
                .add("categoryOfNeed", code(CategoryOfNeed.CODESET), Episode::categoryOfNeed, ImmutableEpisode.Builder::categoryOfNeed)
                .add("placement", object(PLACEMENT), e -> Optional.of(e.placement()).filter(p -> !p.equals(Placement.empty())), ImmutableEpisode.Builder::placement)
                .add("end", DATE, Episode::end, ImmutableEpisode.Builder::end)
                .add("reasonCeased", code(ReasonEpisodeCeased.CODESET), Episode::reasonCeased, ImmutableEpisode.Builder::reasonCeased)
                .add("reasonPlaceChange", code(ReasonPlacementChange.CODESET), Episode::reasonPlaceChange, ImmutableEpisode.Builder::reasonPlaceChange)
                .add("homePostcode", identifier(Postcode::of), Episode::homePostcode, ImmutableEpisode.Builder::homePostcode),
            ImmutableEpisode.Builder::putAllUnparsed,
            ImmutableEpisode.Builder::putAllAsWritten,
            ImmutableEpisode.Builder::source);

    static final RecordCodec<Review, ImmutableReview.Builder> REVIEW =
        record(
            new RecordCodec<Review, ImmutableReview.Builder>(Review.class, Review::builder, ImmutableReview.Builder::build)
                .add("date", DATE, Review::date, ImmutableReview.Builder::date)
                .add("participation", code(ReviewParticipation.CODESET), Review::participation, ImmutableReview.Builder::participation)
                .add("dob", DATE, Review::dob, ImmutableReview.Builder::dob),
            ImmutableReview.Builder::putAllUnparsed,
            ImmutableReview.Builder::putAllAsWritten,
            ImmutableReview.Builder::source);

    static final RecordCodec<Uasc, ImmutableUasc.Builder> UASC =
        record(
            new RecordCodec<Uasc, ImmutableUasc.Builder>(Uasc.class, Uasc::builder, ImmutableUasc.Builder::build)
                .add("ceasedDate", DATE, Uasc::ceasedDate, ImmutableUasc.Builder::ceasedDate)
                .add("sex", code(Sex.CODESET), Uasc::sex, ImmutableUasc.Builder::sex)
                .add("dob", DATE, Uasc::dob, ImmutableUasc.Builder::dob),
            ImmutableUasc.Builder::putAllUnparsed,
            ImmutableUasc.Builder::putAllAsWritten,
            ImmutableUasc.Builder::source);

    static final RecordCodec<HealthOutcomes, ImmutableHealthOutcomes.Builder> HEALTH_OUTCOMES =
        record(
            new RecordCodec<HealthOutcomes, ImmutableHealthOutcomes.Builder>(HealthOutcomes.class, HealthOutcomes::builder, ImmutableHealthOutcomes.Builder::build)
                .add("sdqScore", INTEGER, HealthOutcomes::sdqScore, ImmutableHealthOutcomes.Builder::sdqScore)
                .add("sdqReason", code(SdqReason.CODESET), HealthOutcomes::sdqReason, ImmutableHealthOutcomes.Builder::sdqReason)
                .add("convicted", code(Oc2Flag.CODESET), HealthOutcomes::convicted, ImmutableHealthOutcomes.Builder::convicted)
                .add("healthCheck", code(Oc2Flag.CODESET), HealthOutcomes::healthCheck, ImmutableHealthOutcomes.Builder::healthCheck)
                .add("immunisations", code(Oc2Flag.CODESET), HealthOutcomes::immunisations, ImmutableHealthOutcomes.Builder::immunisations)
                .add("teethCheck", code(Oc2Flag.CODESET), HealthOutcomes::teethCheck, ImmutableHealthOutcomes.Builder::teethCheck)
                .add("healthAssessment", code(Oc2Flag.CODESET), HealthOutcomes::healthAssessment, ImmutableHealthOutcomes.Builder::healthAssessment)
                .add("substanceMisuse", code(Oc2Flag.CODESET), HealthOutcomes::substanceMisuse, ImmutableHealthOutcomes.Builder::substanceMisuse)
                .add("interventionReceived", code(Oc2Flag.CODESET), HealthOutcomes::interventionReceived, ImmutableHealthOutcomes.Builder::interventionReceived)
                .add("interventionOffered", code(Oc2Flag.CODESET), HealthOutcomes::interventionOffered, ImmutableHealthOutcomes.Builder::interventionOffered)
                .add("dob", DATE, HealthOutcomes::dob, ImmutableHealthOutcomes.Builder::dob),
            ImmutableHealthOutcomes.Builder::putAllUnparsed,
            ImmutableHealthOutcomes.Builder::putAllAsWritten,
            ImmutableHealthOutcomes.Builder::source);

    static final RecordCodec<CareLeaverCheckpoint, ImmutableCareLeaverCheckpoint.Builder> CARE_LEAVER_CHECKPOINT =
        record(
            new RecordCodec<CareLeaverCheckpoint, ImmutableCareLeaverCheckpoint.Builder>(CareLeaverCheckpoint.class, CareLeaverCheckpoint::builder, ImmutableCareLeaverCheckpoint.Builder::build)
                .add("inTouch", code(InTouch.CODESET), CareLeaverCheckpoint::inTouch, ImmutableCareLeaverCheckpoint.Builder::inTouch)
                .add("activity", code(CareLeaverActivity.CODESET), CareLeaverCheckpoint::activity, ImmutableCareLeaverCheckpoint.Builder::activity)
                .add("accommodation", code(CareLeaverAccommodation.CODESET), CareLeaverCheckpoint::accommodation, ImmutableCareLeaverCheckpoint.Builder::accommodation)
                .add("dob", DATE, CareLeaverCheckpoint::dob, ImmutableCareLeaverCheckpoint.Builder::dob),
            ImmutableCareLeaverCheckpoint.Builder::putAllUnparsed,
            ImmutableCareLeaverCheckpoint.Builder::putAllAsWritten,
            ImmutableCareLeaverCheckpoint.Builder::source);

    static final RecordCodec<Adoption, ImmutableAdoption.Builder> ADOPTION =
        record(
            new RecordCodec<Adoption, ImmutableAdoption.Builder>(Adoption.class, Adoption::builder, ImmutableAdoption.Builder::build)
                .add("decisionDate", DATE, Adoption::decisionDate, ImmutableAdoption.Builder::decisionDate)
                .add("matchedDate", DATE, Adoption::matchedDate, ImmutableAdoption.Builder::matchedDate)
                .add("adoptedByFosterCarer", code(AdoptedByFosterCarer.CODESET), Adoption::adoptedByFosterCarer, ImmutableAdoption.Builder::adoptedByFosterCarer)
                .add("numberOfAdopters", code(NumberOfAdopters.CODESET), Adoption::numberOfAdopters, ImmutableAdoption.Builder::numberOfAdopters)
                .add("adopterSex", code(AdopterSex.CODESET), Adoption::adopterSex, ImmutableAdoption.Builder::adopterSex)
                .add("adopterLegalStatus", code(AdopterLegalStatus.CODESET), Adoption::adopterLegalStatus, ImmutableAdoption.Builder::adopterLegalStatus)
                .add("dob", DATE, Adoption::dob, ImmutableAdoption.Builder::dob),
            ImmutableAdoption.Builder::putAllUnparsed,
            ImmutableAdoption.Builder::putAllAsWritten,
            ImmutableAdoption.Builder::source);

    static final RecordCodec<PlacedForAdoption, ImmutablePlacedForAdoption.Builder> PLACED_FOR_ADOPTION =
        record(
            new RecordCodec<PlacedForAdoption, ImmutablePlacedForAdoption.Builder>(PlacedForAdoption.class, PlacedForAdoption::builder, ImmutablePlacedForAdoption.Builder::build)
                .add("decisionDate", DATE, PlacedForAdoption::decisionDate, ImmutablePlacedForAdoption.Builder::decisionDate)
                .add("ceasedDate", DATE, PlacedForAdoption::ceasedDate, ImmutablePlacedForAdoption.Builder::ceasedDate)
                .add("reasonCeased", code(ReasonPlacedForAdoptionCeased.CODESET), PlacedForAdoption::reasonCeased, ImmutablePlacedForAdoption.Builder::reasonCeased)
                .add("dob", DATE, PlacedForAdoption::dob, ImmutablePlacedForAdoption.Builder::dob),
            ImmutablePlacedForAdoption.Builder::putAllUnparsed,
            ImmutablePlacedForAdoption.Builder::putAllAsWritten,
            ImmutablePlacedForAdoption.Builder::source);

    static final RecordCodec<PreviousPermanence, ImmutablePreviousPermanence.Builder> PREVIOUS_PERMANENCE =
        record(
            new RecordCodec<PreviousPermanence, ImmutablePreviousPermanence.Builder>(PreviousPermanence.class, PreviousPermanence::builder, ImmutablePreviousPermanence.Builder::build)
                .add("option", code(PreviousPermanenceOption.CODESET), PreviousPermanence::option, ImmutablePreviousPermanence.Builder::option)
                .add("arrangingLa", identifier(LaCode::of), PreviousPermanence::arrangingLa, ImmutablePreviousPermanence.Builder::arrangingLa)
                .add("date", DATE, PreviousPermanence::date, ImmutablePreviousPermanence.Builder::date)
                .add("dob", DATE, PreviousPermanence::dob, ImmutablePreviousPermanence.Builder::dob),
            ImmutablePreviousPermanence.Builder::putAllUnparsed,
            ImmutablePreviousPermanence.Builder::putAllAsWritten,
            ImmutablePreviousPermanence.Builder::source);

    static final RecordCodec<MissingEpisode, ImmutableMissingEpisode.Builder> MISSING_EPISODE =
        record(
            new RecordCodec<MissingEpisode, ImmutableMissingEpisode.Builder>(MissingEpisode.class, MissingEpisode::builder, ImmutableMissingEpisode.Builder::build)
                .add("type", code(MissingType.CODESET), MissingEpisode::type, ImmutableMissingEpisode.Builder::type)
                .add("start", DATE, MissingEpisode::start, ImmutableMissingEpisode.Builder::start)
                .add("end", DATE, MissingEpisode::end, ImmutableMissingEpisode.Builder::end)
                .add("dob", DATE, MissingEpisode::dob, ImmutableMissingEpisode.Builder::dob),
            ImmutableMissingEpisode.Builder::putAllUnparsed,
            ImmutableMissingEpisode.Builder::putAllAsWritten,
            ImmutableMissingEpisode.Builder::source);

    static final RecordCodec<SocialWorkerEpisode, ImmutableSocialWorkerEpisode.Builder> SOCIAL_WORKER_EPISODE =
        record(
            new RecordCodec<SocialWorkerEpisode, ImmutableSocialWorkerEpisode.Builder>(SocialWorkerEpisode.class, SocialWorkerEpisode::builder, ImmutableSocialWorkerEpisode.Builder::build)
                .add("socialWorkerId", STRING, SocialWorkerEpisode::socialWorkerId, ImmutableSocialWorkerEpisode.Builder::socialWorkerId)
                .add("start", DATE, SocialWorkerEpisode::start, ImmutableSocialWorkerEpisode.Builder::start)
                .add("end", DATE, SocialWorkerEpisode::end, ImmutableSocialWorkerEpisode.Builder::end)
                .add("reasonEnded", code(SocialWorkerChangeReason.CODESET), SocialWorkerEpisode::reasonEnded, ImmutableSocialWorkerEpisode.Builder::reasonEnded)
                .add("dob", DATE, SocialWorkerEpisode::dob, ImmutableSocialWorkerEpisode.Builder::dob),
            ImmutableSocialWorkerEpisode.Builder::putAllUnparsed,
            ImmutableSocialWorkerEpisode.Builder::putAllAsWritten,
            ImmutableSocialWorkerEpisode.Builder::source);

    static final RecordCodec<DeprivationOfLiberty, ImmutableDeprivationOfLiberty.Builder> DEPRIVATION_OF_LIBERTY =
        record(
            new RecordCodec<DeprivationOfLiberty, ImmutableDeprivationOfLiberty.Builder>(DeprivationOfLiberty.class, DeprivationOfLiberty::builder, ImmutableDeprivationOfLiberty.Builder::build)
                .add("start", DATE, DeprivationOfLiberty::start, ImmutableDeprivationOfLiberty.Builder::start)
                .add("end", DATE, DeprivationOfLiberty::end, ImmutableDeprivationOfLiberty.Builder::end)
                .add("dob", DATE, DeprivationOfLiberty::dob, ImmutableDeprivationOfLiberty.Builder::dob),
            ImmutableDeprivationOfLiberty.Builder::putAllUnparsed,
            ImmutableDeprivationOfLiberty.Builder::putAllAsWritten,
            ImmutableDeprivationOfLiberty.Builder::source);

    static final RecordCodec<Child, ImmutableChild.Builder> CHILD =
        record(
            new RecordCodec<Child, ImmutableChild.Builder>(Child.class, Child::builder, ImmutableChild.Builder::build)
                .add("childId", identifier(ChildId::of), c -> Optional.of(c.childId()), ImmutableChild.Builder::childId)
                .add("sex", code(Sex.CODESET), Child::sex, ImmutableChild.Builder::sex)
                .add("dob", DATE, Child::dob, ImmutableChild.Builder::dob)
                .add("ethnicity", code(Ethnicity.CODESET), Child::ethnicity, ImmutableChild.Builder::ethnicity)
                .add("upn", identifier(Upn::of), Child::upn, ImmutableChild.Builder::upn)
                .add("motherStatus", code(MotherStatus.CODESET), Child::motherStatus, ImmutableChild.Builder::motherStatus)
                .add("motherChildDob", DATE, Child::motherChildDob, ImmutableChild.Builder::motherChildDob)
                .add("uascFlag", code(UascFlag.CODESET), Child::uascFlag, ImmutableChild.Builder::uascFlag)
                .list("episodes", EPISODE, Child::episodes, ImmutableChild.Builder::episodes)
                .list("reviews", REVIEW, Child::reviews, ImmutableChild.Builder::reviews)
                .list("uasc", UASC, Child::uasc, ImmutableChild.Builder::uasc)
                .list("healthOutcomes", HEALTH_OUTCOMES, Child::healthOutcomes, ImmutableChild.Builder::healthOutcomes)
                .list("careLeaverCheckpoints", CARE_LEAVER_CHECKPOINT, Child::careLeaverCheckpoints, ImmutableChild.Builder::careLeaverCheckpoints)
                .list("adoptions", ADOPTION, Child::adoptions, ImmutableChild.Builder::adoptions)
                .list("placedForAdoption", PLACED_FOR_ADOPTION, Child::placedForAdoption, ImmutableChild.Builder::placedForAdoption)
                .list("previousPermanence", PREVIOUS_PERMANENCE, Child::previousPermanence, ImmutableChild.Builder::previousPermanence)
                .list("missingEpisodes", MISSING_EPISODE, Child::missingEpisodes, ImmutableChild.Builder::missingEpisodes)
                .list("socialWorkerEpisodes", SOCIAL_WORKER_EPISODE, Child::socialWorkerEpisodes, ImmutableChild.Builder::socialWorkerEpisodes)
                .list("deprivationsOfLiberty", DEPRIVATION_OF_LIBERTY, Child::deprivationsOfLiberty, ImmutableChild.Builder::deprivationsOfLiberty),
            ImmutableChild.Builder::putAllUnparsed,
            ImmutableChild.Builder::putAllAsWritten,
            ImmutableChild.Builder::source);

    static final RecordCodec<Ssda903Return, ImmutableSsda903Return.Builder> RETURN =
        new RecordCodec<Ssda903Return, ImmutableSsda903Return.Builder>(Ssda903Return.class, Ssda903Return::builder, ImmutableSsda903Return.Builder::build)
            .add("year", YEAR, r -> Optional.of(r.year()), ImmutableSsda903Return.Builder::year)
            .add("la", identifier(LaCode::of), Ssda903Return::la, ImmutableSsda903Return.Builder::la)
            .list("children", CHILD, Ssda903Return::children, ImmutableSsda903Return.Builder::children);
  }
}

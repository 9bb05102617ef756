package io.github.cscreturns.serialization.json;

import static io.github.cscreturns.serialization.json.RecordCodec.BOOLEAN;
import static io.github.cscreturns.serialization.json.RecordCodec.DATE;
import static io.github.cscreturns.serialization.json.RecordCodec.DATE_TIME;
import static io.github.cscreturns.serialization.json.RecordCodec.INTEGER;
import static io.github.cscreturns.serialization.json.RecordCodec.STRING;
import static io.github.cscreturns.serialization.json.RecordCodec.UNPARSED;
import static io.github.cscreturns.serialization.json.RecordCodec.code;
import static io.github.cscreturns.serialization.json.RecordCodec.identifier;
import static io.github.cscreturns.serialization.json.RecordCodec.listOf;
import static io.github.cscreturns.serialization.json.RecordCodec.object;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.CinCodesets;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.SourceLevel;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableChildCharacteristics;
import io.github.cscreturns.core.cin.ImmutableChildDisability;
import io.github.cscreturns.core.cin.ImmutableChildIdentifiers;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import io.github.cscreturns.core.cin.ImmutableCinChild;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import io.github.cscreturns.core.cin.ImmutableCinHeader;
import io.github.cscreturns.core.cin.ImmutableCinPlanDates;
import io.github.cscreturns.core.cin.ImmutableCinReturn;
import io.github.cscreturns.core.cin.ImmutableCppReviews;
import io.github.cscreturns.core.cin.ImmutableSection47;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Jackson module for the Children in Need census model: register it on your {@code ObjectMapper}
 * ({@code mapper.registerModule(new CinJacksonModule())}), or use {@link CinJson#mapper()}.
 *
 * <p>The JSON form is that of the SSDA903 JSON ({@link Ssda903JacksonModule}):
 *
 * <ul>
 *   <li>Each record is an object whose properties are named as the Java accessors ({@code
 *       "referralDate"}, {@code "childProtectionPlans"}); an empty {@code Optional} or list is left
 *       out, and a {@code null} is read as empty. A return is {@code {"header": {...}, "children":
 *       [...]}}.
 *   <li>Dates are ISO text ({@code "2024-04-01"}), the header's date-time too ({@code
 *       "2024-05-01T10:15:30"}); codes are written as the DfE writes them ({@code "N4"}, {@code
 *       "true"}), never as enum names; identifiers as their text exactly. The assessment factors and
 *       review dates are the lists of text as written ({@code "factorTexts"}, {@code
 *       "reviewDateTexts"}).
 *   <li>Text that did not parse stays under {@code "unparsed"}, an object of DfE item name to text
 *       (blank text for an element written empty). A typed property must hold a value of its type:
 *       other text belongs in {@code "unparsed"}.
 *   <li>How the XML was laid out, where it is part of the value, is kept by flags written only when
 *       they differ from what the model would assume: {@code "collectionDetailsWritten"} and {@code
 *       "sourceWritten"} of the header, {@code "identifiersRecorded"} and {@code
 *       "disabilitiesGroupWritten"} of a child, {@code "factorsGroupWritten"} and {@code
 *       "factorsWrittenBare"} of an assessment.
 *   <li>Where a record was read from ({@code source()}) is not written: it is not part of the value.
 *   <li>Unknown properties are an error, naming the known ones, so that nothing is silently lost;
 *       errors name what was expected and the kind of value found, never the value.
 * </ul>
 *
 * <p>The mapping is hand-written, without reflection on the model, so the model needs no Jackson
 * annotations and the core module no Jackson dependency.
 *
 * @since 2022-23
 */
public final class CinJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module for every CIN census model type and CIN code; register it on an {@code ObjectMapper}. */
  public CinJacksonModule() {
    super("CinJacksonModule", Version.unknownVersion());
    for (Codeset<?> codeset : CinCodesets.all()) {
      RecordCodec.registerCodes(this, codeset);
    }
    RecordCodec.register(this, ChildId.class, identifier(ChildId::of));
    RecordCodec.register(this, Upn.class, identifier(Upn::of));
    RecordCodec.register(this, Codecs.HEADER);
    RecordCodec.register(this, Codecs.IDENTIFIERS);
    RecordCodec.register(this, Codecs.CHARACTERISTICS);
    RecordCodec.register(this, Codecs.DISABILITY);
    RecordCodec.register(this, Codecs.ASSESSMENT);
    RecordCodec.register(this, Codecs.CIN_PLAN_DATES);
    RecordCodec.register(this, Codecs.SECTION47);
    RecordCodec.register(this, Codecs.REVIEWS);
    RecordCodec.register(this, Codecs.CHILD_PROTECTION_PLAN);
    RecordCodec.register(this, Codecs.CIN_DETAILS);
    RecordCodec.register(this, Codecs.CHILD);
    RecordCodec.register(this, Codecs.RETURN);
    RecordCodec.register(this, LocalDate.class, DATE);
    RecordCodec.register(this, LocalDateTime.class, DATE_TIME);
  }




  /** The codecs of every CIN model type. */
  static final class Codecs {
    private Codecs() {}

    private static Optional<Integer> boxed(OptionalInt i) {
      return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }

    /**
     * A layout flag, written only where it differs from the value the model assumes when it is not
     * set (the model's {@code @Value.Default}), so that reading it back, or not, gives the same value.
     */
    private static <R> Function<R, Optional<Boolean>> flag(Predicate<R> value, Predicate<R> assumed) {
      return r -> value.test(r) == assumed.test(r) ? Optional.empty() : Optional.of(value.test(r));
    }

    /** Adds "unparsed", last, to the codec of a record; the source is not written. */
    private static <R extends CinRecord, B> RecordCodec<R, B> record(RecordCodec<R, B> codec, BiConsumer<B, Map<String, String>> unparsed) {
      return codec.add("unparsed", UNPARSED, r -> Optional.of(r.unparsed()).filter(m -> !m.isEmpty()), unparsed);
    }

    private static final RecordCodec.Kind<List<String>> TEXTS = listOf(STRING, "text");

    static final RecordCodec<CinHeader, ImmutableCinHeader.Builder> HEADER =
        record(
            new RecordCodec<CinHeader, ImmutableCinHeader.Builder>(CinHeader.class, CinHeader::builder, ImmutableCinHeader.Builder::build)
                .add("collection", code(CollectionName.CODESET), CinHeader::collection, ImmutableCinHeader.Builder::collection)
                .add("year", STRING, CinHeader::year, ImmutableCinHeader.Builder::year)
                .add("referenceDate", DATE, CinHeader::referenceDate, ImmutableCinHeader.Builder::referenceDate)
                .add("sourceLevel", code(SourceLevel.CODESET), CinHeader::sourceLevel, ImmutableCinHeader.Builder::sourceLevel)
                .add("lea", STRING, CinHeader::lea, ImmutableCinHeader.Builder::lea)
                .add("softwareCode", STRING, CinHeader::softwareCode, ImmutableCinHeader.Builder::softwareCode)
                .add("release", STRING, CinHeader::release, ImmutableCinHeader.Builder::release)
                .add("serialNo", STRING, CinHeader::serialNo, ImmutableCinHeader.Builder::serialNo)
                .add("dateTime", DATE_TIME, CinHeader::dateTime, ImmutableCinHeader.Builder::dateTime)
                // as CinHeader.collectionDetailsWritten() and sourceWritten() assume
                .add("collectionDetailsWritten", BOOLEAN,
                    flag(CinHeader::collectionDetailsWritten,
                        h -> h.collection().isPresent() || h.year().isPresent() || h.referenceDate().isPresent()
                            || h.unparsed().containsKey("Collection") || h.unparsed().containsKey("ReferenceDate")),
                    ImmutableCinHeader.Builder::collectionDetailsWritten)
                .add("sourceWritten", BOOLEAN,
                    flag(CinHeader::sourceWritten,
                        h -> h.sourceLevel().isPresent() || h.lea().isPresent() || h.softwareCode().isPresent()
                            || h.release().isPresent() || h.serialNo().isPresent() || h.dateTime().isPresent()
                            || h.unparsed().containsKey("SourceLevel") || h.unparsed().containsKey("DateTime")),
                    ImmutableCinHeader.Builder::sourceWritten),
            ImmutableCinHeader.Builder::putAllUnparsed);

    static final RecordCodec<ChildIdentifiers, ImmutableChildIdentifiers.Builder> IDENTIFIERS =
        record(
            new RecordCodec<ChildIdentifiers, ImmutableChildIdentifiers.Builder>(ChildIdentifiers.class, ChildIdentifiers::builder, ImmutableChildIdentifiers.Builder::build)
                .add("laChildId", identifier(ChildId::of), ChildIdentifiers::laChildId, ImmutableChildIdentifiers.Builder::laChildId)
                .add("upn", identifier(Upn::of), ChildIdentifiers::upn, ImmutableChildIdentifiers.Builder::upn)
                .add("formerUpn", identifier(Upn::of), ChildIdentifiers::formerUpn, ImmutableChildIdentifiers.Builder::formerUpn)
                .add("upnUnknown", code(UpnUnknownReason.CODESET), ChildIdentifiers::upnUnknown, ImmutableChildIdentifiers.Builder::upnUnknown)
                .add("birthDate", DATE, ChildIdentifiers::birthDate, ImmutableChildIdentifiers.Builder::birthDate)
                .add("expectedBirthDate", DATE, ChildIdentifiers::expectedBirthDate, ImmutableChildIdentifiers.Builder::expectedBirthDate)
                .add("genderCurrent", code(GenderCurrent.CODESET), ChildIdentifiers::genderCurrent, ImmutableChildIdentifiers.Builder::genderCurrent)
                .add("sex", code(Sex.CODESET), ChildIdentifiers::sex, ImmutableChildIdentifiers.Builder::sex)
                .add("deathDate", DATE, ChildIdentifiers::deathDate, ImmutableChildIdentifiers.Builder::deathDate),
            ImmutableChildIdentifiers.Builder::putAllUnparsed);

    static final RecordCodec<ChildCharacteristics, ImmutableChildCharacteristics.Builder> CHARACTERISTICS =
        record(
            new RecordCodec<ChildCharacteristics, ImmutableChildCharacteristics.Builder>(ChildCharacteristics.class, ChildCharacteristics::builder, ImmutableChildCharacteristics.Builder::build)
                .add("ethnicity", code(Ethnicity.CODESET), ChildCharacteristics::ethnicity, ImmutableChildCharacteristics.Builder::ethnicity),
            ImmutableChildCharacteristics.Builder::putAllUnparsed);

    static final RecordCodec<ChildDisability, ImmutableChildDisability.Builder> DISABILITY =
        record(
            new RecordCodec<ChildDisability, ImmutableChildDisability.Builder>(ChildDisability.class, ChildDisability::builder, ImmutableChildDisability.Builder::build)
                .add("disability", code(Disability.CODESET), ChildDisability::disability, ImmutableChildDisability.Builder::disability),
            ImmutableChildDisability.Builder::putAllUnparsed);

    static final RecordCodec<Assessment, ImmutableAssessment.Builder> ASSESSMENT =
        record(
            new RecordCodec<Assessment, ImmutableAssessment.Builder>(Assessment.class, Assessment::builder, ImmutableAssessment.Builder::build)
                .add("startDate", DATE, Assessment::startDate, ImmutableAssessment.Builder::startDate)
                .add("internalReviewDate", DATE, Assessment::internalReviewDate, ImmutableAssessment.Builder::internalReviewDate)
                .add("authorisationDate", DATE, Assessment::authorisationDate, ImmutableAssessment.Builder::authorisationDate)
                .add("factorTexts", TEXTS, a -> Optional.of(a.factorTexts()).filter(l -> !l.isEmpty()), ImmutableAssessment.Builder::factorTexts)
                // as Assessment.factorsGroupWritten() and factorsWrittenBare() assume
                .add("factorsGroupWritten", BOOLEAN,
                    flag(Assessment::factorsGroupWritten, a -> !a.factorTexts().isEmpty() && !a.factorsWrittenBare()),
                    ImmutableAssessment.Builder::factorsGroupWritten)
                .add("factorsWrittenBare", BOOLEAN, flag(Assessment::factorsWrittenBare, a -> false), ImmutableAssessment.Builder::factorsWrittenBare),
            ImmutableAssessment.Builder::putAllUnparsed);

    static final RecordCodec<CinPlanDates, ImmutableCinPlanDates.Builder> CIN_PLAN_DATES =
        record(
            new RecordCodec<CinPlanDates, ImmutableCinPlanDates.Builder>(CinPlanDates.class, CinPlanDates::builder, ImmutableCinPlanDates.Builder::build)
                .add("startDate", DATE, CinPlanDates::startDate, ImmutableCinPlanDates.Builder::startDate)
                .add("endDate", DATE, CinPlanDates::endDate, ImmutableCinPlanDates.Builder::endDate),
            ImmutableCinPlanDates.Builder::putAllUnparsed);

    static final RecordCodec<Section47, ImmutableSection47.Builder> SECTION47 =
        record(
            new RecordCodec<Section47, ImmutableSection47.Builder>(Section47.class, Section47::builder, ImmutableSection47.Builder::build)
                .add("startDate", DATE, Section47::startDate, ImmutableSection47.Builder::startDate)
                .add("initialCpcTarget", DATE, Section47::initialCpcTarget, ImmutableSection47.Builder::initialCpcTarget)
                .add("dateOfInitialCpc", DATE, Section47::dateOfInitialCpc, ImmutableSection47.Builder::dateOfInitialCpc)
                .add("icpcNotRequired", code(YesNo.CODESET), Section47::icpcNotRequired, ImmutableSection47.Builder::icpcNotRequired),
            ImmutableSection47.Builder::putAllUnparsed);

    static final RecordCodec<CppReviews, ImmutableCppReviews.Builder> REVIEWS =
        record(
            new RecordCodec<CppReviews, ImmutableCppReviews.Builder>(CppReviews.class, CppReviews::builder, ImmutableCppReviews.Builder::build)
                .add("reviewDateTexts", TEXTS, r -> Optional.of(r.reviewDateTexts()).filter(l -> !l.isEmpty()), ImmutableCppReviews.Builder::reviewDateTexts),
            ImmutableCppReviews.Builder::putAllUnparsed);

    static final RecordCodec<ChildProtectionPlan, ImmutableChildProtectionPlan.Builder> CHILD_PROTECTION_PLAN =
        record(
            new RecordCodec<ChildProtectionPlan, ImmutableChildProtectionPlan.Builder>(ChildProtectionPlan.class, ChildProtectionPlan::builder, ImmutableChildProtectionPlan.Builder::build)
                .add("startDate", DATE, ChildProtectionPlan::startDate, ImmutableChildProtectionPlan.Builder::startDate)
                .add("endDate", DATE, ChildProtectionPlan::endDate, ImmutableChildProtectionPlan.Builder::endDate)
                .add("initialCategoryOfAbuse", code(CategoryOfAbuse.CODESET), ChildProtectionPlan::initialCategoryOfAbuse, ImmutableChildProtectionPlan.Builder::initialCategoryOfAbuse)
                .add("latestCategoryOfAbuse", code(CategoryOfAbuse.CODESET), ChildProtectionPlan::latestCategoryOfAbuse, ImmutableChildProtectionPlan.Builder::latestCategoryOfAbuse)
                .add("numberOfPreviousPlans", INTEGER, p -> boxed(p.numberOfPreviousPlans()), (b, n) -> b.numberOfPreviousPlans(n))
                .list("reviews", REVIEWS, ChildProtectionPlan::reviews, ImmutableChildProtectionPlan.Builder::reviews),
            ImmutableChildProtectionPlan.Builder::putAllUnparsed);

    static final RecordCodec<CinDetails, ImmutableCinDetails.Builder> CIN_DETAILS =
        record(
            new RecordCodec<CinDetails, ImmutableCinDetails.Builder>(CinDetails.class, CinDetails::builder, ImmutableCinDetails.Builder::build)
                .add("referralDate", DATE, CinDetails::referralDate, ImmutableCinDetails.Builder::referralDate)
                .add("referralSource", code(ReferralSource.CODESET), CinDetails::referralSource, ImmutableCinDetails.Builder::referralSource)
                .add("primaryNeed", code(PrimaryNeed.CODESET), CinDetails::primaryNeed, ImmutableCinDetails.Builder::primaryNeed)
                .add("closureDate", DATE, CinDetails::closureDate, ImmutableCinDetails.Builder::closureDate)
                .add("reasonForClosure", code(ReasonForClosure.CODESET), CinDetails::reasonForClosure, ImmutableCinDetails.Builder::reasonForClosure)
                .add("dateOfInitialCpc", DATE, CinDetails::dateOfInitialCpc, ImmutableCinDetails.Builder::dateOfInitialCpc)
                .add("referralNfa", code(YesNo.CODESET), CinDetails::referralNfa, ImmutableCinDetails.Builder::referralNfa)
                .list("assessments", ASSESSMENT, CinDetails::assessments, ImmutableCinDetails.Builder::assessments)
                .list("cinPlanDates", CIN_PLAN_DATES, CinDetails::cinPlanDates, ImmutableCinDetails.Builder::cinPlanDates)
                .list("section47", SECTION47, CinDetails::section47, ImmutableCinDetails.Builder::section47)
                .list("childProtectionPlans", CHILD_PROTECTION_PLAN, CinDetails::childProtectionPlans, ImmutableCinDetails.Builder::childProtectionPlans),
            ImmutableCinDetails.Builder::putAllUnparsed);

    static final RecordCodec<CinChild, ImmutableCinChild.Builder> CHILD =
        new RecordCodec<CinChild, ImmutableCinChild.Builder>(CinChild.class, CinChild::builder, ImmutableCinChild.Builder::build)
            .add("identifiers", object(IDENTIFIERS), c -> Optional.of(c.identifiers()), ImmutableCinChild.Builder::identifiers)
            // as CinChild.identifiersRecorded() and disabilitiesGroupWritten() assume
            .add("identifiersRecorded", BOOLEAN, flag(CinChild::identifiersRecorded, c -> true), ImmutableCinChild.Builder::identifiersRecorded)
            .add("characteristics", object(CHARACTERISTICS), CinChild::characteristics, ImmutableCinChild.Builder::characteristics)
            .add("disabilitiesGroupWritten", BOOLEAN,
                flag(CinChild::disabilitiesGroupWritten, c -> !c.disabilities().isEmpty()), ImmutableCinChild.Builder::disabilitiesGroupWritten)
            .list("disabilities", DISABILITY, CinChild::disabilities, ImmutableCinChild.Builder::disabilities)
            .list("cinDetails", CIN_DETAILS, CinChild::cinDetails, ImmutableCinChild.Builder::cinDetails);

    static final RecordCodec<CinReturn, ImmutableCinReturn.Builder> RETURN =
        new RecordCodec<CinReturn, ImmutableCinReturn.Builder>(CinReturn.class, CinReturn::builder, ImmutableCinReturn.Builder::build)
            .add("header", object(HEADER), CinReturn::header, ImmutableCinReturn.Builder::header)
            .list("children", CHILD, CinReturn::children, ImmutableCinReturn.Builder::children);
  }
}

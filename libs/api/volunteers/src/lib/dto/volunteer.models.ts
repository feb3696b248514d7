import { AtMostCharacters, GenderModel, LanguageLevelModel, Paginated, WholeNumber, enumOf } from '@brobygger/api/util';
import {
  AVAILABILITY_SLOTS,
  type AvailabilitySlot,
  CHILD_CERTIFICATE_STATUSES,
  type ChildCertificateStatus,
  type Gender,
  type LanguageLevel,
  NOTES_MAX_LENGTH,
  TRAVEL_DISTANCE_KM,
  VOLUNTEER_CAPACITY,
  VOLUNTEER_ROLES,
  VOLUNTEER_STATUSES,
  type VolunteerRole,
  type VolunteerStatus,
} from '@brobygger/shared/rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const VolunteerRoleModel = enumOf(VOLUNTEER_ROLES);
registerEnumType(VolunteerRoleModel, { name: 'VolunteerRole', description: 'What a volunteer signs up as.' });

export const VolunteerStatusModel = enumOf(VOLUNTEER_STATUSES);
registerEnumType(VolunteerStatusModel, {
  name: 'VolunteerStatus',
  description: 'DRAFT (wizard not submitted) → APPLIED → SCREENED → APPROVED, or REJECTED with a reason.',
});

export const AvailabilitySlotModel = enumOf(AVAILABILITY_SLOTS);
registerEnumType(AvailabilitySlotModel, {
  name: 'AvailabilitySlot',
  description: 'A weekly slot: a day and a part of the day, e.g. MON_EVENING.',
});

export const ChildCertificateStatusModel = enumOf(CHILD_CERTIFICATE_STATUSES);
registerEnumType(ChildCertificateStatusModel, {
  name: 'ChildCertificateStatus',
  description: 'A volunteer’s child certificate (børneattest): only its status is kept, never the certificate.',
});

@ObjectType('VolunteerLanguage')
export class VolunteerLanguageModel {
  @Field(() => String)
  code!: string;

  @Field(() => LanguageLevelModel)
  level!: LanguageLevel;
}

@InputType()
export class VolunteerLanguageInput {
  @Field(() => String)
  code!: string;

  @Field(() => LanguageLevelModel)
  level!: LanguageLevel;
}

@ObjectType('CompletedTraining')
export class CompletedTrainingModel {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO date' })
  completedOn!: string;
}

@ObjectType('VolunteerProfile', { description: 'A volunteer’s profile, for the volunteer and the coordinators.' })
export class VolunteerProfileModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => VolunteerStatusModel)
  status!: VolunteerStatus;

  @Field(() => [VolunteerRoleModel])
  roles!: VolunteerRole[];

  @Field(() => [VolunteerLanguageModel])
  languages!: VolunteerLanguageModel[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => ID, { nullable: true })
  localityId!: string | null;

  @Field(() => Int)
  maxDistanceKm!: number;

  @Field(() => [AvailabilitySlotModel])
  availability!: AvailabilitySlot[];

  @Field(() => Int)
  capacity!: number;

  @Field(() => GenderModel, { nullable: true })
  gender!: Gender | null;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;

  @Field(() => String)
  introduction!: string;

  @Field(() => Boolean)
  worksWithChildren!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to the volunteer when rejected.' })
  rejectionReason!: string | null;

  @Field(() => ChildCertificateStatusModel)
  childCertificateStatus!: ChildCertificateStatus;

  @Field(() => String, { nullable: true })
  childCertificateRequestedOn!: string | null;

  @Field(() => String, { nullable: true })
  childCertificateCheckedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When the child certificate must be renewed (ISO date).' })
  childCertificateRenewalDue!: string | null;

  @Field(() => [CompletedTrainingModel])
  trainings!: CompletedTrainingModel[];

  @Field(() => Boolean, { description: 'On a pause now: not offered new proposals.' })
  paused!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The pause ends on this ISO date (proposals again from then); null: until resumed.',
  })
  pausedUntil!: string | null;

  @Field(() => Date, { nullable: true, description: 'When they left the programme.' })
  leftAt!: Date | null;
}

/** Coordinators also see their screening note. */
@ObjectType('VolunteerForCoordinator')
export class VolunteerForCoordinatorModel extends VolunteerProfileModel {
  @Field(() => String, { nullable: true })
  screeningNote!: string | null;
}

@ObjectType('VolunteerPage', { description: 'One page of the municipality’s volunteers.' })
export class VolunteerPageModel extends Paginated(
  VolunteerForCoordinatorModel,
  'All volunteers with this status, across pages.',
) {}

@InputType({ description: 'The sign-up wizard’s fields; all may be saved unfinished and resumed.' })
export class VolunteerProfileInput {
  @Field(() => String, { defaultValue: '' })
  firstName!: string;

  @Field(() => String, { defaultValue: '' })
  lastName!: string;

  @Field(() => [VolunteerRoleModel], { defaultValue: [] })
  roles!: VolunteerRole[];

  @Field(() => [VolunteerLanguageInput], { defaultValue: [] })
  languages!: VolunteerLanguageInput[];

  @Field(() => [String], { defaultValue: [] })
  interests!: string[];

  @Field(() => ID, { nullable: true })
  localityId?: string | null;

  @Field(() => Int, { defaultValue: 10 })
  @WholeNumber(TRAVEL_DISTANCE_KM.min, TRAVEL_DISTANCE_KM.max)
  maxDistanceKm!: number;

  @Field(() => [AvailabilitySlotModel], { defaultValue: [] })
  availability!: AvailabilitySlot[];

  @Field(() => Int, { defaultValue: 1, description: 'How many people they can take on at once.' })
  @WholeNumber(VOLUNTEER_CAPACITY.min, VOLUNTEER_CAPACITY.max)
  capacity!: number;

  @Field(() => GenderModel, { nullable: true })
  gender?: Gender | null;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => String, { defaultValue: '' })
  @AtMostCharacters(NOTES_MAX_LENGTH)
  introduction!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Regular contact with children under 15.' })
  worksWithChildren!: boolean;
}

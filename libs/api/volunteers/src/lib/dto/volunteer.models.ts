import { Paginated } from '@brobygger/api/util';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VolunteerLanguage')
export class VolunteerLanguageModel {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'native, fluent, conversational or basic' })
  level!: string;
}

@InputType()
export class VolunteerLanguageInput {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'native, fluent, conversational or basic' })
  level!: string;
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

  @Field(() => String, { description: 'draft, applied, screened, approved or rejected' })
  status!: string;

  @Field(() => [String], { description: 'mentor, leisure-guide, group-facilitator' })
  roles!: string[];

  @Field(() => [VolunteerLanguageModel])
  languages!: VolunteerLanguageModel[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => ID, { nullable: true })
  localityId!: string | null;

  @Field(() => Int)
  maxDistanceKm!: number;

  @Field(() => [String], { description: 'Weekly slots such as mon-evening.' })
  availability!: string[];

  @Field(() => Int)
  capacity!: number;

  @Field(() => String, { nullable: true })
  gender!: string | null;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;

  @Field(() => String)
  introduction!: string;

  @Field(() => Boolean)
  worksWithChildren!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to the volunteer when rejected.' })
  rejectionReason!: string | null;

  @Field(() => String, { description: 'not-needed, requested, clear or needs-assessment' })
  childCertificateStatus!: string;

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

  @Field(() => [String], { defaultValue: [] })
  roles!: string[];

  @Field(() => [VolunteerLanguageInput], { defaultValue: [] })
  languages!: VolunteerLanguageInput[];

  @Field(() => [String], { defaultValue: [] })
  interests!: string[];

  @Field(() => ID, { nullable: true })
  localityId?: string | null;

  @Field(() => Int, { defaultValue: 10 })
  maxDistanceKm!: number;

  @Field(() => [String], { defaultValue: [] })
  availability!: string[];

  @Field(() => Int, { defaultValue: 1, description: 'How many people they can take on at once.' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'female, male or other' })
  gender?: string | null;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => String, { defaultValue: '' })
  introduction!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Regular contact with children under 15.' })
  worksWithChildren!: boolean;
}

import { registerEnumType } from '@nestjs/graphql';

/** Why a volunteer's application, vetting step or pause was refused. */
export enum VolunteersErrorReason {
  CHILD_CERTIFICATE_NEEDED = 'CHILD_CERTIFICATE_NEEDED',
  VOLUNTEER_STEP_NOT_POSSIBLE = 'VOLUNTEER_STEP_NOT_POSSIBLE',
  APPLICATION_ALREADY_HANDLED = 'APPLICATION_ALREADY_HANDLED',
  NO_VOLUNTEER_PROFILE = 'NO_VOLUNTEER_PROFILE',
  LEFT_PROGRAMME = 'LEFT_PROGRAMME',
  NOT_ON_PAUSE = 'NOT_ON_PAUSE',
}

registerEnumType(VolunteersErrorReason, {
  name: 'VolunteersErrorReason',
  description: 'Why a volunteer’s application, vetting step or pause was refused.',
  valuesMap: {
    CHILD_CERTIFICATE_NEEDED: {
      description: 'The volunteer will meet children under 15: a clear child certificate comes before approval.',
    },
    VOLUNTEER_STEP_NOT_POSSIBLE: { description: 'The volunteer’s status (`details.status`) does not allow this step.' },
    APPLICATION_ALREADY_HANDLED: { description: 'The application has been handled; the coordinator can change it.' },
    NO_VOLUNTEER_PROFILE: { description: 'The account has no volunteer profile yet.' },
    LEFT_PROGRAMME: { description: 'The volunteer has left the programme.' },
    NOT_ON_PAUSE: { description: 'The volunteer is not on a pause.' },
  },
});

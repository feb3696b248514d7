export * from './lib/volunteer-options';
export {
  MyVolunteerProfileGQL,
  type OwnVolunteerProfileFragment,
  SaveMyVolunteerProfileGQL,
  VolunteerFormOptionsGQL,
  type VolunteerFormOptionsQuery,
  type VolunteerProfileInput,
} from './lib/graphql.generated';

export * from './lib/volunteer.entity';
export * from './lib/volunteers.errors';
export * from './lib/volunteer-profile.rules';
export * from './lib/volunteers.service';
export * from './lib/volunteers.module';
export {
  AvailabilitySlotModel,
  ChildCertificateStatusModel,
  VolunteerRoleModel,
  VolunteerStatusModel,
} from './lib/dto/volunteer.models';

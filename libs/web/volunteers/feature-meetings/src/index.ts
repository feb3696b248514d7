export * from './lib/meetings.routes';
export { VolunteerAvailabilityComponent } from './lib/volunteer-availability.component';

export * from './lib/volunteer-availability.component';

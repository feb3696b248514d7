/* Test data, built by each test for itself, written through the test's own (owner) connection. */
export * from './account.factory';
export * from './association.factory';
export * from './match.factory';
export * from './municipality.factory';
export * from './offer.factory';
export * from './participant.factory';
export * from './test-password';
export * from './volunteer.factory';
export * from './mentoring.factory';
export * from './mentorship.factory';
export * from './referral.factory';

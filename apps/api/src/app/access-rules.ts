import type { Role } from '@brobygger/api/util';

/**
 * Who may call each root field: the rule table. The resolvers declare the same with @Public() and
 * @Roles(...); the access-matrix integration test calls every field as every role (and anonymously)
 * and fails when the behaviour and this table disagree, or when a field is missing here.
 */
export const ACCESS_RULES: Record<string, 'public' | readonly Role[]> = {
  // Public catalogue and reference data.
  'Query.activities': 'public',
  'Query.associations': 'public',
  'Query.languages': 'public',
  'Query.localities': 'public',
  'Query.publishedOffers': 'public',
  // Accounts.
  'Query.me': ['administrator', 'coordinator', 'volunteer', 'association-representative'],
  'Query.demoOutbox': ['administrator'],
  'Mutation.signUp': 'public',
  'Mutation.confirmEmail': 'public',
  'Mutation.signIn': 'public',
  'Mutation.requestPasswordReset': 'public',
  'Mutation.resetPassword': 'public',
  'Mutation.acceptInvitation': 'public',
  'Mutation.signOut': ['administrator', 'coordinator', 'volunteer', 'association-representative'],
  'Mutation.signOutEverywhere': ['administrator', 'coordinator', 'volunteer', 'association-representative'],
  'Mutation.inviteAccount': ['administrator', 'coordinator'],
  'Query.pendingInvitations': ['administrator', 'coordinator'],
  'Query.coordinators': ['coordinator'],
  // Associations and their offers: representatives manage their own association; coordinators help.
  'Query.myAssociations': ['association-representative'],
  'Mutation.registerAssociation': ['coordinator', 'administrator'],
  'Query.associationOffers': ['association-representative', 'coordinator'],
  'Mutation.updateAssociationProfile': ['association-representative', 'coordinator'],
  'Mutation.createOffer': ['association-representative', 'coordinator'],
  'Mutation.updateOffer': ['association-representative', 'coordinator'],
  'Mutation.publishOffer': ['association-representative', 'coordinator'],
  'Mutation.closeOffer': ['association-representative', 'coordinator'],
  'Mutation.deleteOffer': ['association-representative', 'coordinator'],
  // Referrals to an association's offers and event registrations: the minimum about each person.
  'Query.associationReferrals': ['association-representative', 'coordinator'],
  'Mutation.confirmReferralFirstSession': ['association-representative'],
  'Mutation.reportReferralOutcome': ['association-representative'],
  'Query.eventRegistrations': ['association-representative', 'coordinator'],
  // Partnership agreements: the municipality's staff register them; associations read their own.
  'Query.partnerAssociations': ['coordinator', 'administrator'],
  'Mutation.registerPartnershipAgreement': ['coordinator', 'administrator'],
  'Mutation.updatePartnershipAgreement': ['coordinator', 'administrator'],
  'Mutation.endPartnershipAgreement': ['coordinator', 'administrator'],
  // Volunteers: their own profile; coordinators vet.
  'Query.myVolunteerProfile': ['volunteer'],
  'Mutation.saveMyVolunteerProfile': ['volunteer'],
  'Query.volunteers': ['coordinator'],
  'Query.volunteer': ['coordinator'],
  'Mutation.screenVolunteer': ['coordinator'],
  'Mutation.approveVolunteer': ['coordinator'],
  'Mutation.rejectVolunteer': ['coordinator'],
  'Mutation.recordChildCertificate': ['coordinator'],
  'Mutation.recordTraining': ['coordinator'],
  'Mutation.pauseMyVolunteering': ['volunteer'],
  'Mutation.resumeMyVolunteering': ['volunteer'],
  'Mutation.leaveVolunteering': ['volunteer'],
  // Matching and the match lifecycle.
  'Mutation.runMatching': ['coordinator'],
  'Query.matches': ['coordinator'],
  'Mutation.approveMatch': ['coordinator'],
  'Mutation.respondToMatch': ['volunteer', 'association-representative'],
  'Mutation.recordParticipantResponse': ['coordinator'],
  'Mutation.endMatch': ['coordinator'],
  'Query.myMatches': ['volunteer'],
  'Query.waitingParticipants': ['coordinator'],
  'Query.idleVolunteers': ['coordinator'],
  // Follow-up: coordinators' check-ins at 1 and 3 months; the volunteer's own meeting log.
  'Query.dueCheckIns': ['coordinator'],
  'Mutation.recordCheckIn': ['coordinator'],
  'Query.matchMeetingLog': ['coordinator'],
  'Query.myMeetingLog': ['volunteer'],
  'Mutation.logMeeting': ['volunteer'],
  'Query.matchingRuns': ['coordinator'],
  // Fritidspas: administrators set the budget; coordinators grant against it.
  'Mutation.setFritidspasBudget': ['administrator'],
  'Query.fritidspasBudget': ['administrator', 'coordinator'],
  'Mutation.grantFritidspas': ['coordinator'],
  'Query.fritidspasGrants': ['coordinator'],
  'Query.fritidspasHouseholds': ['coordinator'],
  'Mutation.recordFritidspasRetention': ['coordinator'],
  // Participant data: coordinators only; administrators read the access log, not the case.
  'Query.participants': ['coordinator'],
  'Query.participant': ['coordinator'],
  'Mutation.registerParticipant': ['coordinator'],
  'Mutation.updateParticipant': ['coordinator'],
  'Query.participantAccessLog': ['administrator'],
};

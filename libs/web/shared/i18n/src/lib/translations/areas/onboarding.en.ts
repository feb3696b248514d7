import type { onboardingDa } from './onboarding.da';

/** English texts for onboarding: new associations, their first representative, staff invitations. */
export const onboardingEn: Record<keyof typeof onboardingDa, string> = {
  'onboarding.nav.admin': 'Users',
  'onboarding.nav.registerAssociation': 'Register a new association',

  'onboarding.loading': 'Loading …',
  'onboarding.loadError': 'The page could not be loaded. Please try again shortly.',
  'onboarding.retry': 'Try again',
  'onboarding.emailLanguage': 'Language of our emails to the person',

  'onboarding.register.title': 'Register a new association',
  'onboarding.register.back': 'Associations and partnership agreements',
  'onboarding.register.intro':
    'Register the association and invite its first representative. The representative completes the rest of the profile and publishes the association’s offers.',
  'onboarding.register.associationLegend': 'The association',
  'onboarding.register.name': 'Name of the association',
  'onboarding.register.cvr': 'CVR number (optional)',
  'onboarding.register.cvrHint': '8 digits. Leave it out if the association has no CVR number.',
  'onboarding.register.kind': 'Kind of association',
  'onboarding.register.locality': 'Town',
  'onboarding.register.representativeLegend': 'First representative',
  'onboarding.register.representativeHint':
    'The person gets an email with a link to choose a password. Then they can keep the association’s profile up to date, publish offers and receive referrals.',
  'onboarding.register.displayName': 'Representative’s name',
  'onboarding.register.email': 'Representative’s email address',
  'onboarding.register.submit': 'Register the association and send the invitation',
  'onboarding.register.doneHeading': '{name} is registered',
  'onboarding.register.invited': 'We have sent an invitation to {person} at {email}.',
  'onboarding.register.nextHeading': 'What happens next?',
  'onboarding.register.nextLink':
    '{person} opens the link in the email and chooses a password. The link works for {days} days, up to and including {date}.',
  'onboarding.register.nextProfile':
    'Then {person} signs in and completes the association’s profile: description, address and contact people.',
  'onboarding.register.nextOffers':
    'Once the association has published an offer, for example a trial membership, you can match participants with it.',
  'onboarding.register.another': 'Register another association',
  'onboarding.register.toList': 'Go to associations and partnership agreements',

  'onboarding.problem.name': 'Enter the association’s name',
  'onboarding.problem.nameTooLong': 'The association’s name can be at most 200 characters',
  'onboarding.problem.cvrFormat': 'Enter the CVR number as 8 digits, for example 12345678',
  'onboarding.problem.cvrInvalid':
    'The CVR number is not valid: its digits do not match the check digit of CVR numbers. Check that it is typed correctly',
  'onboarding.problem.cvrTaken': '{name} is already registered with this CVR number',
  'onboarding.problem.cvrTakenUnknown': 'Another association is already registered with this CVR number',
  'onboarding.problem.locality': 'Choose the town the association belongs to',
  'onboarding.problem.displayName': 'Enter the person’s name',
  'onboarding.problem.email': 'Enter a valid email address, for example name@association.dk',
  'onboarding.problem.emailElsewhere':
    'The email address belongs to an account in another municipality. Use a different email address',

  'onboarding.admin.title': 'Users and invitations',
  'onboarding.admin.intro':
    'Invite a new coordinator or administrator. The person gets an email with a link to choose a password.',
  'onboarding.admin.inviteHeading': 'Invite a staff member',
  'onboarding.admin.displayName': 'Name',
  'onboarding.admin.email': 'Email address',
  'onboarding.admin.role': 'Role',
  'onboarding.admin.roleHint':
    'Coordinators work with participants, volunteers and associations. Administrators manage users, budgets and agreements.',
  'onboarding.admin.submit': 'Send invitation',
  'onboarding.admin.sent': 'The invitation has been sent to {email}. The link works up to and including {date}.',
  'onboarding.admin.pendingHeading': 'Invitations waiting for an answer',
  'onboarding.admin.pendingIntro': 'Invitations nobody has accepted yet and that have not expired.',
  'onboarding.admin.pendingEmpty': 'There are no invitations waiting for an answer.',
  'onboarding.admin.pendingError': 'The invitations could not be loaded. Please try again shortly.',
  'onboarding.admin.person': 'Person',
  'onboarding.admin.association': 'Association',
  'onboarding.admin.invitedAt': 'Invited',
  'onboarding.admin.expiresAt': 'Link works until',
  'onboarding.admin.noAssociation': 'None',
  'onboarding.admin.representatives': 'Association representatives are invited when the association is registered:',

  'onboarding.accepted.representative':
    'When you sign in, you come to your association’s page, where you complete the profile and publish offers.',
  'onboarding.accepted.staff': 'When you sign in, you come to the pages you will work in.',
  'onboarding.accepted.signIn': 'Sign in',
  'onboarding.profile.incompleteHeading': 'Complete your association’s profile',
  'onboarding.profile.incompleteBody':
    'The municipality has registered {name}. Fill in what is missing, so participants and the municipality can see who you are:',
  'onboarding.profile.missing.description': 'a description of the association',
  'onboarding.profile.missing.address': 'the association’s address',
  'onboarding.profile.missing.contactPeople': 'at least one contact person',
  'onboarding.profile.then': 'Save the profile, then publish your first offer, for example a trial membership.',
  'onboarding.profile.start': 'Fill in the profile',
};

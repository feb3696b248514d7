import type { MigrationInterface } from 'typeorm';
import { AddMatchProviderKeysAndOfferPublishDates1796210794655 } from './1796210794655-AddMatchProviderKeysAndOfferPublishDates';
import { ThrottleSignInsAtomically1796210906204 } from './1796210906204-ThrottleSignInsAtomically';
import { LinkVolunteersToTheirAccounts1795756765290 } from './1795756765290-LinkVolunteersToTheirAccounts';
import { AddAssociationRegistrationAndRepresentativeInvitations1795753114155 } from './1795753114155-AddAssociationRegistrationAndRepresentativeInvitations';
import { AddFollowUpsMeetingLogAndVolunteerPauses1795750144558 } from './1795750144558-AddFollowUpsMeetingLogAndVolunteerPauses';
import { AddPartnershipAgreementsAndFirstSessions1795750073019 } from './1795750073019-AddPartnershipAgreementsAndFirstSessions';
import { CreateFritidspasBudgetsAndGrants1795744773915 } from './1795744773915-CreateFritidspasBudgetsAndGrants';
import { AddParticipantIntakeDetails1795744513507 } from './1795744513507-AddParticipantIntakeDetails';
import { CreateMatchesAndMatchingRuns1795744010575 } from './1795744010575-CreateMatchesAndMatchingRuns';
import { AddVolunteerVetting1795743750195 } from './1795743750195-AddVolunteerVetting';
import { AddAssociationProfilesAndOfferDetails1795743082688 } from './1795743082688-AddAssociationProfilesAndOfferDetails';
import { CreateAccessLog1795741874792 } from './1795741874792-CreateAccessLog';
import { CreateAccountsAndSessions1795741456110 } from './1795741456110-CreateAccountsAndSessions';
import { AddTenantRowLevelSecurity1795741500000 } from './1795741500000-AddTenantRowLevelSecurity';
import { CreateReferenceData1795739600000 } from './1795739600000-CreateReferenceData';
import { CreateAssociationsAndOffers1795739700000 } from './1795739700000-CreateAssociationsAndOffers';
import { CreateVolunteersAndParticipants1795739800000 } from './1795739800000-CreateVolunteersAndParticipants';
import { CreateMailOutbox1795756833315 } from './1795756833315-CreateMailOutbox';
import { LetTheAppDeleteOnlyExpiredAccessLogEntries1796210673717 } from './1796210673717-LetTheAppDeleteOnlyExpiredAccessLogEntries';
import { LetTheAppReadWhichMigrationsRan1796210673716 } from './1796210673716-LetTheAppReadWhichMigrationsRan';

/**
 * Every migration, in order. Listed explicitly because the api is bundled by webpack, where a glob
 * would find nothing. `npm run db:generate -- <Intent>` adds the new one here.
 */
export const migrations: (new () => MigrationInterface)[] = [
  CreateReferenceData1795739600000,
  CreateAssociationsAndOffers1795739700000,
  CreateVolunteersAndParticipants1795739800000,
  CreateAccountsAndSessions1795741456110,
  AddTenantRowLevelSecurity1795741500000,
  CreateAccessLog1795741874792,
  AddAssociationProfilesAndOfferDetails1795743082688,
  AddVolunteerVetting1795743750195,
  CreateMatchesAndMatchingRuns1795744010575,
  AddParticipantIntakeDetails1795744513507,
  CreateFritidspasBudgetsAndGrants1795744773915,
  AddPartnershipAgreementsAndFirstSessions1795750073019,
  AddFollowUpsMeetingLogAndVolunteerPauses1795750144558,
  AddAssociationRegistrationAndRepresentativeInvitations1795753114155,
  LinkVolunteersToTheirAccounts1795756765290,
  CreateMailOutbox1795756833315,
  LetTheAppReadWhichMigrationsRan1796210673716,
  LetTheAppDeleteOnlyExpiredAccessLogEntries1796210673717,
  AddMatchProviderKeysAndOfferPublishDates1796210794655,
  ThrottleSignInsAtomically1796210906204,
];

import type { DataSource, EntityManager } from 'typeorm';
import { TENANT_SETTING } from '@brobygger/api/database';
import { AccountEntity, AccountRoleEntity, hashPassword } from '@brobygger/api/accounts';
import {
  AssociationEntity,
  type AssociationKind,
  AssociationRepresentativeEntity,
  OfferEntity,
  type OfferKind,
} from '@brobygger/api/associations';
import { ParticipantEntity } from '@brobygger/api/participants';
import { ActivityEntity, LanguageEntity, LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import { parseCsv, type Role } from '@brobygger/api/util';
import { type SpokenLanguage, VolunteerEntity, type VolunteerRole } from '@brobygger/api/volunteers';
import type { AvailabilitySlot, Need } from '@brobygger/shared/rules';
import { seedDemoAssociationInbox } from './demo-association-inbox';
import { seedDemoFollowUp } from './demo-follow-up';
import { ACTIVITIES_CSV } from './reference/activities.csv';
import { LANGUAGES_CSV } from './reference/languages.csv';
import { LOCALITIES_CSV } from './reference/localities.csv';

export const DEMO_MUNICIPALITY = { code: '250', name: 'Frederikssund Kommune' };

/** Demo sign-ins, one per role (printed at start in demo mode; never created in production). */
export const DEMO_PASSWORD = 'Frederikssund-demo-2026';
export const DEMO_SIGN_INS: readonly { role: Role; email: string; displayName: string }[] = [
  { role: 'administrator', email: 'administrator@demo.brobygger.dk', displayName: 'Anne Andersen' },
  { role: 'coordinator', email: 'koordinator@demo.brobygger.dk', displayName: 'Karin Kristensen' },
  // Mette Hansen, an approved mentor in Frederikssund.
  { role: 'volunteer', email: 'frivillig@demo.brobygger.dk', displayName: 'Mette Hansen' },
  // Represents Frederikssund Idrætsforening.
  { role: 'association-representative', email: 'forening@demo.brobygger.dk', displayName: 'Peter Pedersen' },
];

type Town = 'Frederikssund' | 'Jægerspris' | 'Slangerup' | 'Skibby' | 'Kulhuse';

interface DemoAssociation {
  name: string;
  kind: AssociationKind;
  town: Town;
  address: string;
  description: string;
  offers: {
    kind: OfferKind;
    title: string;
    description: string;
    activity: string | null;
    ageMin?: number;
    ageMax?: number;
    womenOnly?: boolean;
    languages: string[];
    capacity: number;
    status: 'draft' | 'published';
    /** Days from the seeding date, for events. */
    inDays?: number;
  }[];
}

const ASSOCIATIONS: DemoAssociation[] = [
  {
    name: 'Frederikssund Idrætsforening',
    kind: 'sports',
    town: 'Frederikssund',
    address: 'Idrætsvej 4, 3600 Frederikssund',
    description: 'Fodbold, håndbold og atletik for alle aldre.',
    offers: [
      {
        kind: 'fritidspas',
        title: 'Fodbold for børn 7–12 år',
        description: 'Træning tirsdag og torsdag. Fritidspas dækker kontingent og fodboldstøvler.',
        activity: 'football',
        ageMin: 7,
        ageMax: 12,
        languages: ['da', 'en'],
        capacity: 6,
        status: 'published',
      },
      {
        kind: 'trial-membership',
        title: 'Prøvemedlemskab: atletik for voksne',
        description: 'Tre måneders gratis prøvetræning.',
        activity: 'athletics',
        ageMin: 18,
        languages: ['da', 'en', 'ar'],
        capacity: 4,
        status: 'published',
      },
    ],
  },
  {
    name: 'Jægerspris Svømmeklub',
    kind: 'sports',
    town: 'Jægerspris',
    address: 'Hallen, Skolevej 2, 3630 Jægerspris',
    description: 'Svømning for børn og voksne, også hold kun for kvinder.',
    offers: [
      {
        kind: 'trial-membership',
        title: 'Svømning kun for kvinder',
        description: 'Kvindelig instruktør, lukket hal om søndagen.',
        activity: 'swimming',
        ageMin: 16,
        womenOnly: true,
        languages: ['da', 'ar', 'fa'],
        capacity: 8,
        status: 'published',
      },
    ],
  },
  {
    name: 'Slangerup Aftenskole',
    kind: 'evening-school',
    town: 'Slangerup',
    address: 'Kongensgade 12, 3550 Slangerup',
    description: 'Hold i madlavning, syning og IT.',
    offers: [
      {
        kind: 'peer-group',
        title: 'Kvindegruppe: syning og snak',
        description: 'Vi syr, drikker te og øver dansk sammen.',
        activity: 'sewing',
        womenOnly: true,
        languages: ['da', 'ar', 'ti'],
        capacity: 10,
        status: 'published',
      },
      {
        kind: 'event',
        title: 'Madcafé: smag på hinandens køkken',
        description: 'Fællesspisning, hvor deltagerne laver mad fra deres hjemland.',
        activity: 'food-cafe',
        languages: ['da', 'en', 'ar', 'uk'],
        capacity: 40,
        status: 'published',
        inDays: 12,
      },
    ],
  },
  {
    name: 'Skibby Bylaug',
    kind: 'village-association',
    town: 'Skibby',
    address: 'Hovedgaden 30, 4050 Skibby',
    description: 'Lokalt fællesskab med arrangementer for hele byen.',
    offers: [
      {
        kind: 'event',
        title: 'Tøjbazar i forsamlingshuset',
        description: 'Gratis tøj til børn og voksne.',
        activity: 'clothes-bazaar',
        languages: ['da'],
        capacity: 60,
        status: 'published',
        inDays: 20,
      },
      {
        kind: 'event',
        title: 'Bustur rundt i kommunen',
        description: 'Guidet tur til strand, skov og museer.',
        activity: 'bus-tour',
        languages: ['da', 'en'],
        capacity: 30,
        status: 'draft',
        inDays: 45,
      },
    ],
  },
  {
    name: 'Dansk Flygtningehjælp Frivillige Frederikssund',
    kind: 'social-organisation',
    town: 'Frederikssund',
    address: 'Jernbanegade 9, 3600 Frederikssund',
    description: 'Frivillige lektiehjælpere, mentorer og velkomstmøder.',
    offers: [
      {
        kind: 'event',
        title: 'Velkomstmøde for nye borgere',
        description: 'Mød foreninger, frivillige og kommunen. Tolke til stede.',
        activity: 'welcome-meeting',
        languages: ['da', 'ar', 'ti', 'uk', 'prs'],
        capacity: 80,
        status: 'published',
        inDays: 8,
      },
      {
        kind: 'peer-group',
        title: 'Ungegruppe 15–25 år',
        description: 'Ugentlige aktiviteter og lektiehjælp for unge.',
        activity: 'youth-club',
        ageMin: 15,
        ageMax: 25,
        languages: ['da', 'en', 'ar', 'so'],
        capacity: 15,
        status: 'published',
      },
    ],
  },
];

interface DemoPerson {
  firstName: string;
  lastName: string;
  birthYear: number;
  gender: 'female' | 'male';
  town: Town;
  languages: SpokenLanguage[];
  interests: string[];
}

/** Approved unless a status is given: the applicants show the coordinator's vetting. */
const VOLUNTEERS: (DemoPerson & {
  roles: VolunteerRole[];
  capacity: number;
  availability: AvailabilitySlot[];
  status?: 'applied';
  introduction?: string;
  worksWithChildren?: boolean;
})[] = [
  {
    firstName: 'Mette',
    lastName: 'Hansen',
    birthYear: 1968,
    gender: 'female',
    town: 'Frederikssund',
    roles: ['mentor'],
    capacity: 2,
    languages: [
      { code: 'da', level: 'native' },
      { code: 'en', level: 'fluent' },
    ],
    interests: ['cooking', 'hiking'],
    availability: ['tue-evening', 'sat-morning'],
  },
  {
    firstName: 'Ahmad',
    lastName: 'Karimi',
    birthYear: 1990,
    gender: 'male',
    town: 'Slangerup',
    roles: ['mentor', 'leisure-guide'],
    capacity: 2,
    languages: [
      { code: 'prs', level: 'native' },
      { code: 'da', level: 'fluent' },
      { code: 'fa', level: 'fluent' },
    ],
    interests: ['football', 'it-help'],
    availability: ['mon-evening', 'thu-evening'],
  },
  {
    firstName: 'Lise',
    lastName: 'Nielsen',
    birthYear: 1975,
    gender: 'female',
    town: 'Jægerspris',
    roles: ['leisure-guide'],
    capacity: 3,
    languages: [
      { code: 'da', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    interests: ['swimming', 'sewing'],
    availability: ['sun-morning', 'wed-afternoon'],
  },
  {
    firstName: 'Yonas',
    lastName: 'Tesfay',
    birthYear: 1995,
    gender: 'male',
    town: 'Frederikssund',
    roles: ['group-facilitator'],
    capacity: 1,
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'da', level: 'conversational' },
      { code: 'en', level: 'fluent' },
    ],
    interests: ['youth-club', 'football'],
    availability: ['fri-afternoon'],
  },
  {
    firstName: 'Jens',
    lastName: 'Olsen',
    birthYear: 1958,
    gender: 'male',
    town: 'Skibby',
    roles: ['mentor'],
    capacity: 1,
    languages: [
      { code: 'da', level: 'native' },
      { code: 'de', level: 'basic' },
    ],
    interests: ['gardening', 'job-search'],
    availability: ['mon-morning', 'wed-morning'],
  },
  {
    firstName: 'Karen',
    lastName: 'Madsen',
    birthYear: 1985,
    gender: 'female',
    town: 'Frederikssund',
    roles: ['mentor'],
    capacity: 1,
    languages: [
      { code: 'da', level: 'native' },
      { code: 'en', level: 'fluent' },
    ],
    interests: ['cooking', 'hiking'],
    availability: ['wed-evening'],
    status: 'applied',
    introduction: 'Jeg vil gerne hjælpe en familie med at falde til i Frederikssund.',
  },
  {
    firstName: 'Bilal',
    lastName: 'Haddad',
    birthYear: 1998,
    gender: 'male',
    town: 'Jægerspris',
    roles: ['leisure-guide'],
    capacity: 2,
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'da', level: 'fluent' },
    ],
    interests: ['football', 'swimming'],
    availability: ['sat-morning', 'thu-afternoon'],
    status: 'applied',
    introduction: 'Jeg træner børnefodbold og vil gerne tage nye børn med til træning.',
    worksWithChildren: true,
  },
];

const PARTICIPANTS: (DemoPerson & {
  needs: Need[];
  interpreterNeeded: boolean;
  arrivedDaysAgo: number;
  household?: { firstName: string; birthYear: number }[];
})[] = [
  {
    firstName: 'Amina',
    lastName: 'Hassan',
    birthYear: 1988,
    gender: 'female',
    town: 'Frederikssund',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'da', level: 'basic' },
    ],
    interests: ['sewing', 'cooking'],
    needs: ['danish-practice', 'everyday-life'],
    interpreterNeeded: true,
    arrivedDaysAgo: 120,
    household: [
      { firstName: 'Omar', birthYear: 2016 },
      { firstName: 'Leila', birthYear: 2013 },
    ],
  },
  {
    firstName: 'Oleksandr',
    lastName: 'Kovalenko',
    birthYear: 1979,
    gender: 'male',
    town: 'Slangerup',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    interests: ['football', 'it-help'],
    needs: ['job-seeking'],
    interpreterNeeded: false,
    arrivedDaysAgo: 300,
  },
  {
    firstName: 'Samira',
    lastName: 'Ahmadi',
    birthYear: 2001,
    gender: 'female',
    town: 'Jægerspris',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    interests: ['swimming'],
    needs: ['leisure'],
    interpreterNeeded: false,
    arrivedDaysAgo: 60,
  },
  {
    firstName: 'Filmon',
    lastName: 'Gebremariam',
    birthYear: 2008,
    gender: 'male',
    town: 'Frederikssund',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'da', level: 'conversational' },
    ],
    interests: ['football', 'youth-club'],
    needs: ['homework-help', 'leisure'],
    interpreterNeeded: false,
    arrivedDaysAgo: 400,
  },
  {
    firstName: 'Hodan',
    lastName: 'Abdi',
    birthYear: 1993,
    gender: 'female',
    town: 'Skibby',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'da', level: 'basic' },
    ],
    interests: ['cooking', 'gardening'],
    needs: ['everyday-life'],
    interpreterNeeded: true,
    arrivedDaysAgo: 30,
    household: [{ firstName: 'Ayaan', birthYear: 2018 }],
  },
];

/**
 * Loads the Frederikssund demo once, into an empty database, in one transaction: reference data
 * (localities, activities, languages), associations with offers, volunteers and participants.
 * Returns false (and changes nothing) when the database already has a municipality.
 */
export async function seedDemoData(dataSource: DataSource, today = new Date()): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialises two starts racing on one empty server database.
    await manager.query('LOCK TABLE municipality IN EXCLUSIVE MODE');
    if ((await manager.count(MunicipalityEntity)) > 0) return false;
    const municipality = await manager.save(manager.create(MunicipalityEntity, DEMO_MUNICIPALITY));
    // The owner's login is bound by row-level security too (FORCE): the rows below are this tenant's.
    await manager.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [municipality.id]);
    await seedReferenceData(manager);
    const towns = await seedLocalities(manager, municipality.id);
    await seedAssociations(manager, municipality.id, towns, today);
    await seedPeople(manager, municipality.id, towns, today);
    await seedAccounts(manager, municipality.id, today);
    await seedDemoAssociationInbox(manager, municipality.id, today);
    await seedDemoFollowUp(manager, municipality.id, today);
    return true;
  });
}

/** The global reference tables (activities, languages) the demo and the integration tests start from. */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  await manager.insert(
    ActivityEntity,
    parseCsv(ACTIVITIES_CSV).map((row) => ({
      key: row['key'],
      category: row['category'],
      nameDa: row['danish'],
      nameEn: row['english'],
    })),
  );
  await manager.insert(
    LanguageEntity,
    parseCsv(LANGUAGES_CSV).map((row) => ({
      code: row['code'],
      nameDa: row['danish'],
      nameEn: row['english'],
      nativeName: row['native'],
      direction: row['direction'] === 'rtl' ? ('rtl' as const) : ('ltr' as const),
    })),
  );
}

async function seedLocalities(manager: EntityManager, municipalityId: string): Promise<Map<string, string>> {
  const localities = await manager.save(
    parseCsv(LOCALITIES_CSV).map((row) =>
      manager.create(LocalityEntity, {
        municipalityId,
        name: row['name'],
        postcode: row['postcode'],
        latitude: Number(row['lat']),
        longitude: Number(row['lon']),
      }),
    ),
  );
  return new Map(localities.map((locality) => [locality.name, locality.id]));
}

function townId(towns: Map<string, string>, town: Town): string {
  const id = towns.get(town);
  if (!id) throw new Error(`Demo data names the unknown locality ${town}`);
  return id;
}

async function seedAssociations(
  manager: EntityManager,
  municipalityId: string,
  towns: Map<string, string>,
  today: Date,
): Promise<void> {
  for (const demo of ASSOCIATIONS) {
    const localityId = townId(towns, demo.town);
    const association = await manager.save(
      manager.create(AssociationEntity, {
        municipalityId,
        name: demo.name,
        kind: demo.kind,
        localityId,
        address: demo.address,
        description: demo.description,
        cvr: null,
      }),
    );
    await manager.insert(
      OfferEntity,
      demo.offers.map((offer) => ({
        municipalityId,
        associationId: association.id,
        kind: offer.kind,
        status: offer.status,
        title: offer.title,
        description: offer.description,
        activityKey: offer.activity,
        localityId,
        ageMin: offer.ageMin ?? null,
        ageMax: offer.ageMax ?? null,
        womenOnly: offer.womenOnly ?? false,
        languageCodes: offer.languages,
        capacity: offer.capacity,
        startsAt: offer.inDays === undefined ? null : atSixPm(today, offer.inDays),
        // Published as an association would: it has its date, so it is closed, never deleted.
        firstPublishedAt: offer.status === 'draft' ? null : daysBefore(today, DEMO_OFFERS_PUBLISHED_DAYS_AGO),
      })),
    );
  }
}

/** How long ago the demo's published offers went into the catalogue. */
const DEMO_OFFERS_PUBLISHED_DAYS_AGO = 30;

function daysBefore(from: Date, days: number): Date {
  return new Date(from.getTime() - days * 86_400_000);
}

function atSixPm(from: Date, inDays: number): Date {
  const date = new Date(from);
  date.setUTCDate(date.getUTCDate() + inDays);
  date.setUTCHours(17, 0, 0, 0);
  return date;
}

async function seedPeople(
  manager: EntityManager,
  municipalityId: string,
  towns: Map<string, string>,
  today: Date,
): Promise<void> {
  await manager.insert(
    VolunteerEntity,
    VOLUNTEERS.map(({ town, status, introduction, ...volunteer }) => ({
      ...volunteer,
      municipalityId,
      localityId: townId(towns, town),
      status: status ?? ('approved' as const),
      maxDistanceKm: 15,
      introduction: introduction ?? '',
    })),
  );
  await manager.insert(
    ParticipantEntity,
    PARTICIPANTS.map(({ town, arrivedDaysAgo, ...participant }) => {
      const arrival = new Date(today);
      arrival.setUTCDate(arrival.getUTCDate() - arrivedDaysAgo);
      return {
        ...participant,
        municipalityId,
        localityId: townId(towns, town),
        arrivalDate: arrival.toISOString().slice(0, 10),
      };
    }),
  );
}

async function seedAccounts(manager: EntityManager, municipalityId: string, today: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_SIGN_INS) {
    const account = await manager.save(
      manager.create(AccountEntity, {
        municipalityId,
        email: demo.email,
        displayName: demo.displayName,
        passwordHash,
        emailConfirmedAt: today,
        preferredLanguage: 'da',
      }),
    );
    await manager.insert(AccountRoleEntity, { accountId: account.id, role: demo.role });
    if (demo.role === 'volunteer') {
      await manager.update(
        VolunteerEntity,
        { municipalityId, firstName: 'Mette', lastName: 'Hansen' },
        { accountId: account.id },
      );
    }
    if (demo.role === 'association-representative') {
      const club = await manager.findOneByOrFail(AssociationEntity, { name: 'Frederikssund Idrætsforening' });
      await manager.insert(AssociationRepresentativeEntity, {
        municipalityId,
        associationId: club.id,
        accountId: account.id,
      });
    }
  }
}

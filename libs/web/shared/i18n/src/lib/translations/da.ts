/** Danish, the default language. Every other language has exactly these keys (checked by its type). */
export const da = {
  'app.name': 'Brobygger',
  'app.tagline': 'Fritid, frivillighed og fællesskab i Frederikssund Kommune',
  'app.skipToContent': 'Gå til sideindhold',
  'language.label': 'Sprog',
  'footer.municipality': 'Frederikssund Kommune',
  'footer.accessibility': 'Tilgængelighedserklæring',
  'home.title': 'Fællesskaber og tilbud i Frederikssund',
  'home.intro':
    'Her finder du foreninger, aftenskoler og frivillige, der byder nye borgere velkommen – og de tilbud, du kan være med i.',
  'home.offers.heading': 'Åbne tilbud',
  'home.offers.empty': 'Der er ingen åbne tilbud lige nu. Kig forbi igen senere.',
  'home.associations.heading': 'Foreninger',
  'home.associations.empty': 'Der er endnu ingen foreninger.',
  'home.loading': 'Henter tilbud …',
  'home.error': 'Tilbuddene kunne ikke hentes. Prøv igen om lidt.',
  'home.retry': 'Prøv igen',
  'offer.kind.TRIAL_MEMBERSHIP': 'Prøvemedlemskab',
  'offer.kind.FRITIDSPAS': 'Fritidspas',
  'offer.kind.PEER_GROUP': 'Netværksgruppe',
  'offer.kind.EVENT': 'Arrangement',
  'offer.ages': 'Alder {min}–{max} år',
  'offer.agesFrom': 'Fra {min} år',
  'offer.agesTo': 'Op til {max} år',
  'offer.womenOnly': 'Kun for kvinder',
  'offer.places': '{count} pladser',
  'offer.languages': 'Sprog: {languages}',
  'offer.startsAt': '{date} kl. {time}',
  'offer.when': 'Tidspunkt',
  'offer.where': 'Sted',
  'offer.by': 'Arrangør',
  'association.kind.SPORTS': 'Idrætsforening',
  'association.kind.CULTURE': 'Kulturforening',
  'association.kind.LEISURE': 'Fritidsforening',
  'association.kind.EVENING_SCHOOL': 'Aftenskole',
  'association.kind.VILLAGE_ASSOCIATION': 'Bylaug',
  'association.kind.SOCIAL_ORGANISATION': 'Frivillig social organisation',
  'accessibility.title': 'Tilgængelighedserklæring',
  'accessibility.body':
    'Frederikssund Kommune ønsker, at alle kan bruge Brobygger. Løsningen følger webtilgængelighedsloven og standarden EN 301 549 (WCAG 2.1 niveau A og AA). Siderne testes automatisk for tilgængelighed, og de kan bruges med tastatur alene.',
  'accessibility.contact':
    'Oplever du problemer med tilgængeligheden, så skriv til kommunens integrationsteam. Du kan også klage til Digitaliseringsstyrelsen.',
  'notFound.title': 'Siden findes ikke',
  'notFound.home': 'Gå til forsiden',
} as const;

export type TranslationKey = keyof typeof da;
export type Translations = Record<TranslationKey, string>;

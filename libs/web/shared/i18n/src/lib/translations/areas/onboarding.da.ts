/** Danish texts for onboarding: new associations, their first representative, staff invitations. */
export const onboardingDa = {
  // Links in the header and between pages.
  'onboarding.nav.admin': 'Brugere',
  'onboarding.nav.registerAssociation': 'Registrér ny forening',

  // Shared words.
  'onboarding.loading': 'Henter …',
  'onboarding.loadError': 'Siden kunne ikke hentes. Prøv igen om lidt.',
  'onboarding.retry': 'Prøv igen',
  'onboarding.emailLanguage': 'Sprog i vores e-mails til personen',

  // /koordinator/foreninger/ny — register an association and invite its first representative.
  'onboarding.register.title': 'Registrér ny forening',
  'onboarding.register.back': 'Foreninger og partnerskabsaftaler',
  'onboarding.register.intro':
    'Registrér foreningen, og invitér den første repræsentant. Repræsentanten udfylder selv resten af profilen og lægger foreningens tilbud ud.',
  'onboarding.register.associationLegend': 'Foreningen',
  'onboarding.register.name': 'Foreningens navn',
  'onboarding.register.cvr': 'CVR-nummer (valgfrit)',
  'onboarding.register.cvrHint': '8 cifre. Udelad det, hvis foreningen ikke har et CVR-nummer.',
  'onboarding.register.kind': 'Type forening',
  'onboarding.register.locality': 'By',
  'onboarding.register.representativeLegend': 'Første repræsentant',
  'onboarding.register.representativeHint':
    'Personen får en e-mail med et link, hvor de vælger en adgangskode. Derefter kan de holde foreningens profil opdateret, lægge tilbud ud og tage imod henvisninger.',
  'onboarding.register.displayName': 'Repræsentantens navn',
  'onboarding.register.email': 'Repræsentantens e-mailadresse',
  'onboarding.register.submit': 'Registrér foreningen og send invitationen',
  'onboarding.register.doneHeading': '{name} er registreret',
  'onboarding.register.invited': 'Vi har sendt en invitation til {person} på {email}.',
  'onboarding.register.nextHeading': 'Hvad sker der nu?',
  'onboarding.register.nextLink':
    '{person} åbner linket i e-mailen og vælger en adgangskode. Linket virker i {days} dage, til og med {date}.',
  'onboarding.register.nextProfile':
    'Derefter logger {person} ind og gør foreningens profil færdig: beskrivelse, adresse og kontaktpersoner.',
  'onboarding.register.nextOffers':
    'Når foreningen har lagt et tilbud ud, fx et prøvemedlemskab, kan I matche borgere til det.',
  'onboarding.register.another': 'Registrér endnu en forening',
  'onboarding.register.toList': 'Gå til foreninger og partnerskabsaftaler',

  // Problems with the registration form.
  'onboarding.problem.name': 'Skriv foreningens navn',
  'onboarding.problem.nameTooLong': 'Foreningens navn må højst være 200 tegn',
  'onboarding.problem.cvrFormat': 'Skriv CVR-nummeret med 8 cifre, fx 12345678',
  'onboarding.problem.cvrInvalid':
    'CVR-nummeret er ikke gyldigt: cifrene passer ikke med CVR-numrenes kontrolciffer. Tjek, at det er skrevet rigtigt',
  'onboarding.problem.cvrTaken': '{name} er allerede registreret med dette CVR-nummer',
  'onboarding.problem.cvrTakenUnknown': 'En anden forening er allerede registreret med dette CVR-nummer',
  'onboarding.problem.locality': 'Vælg den by, foreningen hører til',
  'onboarding.problem.displayName': 'Skriv personens navn',
  'onboarding.problem.email': 'Skriv en gyldig e-mailadresse, fx navn@forening.dk',
  'onboarding.problem.emailElsewhere':
    'E-mailadressen hører til en konto i en anden kommune. Brug en anden e-mailadresse',

  // /admin/brugere — invite coordinators and administrators; invitations waiting for an answer.
  'onboarding.admin.title': 'Brugere og invitationer',
  'onboarding.admin.intro':
    'Invitér en ny koordinator eller administrator. Personen får en e-mail med et link, hvor de vælger en adgangskode.',
  'onboarding.admin.inviteHeading': 'Invitér en medarbejder',
  'onboarding.admin.displayName': 'Navn',
  'onboarding.admin.email': 'E-mailadresse',
  'onboarding.admin.role': 'Rolle',
  'onboarding.admin.roleHint':
    'Koordinatorer arbejder med borgere, frivillige og foreninger. Administratorer styrer brugere, budgetter og aftaler.',
  'onboarding.admin.submit': 'Send invitation',
  'onboarding.admin.sent': 'Invitationen er sendt til {email}. Linket virker til og med {date}.',
  'onboarding.admin.pendingHeading': 'Invitationer, der venter på svar',
  'onboarding.admin.pendingIntro': 'Invitationer, som ingen har taget imod endnu, og som ikke er udløbet.',
  'onboarding.admin.pendingEmpty': 'Der er ingen invitationer, der venter på svar.',
  'onboarding.admin.pendingError': 'Invitationerne kunne ikke hentes. Prøv igen om lidt.',
  'onboarding.admin.person': 'Person',
  'onboarding.admin.association': 'Forening',
  'onboarding.admin.invitedAt': 'Inviteret',
  'onboarding.admin.expiresAt': 'Linket virker til og med',
  'onboarding.admin.noAssociation': 'Ingen',
  'onboarding.admin.representatives': 'Foreningsrepræsentanter inviteres, når foreningen registreres:',

  // After accepting an invitation; /forening for a new association.
  'onboarding.accepted.representative':
    'Når du logger ind, kommer du til din forenings side, hvor du gør profilen færdig og lægger tilbud ud.',
  'onboarding.accepted.staff': 'Når du logger ind, kommer du til de sider, du skal arbejde i.',
  'onboarding.accepted.signIn': 'Log ind',
  'onboarding.profile.incompleteHeading': 'Gør foreningens profil færdig',
  'onboarding.profile.incompleteBody':
    'Kommunen har registreret {name}. Udfyld det, der mangler, så borgere og kommunen kan se, hvem I er:',
  'onboarding.profile.missing.description': 'en beskrivelse af foreningen',
  'onboarding.profile.missing.address': 'foreningens adresse',
  'onboarding.profile.missing.contactPeople': 'mindst én kontaktperson',
  'onboarding.profile.then': 'Gem profilen, og læg derefter jeres første tilbud ud, fx et prøvemedlemskab.',
  'onboarding.profile.start': 'Udfyld profilen',
} as const;

export type MailTemplate =
  | 'confirm-email'
  | 'reset-password'
  | 'invitation'
  | 'proposal-new'
  | 'proposal-reminder'
  | 'proposal-declined'
  | 'proposal-expired'
  | 'volunteer-left'
  | 'child-certificate-renewal';
type Language = 'da' | 'en' | 'ar';

interface Rendered {
  subject: string;
  body: string;
}

export interface MailParams {
  name: string;
  link: string;
  days?: number;
  /** A date already written the Danish way, e.g. 26.11.2026. */
  date?: string;
  /** A match kind such as mentor or trial-membership: each language names it in its own words. */
  kind?: string;
  /** Who the match was with: a volunteer's name or an offer's title. */
  provider?: string;
  /** An invitation to represent an association: its name. */
  association?: string;
  /** Matches that need attention: their kind and since when (a Danish date). */
  matches?: { kind: string; since: string }[];
}
type Params = MailParams;

const KIND_NAMES: Record<Language, Record<string, string>> = {
  da: {
    mentor: 'mentor',
    'leisure-guide': 'fritidsguide',
    'peer-group': 'netværksgruppe',
    'trial-membership': 'prøvemedlemskab',
    fritidspas: 'fritidspas',
    event: 'arrangement',
  },
  en: {
    mentor: 'mentor',
    'leisure-guide': 'leisure guide',
    'peer-group': 'peer group',
    'trial-membership': 'trial membership',
    fritidspas: 'fritidspas (leisure pass)',
    event: 'event',
  },
  ar: {
    mentor: 'مرشد',
    'leisure-guide': 'مرشد أنشطة الفراغ',
    'peer-group': 'مجموعة أقران',
    'trial-membership': 'عضوية تجريبية',
    fritidspas: 'بطاقة الأنشطة (fritidspas)',
    event: 'فعالية',
  },
};
const kindIn = (language: Language, kind: string | undefined) => KIND_NAMES[language][kind ?? ''] ?? kind ?? '';
const SINCE: Record<Language, string> = { da: 'siden', en: 'since', ar: 'منذ' };
const matchList = (language: Language, matches: MailParams['matches']) =>
  (matches ?? []).map((m) => `- ${kindIn(language, m.kind)}, ${SINCE[language]} ${m.since}`).join('\n');

/** Emails in the recipient's language; Danish when we do not have theirs. */
const TEMPLATES: Record<MailTemplate, Record<Language, (p: Params) => Rendered>> = {
  'confirm-email': {
    da: (p) => ({
      subject: 'Bekræft din e-mail til Brobygger',
      body: `Hej ${p.name}\n\nTak fordi du vil være frivillig. Bekræft din e-mailadresse ved at åbne linket:\n${p.link}\n\nHilsen Brobygger, Frederikssund Kommune`,
    }),
    en: (p) => ({
      subject: 'Confirm your email for Brobygger',
      body: `Hello ${p.name}\n\nThank you for volunteering. Confirm your email address by opening this link:\n${p.link}\n\nBrobygger, Frederikssund Municipality`,
    }),
    ar: (p) => ({
      subject: 'أكّد بريدك الإلكتروني في Brobygger',
      body: `مرحبًا ${p.name}\n\nشكرًا لتطوعك. أكّد عنوان بريدك الإلكتروني بفتح هذا الرابط:\n${p.link}\n\nBrobygger، بلدية فريدريكسسوند`,
    }),
  },
  'reset-password': {
    da: (p) => ({
      subject: 'Nulstil din adgangskode til Brobygger',
      body: `Hej ${p.name}\n\nVælg en ny adgangskode via linket (gyldigt i 1 time):\n${p.link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail.`,
    }),
    en: (p) => ({
      subject: 'Reset your Brobygger password',
      body: `Hello ${p.name}\n\nChoose a new password with this link (valid for 1 hour):\n${p.link}\n\nIf you did not ask for this, you can ignore this email.`,
    }),
    ar: (p) => ({
      subject: 'إعادة تعيين كلمة المرور في Brobygger',
      body: `مرحبًا ${p.name}\n\nاختر كلمة مرور جديدة عبر هذا الرابط (صالح لمدة ساعة):\n${p.link}\n\nإذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.`,
    }),
  },
  invitation: {
    da: (p) => ({
      subject: 'Du er inviteret til Brobygger',
      body: `Hej ${p.name}\n\nDu er inviteret til Brobygger, Frederikssund Kommunes platform for fritid og frivillighed.${p.association ? ` Du skal repræsentere ${p.association}: holde foreningens profil opdateret, lægge tilbud ud og tage imod henvisninger.` : ''} Vælg din adgangskode via linket (gyldigt i ${p.days} dage):\n${p.link}`,
    }),
    en: (p) => ({
      subject: 'You are invited to Brobygger',
      body: `Hello ${p.name}\n\nYou are invited to Brobygger, Frederikssund Municipality's platform for leisure and volunteering.${p.association ? ` You will represent ${p.association}: keep its profile up to date, publish its offers and receive referrals.` : ''} Choose your password with this link (valid for ${p.days} days):\n${p.link}`,
    }),
    ar: (p) => ({
      subject: 'دعوة إلى Brobygger',
      body: `مرحبًا ${p.name}\n\nأنت مدعو إلى Brobygger.${p.association ? ` ستمثّل ${p.association}: تحدّث ملفها وتنشر عروضها وتستقبل الإحالات.` : ''} اختر كلمة المرور عبر هذا الرابط (صالح لمدة ${p.days} أيام):\n${p.link}`,
    }),
  },
  // Match notifications: no participant's name or need in an email, only where to look.
  'proposal-new': {
    da: (p) => ({
      subject: `Nyt forslag i Brobygger – svar senest ${p.date}`,
      body: `Hej ${p.name}\n\nDu har fået et nyt forslag (${kindIn('da', p.kind)}). Se det og svar senest ${p.date}:\n${p.link}\n\nSvarer du ikke inden da, udløber forslaget, og pladsen går videre.\n\nHilsen Brobygger, Frederikssund Kommune`,
    }),
    en: (p) => ({
      subject: `New proposal in Brobygger – answer by ${p.date}`,
      body: `Hello ${p.name}\n\nYou have a new proposal (${kindIn('en', p.kind)}). See it and answer by ${p.date}:\n${p.link}\n\nWithout an answer by then the proposal expires and the place goes to someone else.\n\nBrobygger, Frederikssund Municipality`,
    }),
    ar: (p) => ({
      subject: `اقتراح جديد في Brobygger – أجب قبل ${p.date}`,
      body: `مرحبًا ${p.name}\n\nلديك اقتراح جديد (${kindIn('ar', p.kind)}). اطّلع عليه وأجب قبل ${p.date}:\n${p.link}\n\nإذا لم تُجب حتى ذلك الحين، ينتهي الاقتراح ويذهب المكان إلى شخص آخر.\n\nBrobygger، بلدية فريدريكسسوند`,
    }),
  },
  'proposal-reminder': {
    da: (p) => ({
      subject: `Påmindelse: svar på dit forslag senest ${p.date}`,
      body: `Hej ${p.name}\n\nDu har endnu ikke svaret på dit forslag (${kindIn('da', p.kind)}). Svar senest ${p.date}:\n${p.link}\n\nHilsen Brobygger, Frederikssund Kommune`,
    }),
    en: (p) => ({
      subject: `Reminder: answer your proposal by ${p.date}`,
      body: `Hello ${p.name}\n\nYou have not answered your proposal (${kindIn('en', p.kind)}) yet. Answer by ${p.date}:\n${p.link}\n\nBrobygger, Frederikssund Municipality`,
    }),
    ar: (p) => ({
      subject: `تذكير: أجب على الاقتراح قبل ${p.date}`,
      body: `مرحبًا ${p.name}\n\nلم تُجب بعد على اقتراحك (${kindIn('ar', p.kind)}). أجب قبل ${p.date}:\n${p.link}\n\nBrobygger، بلدية فريدريكسسوند`,
    }),
  },
  'proposal-declined': {
    da: (p) => ({
      subject: `Et forslag er afvist (${kindIn('da', p.kind)})`,
      body: `Hej ${p.name}\n\nForslaget (${kindIn('da', p.kind)}) med ${p.provider} er afvist, og pladsen er frigivet. Find en ny match til deltageren:\n${p.link}`,
    }),
    en: (p) => ({
      subject: `A proposal was declined (${kindIn('en', p.kind)})`,
      body: `Hello ${p.name}\n\nThe proposal (${kindIn('en', p.kind)}) with ${p.provider} was declined and the place is free again. Find a new match for the participant:\n${p.link}`,
    }),
    ar: (p) => ({
      subject: `تم رفض اقتراح (${kindIn('ar', p.kind)})`,
      body: `مرحبًا ${p.name}\n\nتم رفض الاقتراح (${kindIn('ar', p.kind)}) مع ${p.provider}، وأصبح المكان متاحًا. ابحث عن مطابقة جديدة للمشارك:\n${p.link}`,
    }),
  },
  'proposal-expired': {
    da: (p) => ({
      subject: `Et forslag er udløbet uden svar (${kindIn('da', p.kind)})`,
      body: `Hej ${p.name}\n\nForslaget (${kindIn('da', p.kind)}) med ${p.provider} blev ikke besvaret i tide og er udløbet; pladsen er frigivet. Find en ny match til deltageren:\n${p.link}`,
    }),
    en: (p) => ({
      subject: `A proposal expired without an answer (${kindIn('en', p.kind)})`,
      body: `Hello ${p.name}\n\nThe proposal (${kindIn('en', p.kind)}) with ${p.provider} was not answered in time and has expired; the place is free again. Find a new match for the participant:\n${p.link}`,
    }),
    ar: (p) => ({
      subject: `انتهى اقتراح دون رد (${kindIn('ar', p.kind)})`,
      body: `مرحبًا ${p.name}\n\nلم يتم الرد على الاقتراح (${kindIn('ar', p.kind)}) مع ${p.provider} في الوقت المحدد وقد انتهى؛ أصبح المكان متاحًا. ابحث عن مطابقة جديدة للمشارك:\n${p.link}`,
    }),
  },
  'volunteer-left': {
    da: (p) => ({
      subject: `${p.provider} er stoppet som frivillig`,
      body: `Hej ${p.name}\n\n${p.provider} er stoppet som frivillig i Brobygger. Intet forløb er afsluttet automatisk. ${
        p.matches?.length
          ? `Disse forløb kræver din opmærksomhed:\n${matchList('da', p.matches)}`
          : 'Den frivillige havde ingen forløb i gang.'
      }\n\nSe dem under opfølgning:\n${p.link}`,
    }),
    en: (p) => ({
      subject: `${p.provider} has left as a volunteer`,
      body: `Hello ${p.name}\n\n${p.provider} has left Brobygger as a volunteer. No match was ended automatically. ${
        p.matches?.length
          ? `These matches need your attention:\n${matchList('en', p.matches)}`
          : 'The volunteer had no matches in progress.'
      }\n\nSee them under follow-up:\n${p.link}`,
    }),
    ar: (p) => ({
      subject: `توقف ${p.provider} عن التطوع`,
      body: `مرحبًا ${p.name}\n\nتوقف ${p.provider} عن التطوع في Brobygger. لم يتم إنهاء أي مطابقة تلقائيًا. ${
        p.matches?.length
          ? `هذه المطابقات تحتاج إلى اهتمامك:\n${matchList('ar', p.matches)}`
          : 'لم تكن لدى المتطوع مطابقات جارية.'
      }\n\nاطّلع عليها في المتابعة:\n${p.link}`,
    }),
  },
  'child-certificate-renewal': {
    da: (p) => ({
      subject: `Din børneattest skal fornyes senest ${p.date}`,
      body: `Hej ${p.name}\n\nDin børneattest skal fornyes senest ${p.date}, så du fortsat kan være sammen med børn under 15 år som frivillig. Din koordinator bestiller den nye attest; du skal blot give samtykke, når du får besked.\n\nSe din side:\n${p.link}\n\nHilsen Brobygger, Frederikssund Kommune`,
    }),
    en: (p) => ({
      subject: `Your child certificate must be renewed by ${p.date}`,
      body: `Hello ${p.name}\n\nYour child certificate (børneattest) must be renewed by ${p.date} so that you can keep volunteering with children under 15. Your coordinator orders the new certificate; you only need to give your consent when asked.\n\nSee your page:\n${p.link}\n\nBrobygger, Frederikssund Municipality`,
    }),
    ar: (p) => ({
      subject: `يجب تجديد شهادة العمل مع الأطفال قبل ${p.date}`,
      body: `مرحبًا ${p.name}\n\nيجب تجديد شهادة العمل مع الأطفال (børneattest) قبل ${p.date} حتى تتمكن من مواصلة التطوع مع أطفال دون 15 عامًا. يطلب منسقك الشهادة الجديدة؛ عليك فقط أن توافق عندما يُطلب منك ذلك.\n\nاطّلع على صفحتك:\n${p.link}\n\nBrobygger، بلدية فريدريكسسوند`,
    }),
  },
};

const DANISH_DATE = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** 26.11.2026 in Copenhagen time: emails write dates the Danish way in every language. */
export function danishDate(value: Date | string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}.${month}.${year}`;
  }
  return DANISH_DATE.format(new Date(value));
}

export function renderMail(template: MailTemplate, language: string, params: Params): Rendered {
  const byLanguage = TEMPLATES[template];
  const render = language === 'en' || language === 'ar' ? byLanguage[language] : byLanguage.da;
  return render(params);
}

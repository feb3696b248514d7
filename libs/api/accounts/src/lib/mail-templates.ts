export type MailTemplate = 'confirm-email' | 'reset-password' | 'invitation';
type Language = 'da' | 'en' | 'ar';

interface Rendered {
  subject: string;
  body: string;
}

type Params = { name: string; link: string; days?: number };

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
      body: `Hej ${p.name}\n\nDu er inviteret til Brobygger, Frederikssund Kommunes platform for fritid og frivillighed. Vælg din adgangskode via linket (gyldigt i ${p.days} dage):\n${p.link}`,
    }),
    en: (p) => ({
      subject: 'You are invited to Brobygger',
      body: `Hello ${p.name}\n\nYou are invited to Brobygger, Frederikssund Municipality's platform for leisure and volunteering. Choose your password with this link (valid for ${p.days} days):\n${p.link}`,
    }),
    ar: (p) => ({
      subject: 'دعوة إلى Brobygger',
      body: `مرحبًا ${p.name}\n\nأنت مدعو إلى Brobygger. اختر كلمة المرور عبر هذا الرابط (صالح لمدة ${p.days} أيام):\n${p.link}`,
    }),
  },
};

export function renderMail(template: MailTemplate, language: string, params: Params): Rendered {
  const byLanguage = TEMPLATES[template];
  const render = language === 'en' || language === 'ar' ? byLanguage[language] : byLanguage.da;
  return render(params);
}

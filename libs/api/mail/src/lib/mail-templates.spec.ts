import { type MailTemplate, danishDate, renderMail } from './mail-templates';

const TEMPLATES: MailTemplate[] = [
  'confirm-email',
  'reset-password',
  'invitation',
  'proposal-new',
  'proposal-reminder',
  'proposal-declined',
  'proposal-expired',
  'volunteer-left',
  'child-certificate-renewal',
];

describe('mail templates', () => {
  const params = {
    name: 'Mette',
    link: 'https://brobygger.example/frivillig',
    days: 7,
    date: '26.11.2026',
    kind: 'leisure-guide',
    provider: 'Mette Hansen',
    matches: [{ kind: 'mentor', since: '01.10.2026' }],
  };

  it.each(TEMPLATES.flatMap((template) => ['da', 'en', 'ar'].map((language) => [template, language])))(
    '%s in %s names the person, carries the link and leaves no placeholder empty',
    (template, language) => {
      const { subject, body } = renderMail(template as MailTemplate, language, params);
      expect(subject.length).toBeGreaterThan(5);
      expect(body).toContain('Mette');
      expect(body).toContain(params.link);
      expect(`${subject} ${body}`).not.toMatch(/undefined|null|\$\{/);
    },
  );

  it('names a match kind in the reader’s language and falls back to Danish for another language', () => {
    expect(renderMail('proposal-new', 'en', params).body).toContain('(leisure guide)');
    expect(renderMail('proposal-new', 'da', params).body).toContain('(fritidsguide)');
    expect(renderMail('proposal-new', 'so', params).subject).toBe('Nyt forslag i Brobygger – svar senest 26.11.2026');
  });

  it('lists the matches that need attention when a volunteer leaves, or says there were none', () => {
    expect(renderMail('volunteer-left', 'da', params).body).toContain('- mentor, siden 01.10.2026');
    expect(renderMail('volunteer-left', 'da', { ...params, matches: [] }).body).toContain(
      'Den frivillige havde ingen forløb i gang.',
    );
  });

  it('writes dates the Danish way in Copenhagen time', () => {
    expect(danishDate('2026-03-05')).toBe('05.03.2026');
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(danishDate(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027');
  });
});

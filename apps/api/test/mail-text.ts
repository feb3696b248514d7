import type { ReceivedMail, SmtpInbox } from './smtp-inbox';

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** An email as a person reads it: the decoded subject and plain-text body (what nodemailer encodes). */
export function readMail(mail: ReceivedMail): { to: string[]; subject: string; body: string } {
  const [head = '', ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(unfolded.match(/^Subject: (.*)$/im)?.[1] ?? '');
  const encoding = unfolded
    .match(/^Content-Transfer-Encoding: (.*)$/im)?.[1]
    ?.trim()
    .toLowerCase();
  const raw = rest.join('\n\n');
  const body =
    encoding === 'base64'
      ? Buffer.from(raw.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(raw)
        : raw;
  return { to: mail.to, subject, body: body.replace(/\r\n/g, '\n') };
}

/** Waits (up to 10 s) for emails to `address` whose subject matches: notifications go out after the commit. */
export async function mailsTo(
  inbox: SmtpInbox,
  address: string,
  subject: RegExp,
  count = 1,
): Promise<{ subject: string; body: string }[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = inbox.mails
      .filter((m) => m.to.includes(address))
      .map(readMail)
      .filter((m) => subject.test(m.subject));
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

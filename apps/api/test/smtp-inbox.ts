import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on loopback that keeps what it receives: the api sends to it over SMTP with
 * nodemailer exactly as it would to the municipality's mail relay.
 */
export class SmtpInbox {
  readonly mails: ReceivedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });

  /** Listens on port `listenOn` (0: any free one) and answers the smtp:// URL to send to. */
  async start(listenOn = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(listenOn, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The link of the newest email to this address that contains `path` (quoted-printable undone). */
  linkTo(address: string, path: string): string {
    const mail = [...this.mails].reverse().find((m) => m.to.includes(address));
    if (!mail)
      throw new Error(`No email to ${address}; got ${this.mails.length} for ${this.mails.map((m) => m.to).join(', ')}`);
    const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const match = text.match(new RegExp(`https?://[^\\s]*${path}\\?token=[A-Za-z0-9_-]+`));
    if (!match) throw new Error(`No ${path} link in the email to ${address}`);
    return match[0];
  }

  tokenFrom(address: string, path: string): string {
    return new URL(this.linkTo(address, path)).searchParams.get('token') ?? '';
  }
}

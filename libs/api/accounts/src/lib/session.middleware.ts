import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestWithContext } from '@brobygger/api/util';
import { ACCOUNTS_OPTIONS, type AccountsOptions, SESSION_COOKIE } from './accounts.options';
import { SessionsService } from './sessions.service';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Establishes who is calling (from the session cookie) and which municipality's rows they may see. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private defaultMunicipalityId: Promise<string | null> | undefined;

  constructor(
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  async use(req: Request & RequestWithContext, res: Response, next: NextFunction): Promise<void> {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const account = token ? await this.sessions.resolve(token) : undefined;
      if (token && !account) res.clearCookie(SESSION_COOKIE, { path: '/' });
      req.brobygger = { account, municipalityId: account?.municipalityId ?? (await this.publicMunicipality()) };
      next();
    } catch (error) {
      next(error);
    }
  }

  private publicMunicipality(): Promise<string | null> {
    this.defaultMunicipalityId ??= this.dataSource
      .query('SELECT id FROM municipality WHERE code = $1', [this.options.defaultMunicipalityCode])
      .then((rows: { id: string }[]) => rows[0]?.id ?? null);
    const pending = this.defaultMunicipalityId;
    // An empty database has no municipality yet: look again next time.
    void pending.then((id) => {
      if (id === null && this.defaultMunicipalityId === pending) this.defaultMunicipalityId = undefined;
    });
    return pending;
  }
}

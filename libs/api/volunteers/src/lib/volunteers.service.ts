import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Mail, MailService, danishDate } from '@brobygger/api/mail';
import { inTenantTransaction } from '@brobygger/api/database';
import { ActivityEntity, LanguageEntity, LocalityEntity } from '@brobygger/api/reference-data';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type Page,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
  isIsoDate,
} from '@brobygger/api/util';
import type { VolunteerProfileInput } from './dto/volunteer.models';
import {
  type ChildCertificateStatus,
  type VolunteerStatus,
  VolunteerEntity,
  todayInCopenhagen,
} from './volunteer.entity';
import { checkCompleteForApplication, checkVolunteerProfile } from './volunteer-profile.rules';
import { VolunteersErrorReason } from './volunteers.errors';

export const CHILD_CERTIFICATE_RENEWAL_MONTHS = Symbol('CHILD_CERTIFICATE_RENEWAL_MONTHS');
/** A child-certificate renewal is announced this many days ahead. */
const RENEWAL_NOTICE_DAYS = 30;

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  preferred_language: string;
}

@Injectable()
export class VolunteersService {
  private readonly logger = new Logger(VolunteersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CHILD_CERTIFICATE_RENEWAL_MONTHS) readonly renewalMonths: number,
    private readonly mail: MailService,
  ) {}

  mine(request: RequestContext): Promise<VolunteerEntity | null> {
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.findOne(VolunteerEntity, { where: { accountId: account.id } }),
    );
  }

  /** The wizard saves as it goes; `submit` turns the draft into an application once it is complete. */
  saveMine(request: RequestContext, input: VolunteerProfileInput, submit: boolean): Promise<VolunteerEntity> {
    const account = request.account as SignedInAccount;
    checkVolunteerProfile(input);
    if (submit) checkCompleteForApplication(input);
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.checkReferences(manager, input);
      const existing = await manager.findOne(VolunteerEntity, {
        where: { accountId: account.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && !['draft', 'applied'].includes(existing.status) && submit) {
        throw new DomainError(
          'CONFLICT',
          VolunteersErrorReason.APPLICATION_ALREADY_HANDLED,
          'Your application has already been handled; contact your coordinator to change it.',
        );
      }
      const status: VolunteerStatus = submit ? 'applied' : (existing?.status ?? 'draft');
      const fields = {
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        roles: input.roles,
        languages: input.languages,
        interests: [...new Set(input.interests)],
        localityId: input.localityId || null,
        maxDistanceKm: input.maxDistanceKm,
        availability: [...new Set(input.availability)],
        capacity: input.capacity,
        gender: input.gender ?? null,
        birthYear: input.birthYear ?? null,
        introduction: input.introduction.trim(),
        worksWithChildren: input.worksWithChildren,
        status,
      };
      if (existing) {
        await manager.update(VolunteerEntity, { id: existing.id }, fields);
        return manager.findOneByOrFail(VolunteerEntity, { id: existing.id });
      }
      return manager.save(
        manager.create(VolunteerEntity, {
          ...fields,
          municipalityId: account.municipalityId,
          accountId: account.id,
          childCertificateStatus: input.worksWithChildren ? 'requested' : 'not-needed',
        }),
      );
    });
  }

  list(
    request: RequestContext,
    status: VolunteerStatus | null,
    offset: number,
    limit: number,
  ): Promise<Page<VolunteerEntity>> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const [items, total] = await manager.findAndCount(VolunteerEntity, {
        where: status ? { status } : {},
        order: { createdAt: 'ASC', id: 'ASC' },
        skip: offset,
        take: limit,
      });
      return { items, total, offset, limit };
    });
  }

  /** One volunteer, for the coordinator's vetting page. */
  one(request: RequestContext, id: string): Promise<VolunteerEntity> {
    if (!UUID.test(id)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { id } });
      if (!volunteer)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No volunteer with this id.', 'id');
      return volunteer;
    });
  }

  screen(request: RequestContext, id: string, note: string): Promise<VolunteerEntity> {
    const trimmed = note.trim();
    if (trimmed.length > 500)
      badInput('note', InputErrorReason.TOO_LONG, 'must be at most 500 characters (keep it short and non-sensitive)', {
        max: 500,
      });
    return this.transition(request, id, ['applied'], async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        { status: 'screened', screeningNote: trimmed || null },
      );
    });
  }

  approve(request: RequestContext, id: string): Promise<VolunteerEntity> {
    return this.transition(request, id, ['screened'], async (manager, volunteer) => {
      if (volunteer.worksWithChildren && volunteer.childCertificateStatus !== 'clear') {
        throw new DomainError(
          'CONFLICT',
          VolunteersErrorReason.CHILD_CERTIFICATE_NEEDED,
          'This volunteer will meet children under 15: record a clear child certificate before approving.',
          'childCertificateStatus',
        );
      }
      await manager.update(VolunteerEntity, { id: volunteer.id }, { status: 'approved', rejectionReason: null });
    });
  }

  reject(request: RequestContext, id: string, reason: string): Promise<VolunteerEntity> {
    const trimmed = reason.trim();
    if (!trimmed) badInput('reason', InputErrorReason.REQUIRED, 'give the volunteer a reason');
    if (trimmed.length > 500)
      badInput('reason', InputErrorReason.TOO_LONG, 'must be at most 500 characters', { max: 500 });
    return this.transition(request, id, ['applied', 'screened'], async (manager, volunteer) => {
      await manager.update(VolunteerEntity, { id: volunteer.id }, { status: 'rejected', rejectionReason: trimmed });
    });
  }

  /** Status and dates only: the certificate itself is never stored. */
  recordChildCertificate(
    request: RequestContext,
    id: string,
    input: { status: ChildCertificateStatus; requestedOn?: string | null; checkedOn?: string | null },
  ): Promise<VolunteerEntity> {
    for (const field of ['requestedOn', 'checkedOn'] as const) {
      const value = input[field];
      if (value && !isIsoDate(value)) badInput(field, InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
    }
    if (input.status === 'clear' && !input.checkedOn)
      badInput('checkedOn', InputErrorReason.REQUIRED, 'enter the date the certificate was checked');
    return this.transition(request, id, null, async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        {
          childCertificateStatus: input.status,
          childCertificateRequestedOn: input.requestedOn || null,
          childCertificateCheckedOn: input.checkedOn || null,
        },
      );
    });
  }

  recordTraining(request: RequestContext, id: string, name: string, completedOn: string): Promise<VolunteerEntity> {
    if (!name.trim())
      badInput('name', InputErrorReason.REQUIRED, 'enter the training, e.g. the intro course for leisure guides');
    if (!isIsoDate(completedOn)) badInput('completedOn', InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
    return this.transition(request, id, null, async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        { trainings: [...volunteer.trainings, { name: name.trim(), completedOn }] },
      );
    });
  }

  /** No new proposals until `until` (ISO date, from then on again) or until they resume. */
  pauseMine(request: RequestContext, until: string | null): Promise<VolunteerEntity> {
    const today = todayInCopenhagen();
    if (until != null) {
      if (!isIsoDate(until)) badInput('until', InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
      if (until <= today) badInput('until', InputErrorReason.IN_THE_PAST, 'must be a date after today');
      const limit = new Date(`${today}T00:00:00Z`);
      limit.setUTCFullYear(limit.getUTCFullYear() + 1);
      if (until > limit.toISOString().slice(0, 10))
        badInput('until', InputErrorReason.OUT_OF_RANGE, 'a pause can be at most one year; resume later', {
          max: limit.toISOString().slice(0, 10),
        });
    }
    return this.ownTransition(request, async (manager, volunteer) => {
      await manager.update(VolunteerEntity, { id: volunteer.id }, { pausedAt: new Date(), pausedUntil: until });
    });
  }

  resumeMine(request: RequestContext): Promise<VolunteerEntity> {
    return this.ownTransition(request, async (manager, volunteer) => {
      if (!volunteer.pausedAt)
        throw new DomainError('CONFLICT', VolunteersErrorReason.NOT_ON_PAUSE, 'You are not on a pause.');
      await manager.update(VolunteerEntity, { id: volunteer.id }, { pausedAt: null, pausedUntil: null });
    });
  }

  /**
   * Leaves the programme. Nothing is ended silently: the coordinators are emailed (after the commit)
   * which matches in progress need them — the participant's contact coordinator, or all coordinators
   * when a participant has none or there is nothing in progress.
   */
  async leaveMine(request: RequestContext): Promise<VolunteerEntity> {
    const mails: Mail[] = [];
    const volunteer = await this.ownTransition(request, async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        { leftAt: new Date(), pausedAt: null, pausedUntil: null },
      );
      const inProgress: { kind: string; since: string; contact_coordinator_id: string | null }[] = await manager.query(
        `SELECT m.kind, to_char(coalesce(m.participant_accepted_at, m.approved_at) AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS since,
                p.contact_coordinator_id
           FROM match m JOIN participant p ON p.id = m.participant_id
          WHERE m.volunteer_id = $1 AND m.status IN ('approved', 'accepted', 'active')
          ORDER BY since, m.id`,
        [volunteer.id],
      );
      const coordinators: Recipient[] = await manager.query(
        `SELECT a.id, a.email, a.display_name, a.preferred_language
           FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'coordinator'
          WHERE a.municipality_id = $1 ORDER BY a.email`,
        [volunteer.municipalityId],
      );
      const byCoordinator = new Map<string, { kind: string; since: string }[]>();
      const unassigned = inProgress.filter(
        (m) => !m.contact_coordinator_id || !coordinators.some((c) => c.id === m.contact_coordinator_id),
      );
      for (const m of inProgress) {
        const to = unassigned.includes(m) ? coordinators.map((c) => c.id) : [m.contact_coordinator_id as string];
        for (const id of to) byCoordinator.set(id, [...(byCoordinator.get(id) ?? []), m]);
      }
      if (inProgress.length === 0) for (const c of coordinators) byCoordinator.set(c.id, []);
      for (const coordinator of coordinators) {
        const matches = byCoordinator.get(coordinator.id);
        if (!matches) continue;
        mails.push({
          municipalityId: volunteer.municipalityId,
          to: coordinator.email,
          language: coordinator.preferred_language,
          template: 'volunteer-left',
          params: {
            name: coordinator.display_name,
            provider: `${volunteer.firstName} ${volunteer.lastName}`.trim(),
            matches: matches.map((m) => ({ kind: m.kind, since: danishDate(m.since) })),
            link: this.mail.link('/koordinator/opfoelgning'),
          },
        });
      }
      await this.mail.enqueue(manager, mails);
    });
    return volunteer;
  }

  /** Child-certificate renewal reminders in every municipality (`VolunteersJobs`: hourly). */
  async remindChildCertificateRenewalsEverywhere(): Promise<void> {
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality');
    for (const { id } of municipalities) {
      const sent = await this.remindChildCertificateRenewals(id);
      if (sent > 0) this.logger.log(`${sent} child-certificate renewal reminder(s) sent`);
    }
  }

  /**
   * Emails each volunteer whose child certificate falls due for renewal within 30 days, once per
   * renewal date: the date reminded of is stored in the same UPDATE that picks the row, so two
   * processes never both send it.
   */
  async remindChildCertificateRenewals(municipalityId: string): Promise<number> {
    const mails = await inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const [rows]: [{ first_name: string; last_name: string; renewal: string; account_id: string }[], number] =
        await manager.query(
          `WITH due AS (
             SELECT id, (child_certificate_checked_on + make_interval(months => $1))::date AS renewal
               FROM volunteer
              WHERE child_certificate_status = 'clear' AND child_certificate_checked_on IS NOT NULL
                AND account_id IS NOT NULL AND status = 'approved' AND left_at IS NULL)
           UPDATE volunteer v SET child_certificate_reminder_sent_for = due.renewal
             FROM due
            WHERE v.id = due.id AND due.renewal <= (now() AT TIME ZONE 'Europe/Copenhagen')::date + $2::int
              AND v.child_certificate_reminder_sent_for IS DISTINCT FROM due.renewal
           RETURNING v.first_name, v.last_name, to_char(due.renewal, 'YYYY-MM-DD') AS renewal, v.account_id`,
          [this.renewalMonths, RENEWAL_NOTICE_DAYS],
        );
      if (rows.length === 0) return [];
      const accounts: Recipient[] = await manager.query(
        `SELECT id, email, display_name, preferred_language FROM account WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.account_id)],
      );
      const due = rows.flatMap((row): Mail[] => {
        const account = accounts.find((a) => a.id === row.account_id);
        return account
          ? [
              {
                municipalityId,
                to: account.email,
                language: account.preferred_language,
                template: 'child-certificate-renewal',
                params: {
                  name: row.first_name || account.display_name,
                  date: danishDate(row.renewal),
                  link: this.mail.link('/frivillig'),
                },
              },
            ]
          : [];
      });
      await this.mail.enqueue(manager, due);
      return due;
    });
    return mails.length;
  }

  private ownTransition(
    request: RequestContext,
    work: (manager: EntityManager, volunteer: VolunteerEntity) => Promise<void>,
  ): Promise<VolunteerEntity> {
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const volunteer = await manager.findOne(VolunteerEntity, {
        where: { accountId: account.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!volunteer)
        throw new DomainError(
          'NOT_FOUND',
          VolunteersErrorReason.NO_VOLUNTEER_PROFILE,
          'You have no volunteer profile yet.',
        );
      if (volunteer.leftAt)
        throw new DomainError(
          'CONFLICT',
          VolunteersErrorReason.LEFT_PROGRAMME,
          'You have left the programme; contact your coordinator.',
        );
      await work(manager, volunteer);
      return manager.findOneByOrFail(VolunteerEntity, { id: volunteer.id });
    });
  }

  private transition(
    request: RequestContext,
    id: string,
    from: VolunteerStatus[] | null,
    work: (manager: EntityManager, volunteer: VolunteerEntity) => Promise<void>,
  ): Promise<VolunteerEntity> {
    if (!UUID.test(id)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid volunteer id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!volunteer)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No volunteer with this id.', 'id');
      if (from && !from.includes(volunteer.status)) {
        throw new DomainError(
          'CONFLICT',
          VolunteersErrorReason.VOLUNTEER_STEP_NOT_POSSIBLE,
          `This volunteer is ${volunteer.status}; that step is not possible now.`,
          undefined,
          { status: volunteer.status },
        );
      }
      await work(manager, volunteer);
      return manager.findOneByOrFail(VolunteerEntity, { id });
    });
  }

  private async checkReferences(manager: EntityManager, input: VolunteerProfileInput): Promise<void> {
    if (input.localityId) {
      if (
        !UUID.test(input.localityId) ||
        !(await manager.exists(LocalityEntity, { where: { id: input.localityId } }))
      ) {
        badInput('localityId', InputErrorReason.UNKNOWN_REFERENCE, 'no such town in this municipality');
      }
    }
    const codes = [...new Set(input.languages.map((l) => l.code))];
    if (codes.length && (await manager.count(LanguageEntity, { where: { code: In(codes) } })) !== codes.length) {
      badInput('languages', InputErrorReason.UNKNOWN_REFERENCE, 'contains a language that is not in the list');
    }
    const interests = [...new Set(input.interests)];
    if (
      interests.length &&
      (await manager.count(ActivityEntity, { where: { key: In(interests) } })) !== interests.length
    ) {
      badInput('interests', InputErrorReason.UNKNOWN_REFERENCE, 'contains an activity that is not in the list');
    }
  }
}

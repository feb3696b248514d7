import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { ActivityEntity, LanguageEntity, LocalityEntity } from '@brobygger/api/reference-data';
import { DomainError, type RequestContext, type SignedInAccount, UUID, badInput } from '@brobygger/api/util';
import type { VolunteerProfileInput } from './dto/volunteer.models';
import {
  type ChildCertificateStatus,
  CHILD_CERTIFICATE_STATUSES,
  type VolunteerStatus,
  VolunteerEntity,
} from './volunteer.entity';
import { checkCompleteForApplication, checkVolunteerProfile } from './volunteer-profile.rules';

export const CHILD_CERTIFICATE_RENEWAL_MONTHS = Symbol('CHILD_CERTIFICATE_RENEWAL_MONTHS');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class VolunteersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CHILD_CERTIFICATE_RENEWAL_MONTHS) readonly renewalMonths: number,
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
          'Your application has already been handled; contact your coordinator to change it.',
        );
      }
      const status: VolunteerStatus = submit ? 'applied' : (existing?.status ?? 'draft');
      const fields = {
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        roles: input.roles as VolunteerEntity['roles'],
        languages: input.languages as VolunteerEntity['languages'],
        interests: [...new Set(input.interests)],
        localityId: input.localityId ?? null,
        maxDistanceKm: input.maxDistanceKm,
        availability: [...new Set(input.availability)],
        capacity: input.capacity,
        gender: (input.gender ?? null) as VolunteerEntity['gender'],
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

  list(request: RequestContext, status: string | null): Promise<VolunteerEntity[]> {
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.find(VolunteerEntity, {
        where: status ? { status: status as VolunteerStatus } : {},
        order: { createdAt: 'ASC', id: 'ASC' },
        take: 500,
      }),
    );
  }

  screen(request: RequestContext, id: string, note: string): Promise<VolunteerEntity> {
    const trimmed = note.trim();
    if (trimmed.length > 500) badInput('note', 'must be at most 500 characters (keep it short and non-sensitive)');
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
          'This volunteer will meet children under 15: record a clear child certificate before approving.',
          'childCertificateStatus',
        );
      }
      await manager.update(VolunteerEntity, { id: volunteer.id }, { status: 'approved', rejectionReason: null });
    });
  }

  reject(request: RequestContext, id: string, reason: string): Promise<VolunteerEntity> {
    const trimmed = reason.trim();
    if (!trimmed) badInput('reason', 'give the volunteer a reason');
    if (trimmed.length > 500) badInput('reason', 'must be at most 500 characters');
    return this.transition(request, id, ['applied', 'screened'], async (manager, volunteer) => {
      await manager.update(VolunteerEntity, { id: volunteer.id }, { status: 'rejected', rejectionReason: trimmed });
    });
  }

  /** Status and dates only: the certificate itself is never stored. */
  recordChildCertificate(
    request: RequestContext,
    id: string,
    input: { status: string; requestedOn?: string | null; checkedOn?: string | null },
  ): Promise<VolunteerEntity> {
    if (!(CHILD_CERTIFICATE_STATUSES as readonly string[]).includes(input.status)) {
      badInput('status', `must be one of ${CHILD_CERTIFICATE_STATUSES.join(', ')}`);
    }
    for (const field of ['requestedOn', 'checkedOn'] as const) {
      const value = input[field];
      if (value && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))))
        badInput(field, 'enter a date as YYYY-MM-DD');
    }
    if (input.status === 'clear' && !input.checkedOn)
      badInput('checkedOn', 'enter the date the certificate was checked');
    return this.transition(request, id, null, async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        {
          childCertificateStatus: input.status as ChildCertificateStatus,
          childCertificateRequestedOn: input.requestedOn ?? null,
          childCertificateCheckedOn: input.checkedOn ?? null,
        },
      );
    });
  }

  recordTraining(request: RequestContext, id: string, name: string, completedOn: string): Promise<VolunteerEntity> {
    if (!name.trim()) badInput('name', 'enter the training, e.g. the intro course for leisure guides');
    if (!ISO_DATE.test(completedOn) || Number.isNaN(Date.parse(completedOn)))
      badInput('completedOn', 'enter a date as YYYY-MM-DD');
    return this.transition(request, id, null, async (manager, volunteer) => {
      await manager.update(
        VolunteerEntity,
        { id: volunteer.id },
        { trainings: [...volunteer.trainings, { name: name.trim(), completedOn }] },
      );
    });
  }

  private transition(
    request: RequestContext,
    id: string,
    from: VolunteerStatus[] | null,
    work: (manager: EntityManager, volunteer: VolunteerEntity) => Promise<void>,
  ): Promise<VolunteerEntity> {
    if (!UUID.test(id)) badInput('id', 'not a valid volunteer id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!volunteer) throw new DomainError('NOT_FOUND', 'No volunteer with this id.', 'id');
      if (from && !from.includes(volunteer.status)) {
        throw new DomainError('CONFLICT', `This volunteer is ${volunteer.status}; that step is not possible now.`);
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
        badInput('localityId', 'no such town in this municipality');
      }
    }
    const codes = [...new Set(input.languages.map((l) => l.code))];
    if (codes.length && (await manager.count(LanguageEntity, { where: { code: In(codes) } })) !== codes.length) {
      badInput('languages', 'contains a language that is not in the list');
    }
    const interests = [...new Set(input.interests)];
    if (
      interests.length &&
      (await manager.count(ActivityEntity, { where: { key: In(interests) } })) !== interests.length
    ) {
      badInput('interests', 'contains an activity that is not in the list');
    }
  }
}

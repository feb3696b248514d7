import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { type ApiError, toApiError, FormProblems, listValue } from '@brobygger/web/shared/util-forms';
import {
  ApproveVolunteerGQL,
  DAY_PARTS,
  RecordChildCertificateGQL,
  RecordTrainingGQL,
  RejectVolunteerGQL,
  ScreenVolunteerGQL,
  type VettedVolunteerFragment,
  VolunteerFormOptionsGQL,
  VolunteerGQL,
  WEEKDAYS,
} from '@brobygger/web/volunteers/data-access';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';
import {
  CHILD_CERTIFICATE_STATUSES,
  type ChildCertificateStatus,
  NOTE_MAX_LENGTH,
  certificateChecks,
  rejectionChecks,
  screeningChecks,
  trainingChecks,
  vettingProblem,
} from '../vetting';
import { VettingLabels } from '../vetting-labels';

/**
 * /koordinator/frivillige/:id — one volunteer's application: screen with a short note, approve, or
 * reject with a reason the volunteer sees (after a confirmation); the child certificate's status
 * and dates (never the certificate) and the trainings completed.
 */
@Component({
  selector: 'bb-volunteer-vetting-page',
  imports: [RouterLink, TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteer-vetting.page.html',
  styleUrl: './vetting-page.scss',
})
export class VolunteerVettingPage {
  readonly id = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly volunteerGql = inject(VolunteerGQL);
  private readonly optionsGql = inject(VolunteerFormOptionsGQL);
  private readonly screenGql = inject(ScreenVolunteerGQL);
  private readonly approveGql = inject(ApproveVolunteerGQL);
  private readonly rejectGql = inject(RejectVolunteerGQL);
  private readonly certificateGql = inject(RecordChildCertificateGQL);
  private readonly trainingGql = inject(RecordTrainingGQL);
  private readonly rejectDialog = viewChild<ElementRef<HTMLDialogElement>>('rejectDialog');

  protected readonly labels = new VettingLabels(this.i18n);
  protected readonly danishDate = isoDateToDanish;
  protected readonly certificateStatuses = CHILD_CERTIFICATE_STATUSES;
  protected readonly noteMax = NOTE_MAX_LENGTH;

  protected readonly screenProblems = new FormProblems(this.i18n);
  protected readonly decisionProblems = new FormProblems(this.i18n);
  protected readonly certificateProblems = new FormProblems(this.i18n);
  protected readonly trainingProblems = new FormProblems(this.i18n);
  /** What was done last, for the status message. */
  protected readonly done = signal<TranslationKey | null>(null);

  protected readonly note = signal('');
  protected readonly reason = signal('');
  protected readonly certificateStatus = signal<ChildCertificateStatus | ''>('');
  protected readonly requestedOn = signal('');
  protected readonly checkedOn = signal('');
  protected readonly trainingName = signal('');
  protected readonly completedOn = signal('');

  protected readonly volunteer = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      this.volunteerGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
        map((r) => {
          const found = r.data?.volunteer ?? null;
          if (found) this.fillCertificate(found);
          return found;
        }),
      ),
  });
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });

  protected readonly localityName = computed(() => {
    const id = this.volunteer.value()?.localityId;
    return this.options.value()?.localities.find((l) => l.id === id)?.name ?? '';
  });

  private fillCertificate(volunteer: VettedVolunteerFragment): void {
    this.certificateStatus.set(volunteer.childCertificateStatus);
    this.requestedOn.set(isoDateToDanish(volunteer.childCertificateRequestedOn));
    this.checkedOn.set(isoDateToDanish(volunteer.childCertificateCheckedOn));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** The option chosen in a select of one of the API's closed lists; '' for none. */
  protected chosen<T extends string>(event: Event, options: readonly T[]): T | '' {
    const value = this.value(event);
    return options.find((option) => option === value) ?? '';
  }

  protected setCertificateDate(field: string, text: string): void {
    (field === 'requestedOn' ? this.requestedOn : this.checkedOn).set(text);
  }

  protected languagesText(volunteer: VettedVolunteerFragment): string {
    const languages = this.options.value()?.languages ?? [];
    const current = this.i18n.language();
    return volunteer.languages
      .map((l) => {
        const language = languages.find((known) => known.code === l.code);
        const name = !language
          ? l.code
          : current === 'da'
            ? language.nameDa
            : current === 'en'
              ? language.nameEn
              : language.nativeName;
        return `${name} (${this.labels.level(l.level).toLowerCase()})`;
      })
      .join(', ');
  }

  protected availabilityText(volunteer: VettedVolunteerFragment): string {
    return volunteer.availability
      .map((slot) => {
        const [day, part] = listValue(slot).split('-');
        const knownDay = WEEKDAYS.find((d) => d === day);
        const knownPart = DAY_PARTS.find((p) => p === part);
        return knownDay && knownPart
          ? `${this.i18n.t(`wizard.day.${knownDay}`)} ${this.i18n.t(`wizard.part.${knownPart}`).toLowerCase()}`
          : slot;
      })
      .join(', ');
  }

  /** Runs one vetting step; the answer replaces the volunteer shown. */
  private async run(
    problems: FormProblems,
    fields: readonly string[],
    request: () => Promise<VettedVolunteerFragment | undefined>,
    done: TranslationKey,
  ): Promise<boolean> {
    this.done.set(null);
    let refusal: ApiError | null = null;
    let updated: VettedVolunteerFragment | undefined;
    const ok = await problems.send(
      async () => (updated = await request()),
      fields,
      (error) => (refusal = toApiError(error)),
    );
    if (!ok) {
      if (refusal) problems.show(vettingProblem(refusal, fields));
      return false;
    }
    if (updated) {
      this.volunteer.set(updated);
      this.fillCertificate(updated);
    }
    // A step that went through makes the other forms' earlier problems stale.
    for (const other of [this.screenProblems, this.decisionProblems, this.certificateProblems, this.trainingProblems])
      other.clear();
    this.done.set(done);
    return true;
  }

  protected async screen(): Promise<void> {
    const id = this.id();
    if (!this.screenProblems.check(screeningChecks(this.note()))) return;
    const note = this.note().trim();
    const ok = await this.run(
      this.screenProblems,
      ['note'],
      async () => (await firstValueFrom(this.screenGql.mutate({ variables: { id, note } }))).data?.screenVolunteer,
      'coordination.vetting.done.screened',
    );
    if (ok) this.note.set('');
  }

  protected async approve(): Promise<void> {
    const id = this.id();
    this.decisionProblems.clear();
    await this.run(
      this.decisionProblems,
      [],
      async () => (await firstValueFrom(this.approveGql.mutate({ variables: { id } }))).data?.approveVolunteer,
      'coordination.vetting.done.approved',
    );
  }

  /** Checks the reason first; the dialog then asks before the volunteer is told. */
  protected askToReject(): void {
    if (!this.decisionProblems.check(rejectionChecks(this.reason()))) return;
    this.rejectDialog()?.nativeElement.showModal();
  }

  protected cancelReject(): void {
    this.rejectDialog()?.nativeElement.close();
  }

  protected rejectDialogClosed(): void {
    setTimeout(() => document.getElementById('decision-reject')?.focus());
  }

  protected async confirmReject(): Promise<void> {
    const id = this.id();
    const reason = this.reason().trim();
    this.rejectDialog()?.nativeElement.close();
    const ok = await this.run(
      this.decisionProblems,
      ['reason'],
      async () => (await firstValueFrom(this.rejectGql.mutate({ variables: { id, reason } }))).data?.rejectVolunteer,
      'coordination.vetting.done.rejected',
    );
    if (ok) this.reason.set('');
  }

  protected async recordCertificate(): Promise<void> {
    const id = this.id();
    const status = this.certificateStatus();
    if (!this.certificateProblems.check(certificateChecks(status, this.requestedOn(), this.checkedOn()))) return;
    if (status === '') return;
    const requestedOn = this.requestedOn().trim() ? parseDanishDate(this.requestedOn()) : null;
    const checkedOn = this.checkedOn().trim() ? parseDanishDate(this.checkedOn()) : null;
    await this.run(
      this.certificateProblems,
      ['status', 'requestedOn', 'checkedOn'],
      async () =>
        (await firstValueFrom(this.certificateGql.mutate({ variables: { id, status, requestedOn, checkedOn } }))).data
          ?.recordChildCertificate,
      'coordination.vetting.done.certificate',
    );
  }

  protected async recordTraining(): Promise<void> {
    const id = this.id();
    if (!this.trainingProblems.check(trainingChecks(this.trainingName(), this.completedOn()))) return;
    const name = this.trainingName().trim();
    const completedOn = parseDanishDate(this.completedOn()) as string;
    const ok = await this.run(
      this.trainingProblems,
      ['name', 'completedOn'],
      async () =>
        (await firstValueFrom(this.trainingGql.mutate({ variables: { id, name, completedOn } }))).data?.recordTraining,
      'coordination.vetting.done.training',
    );
    if (ok) {
      this.trainingName.set('');
      this.completedOn.set('');
    }
  }
}

import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems } from '@brobygger/web/shared/util-forms';
import {
  EndPartnershipAgreementGQL,
  PartnerAssociationsGQL,
  type PartnerAssociationsQuery,
  type PartnershipAgreementFieldsFragment,
  RegisterPartnershipAgreementGQL,
  UpdatePartnershipAgreementGQL,
} from '@brobygger/web/associations/data-access';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';
import { agreementProblem } from '../agreement-problems';
import { AGREEMENT_TEXT_MAX_LENGTH } from '@brobygger/shared/rules';

type Association = PartnerAssociationsQuery['partnerAssociations'][number];
type Agreement = PartnershipAgreementFieldsFragment;

const FORM_FIELDS = ['startsOn', 'endsOn', 'scope', 'commitments'];

/**
 * /koordinator/foreninger — every association with its partnership agreement; the staff register a
 * new agreement, change the terms of one that has not ended, or end it (its last day).
 */
@Component({
  selector: 'bb-partnerships-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partnerships.page.html',
  styleUrl: './partnerships.page.scss',
})
export class PartnershipsPage {
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly associationsGql = inject(PartnerAssociationsGQL);
  private readonly registerGql = inject(RegisterPartnershipAgreementGQL);
  private readonly updateGql = inject(UpdatePartnershipAgreementGQL);
  private readonly endGql = inject(EndPartnershipAgreementGQL);
  private readonly endDialog = viewChild<ElementRef<HTMLDialogElement>>('endDialog');
  private readonly messageBox = viewChild<ElementRef<HTMLElement>>('message');

  protected readonly associations = rxResource({
    stream: () =>
      this.associationsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.partnerAssociations ?? [])),
  });

  protected readonly message = signal<string | null>(null);
  /** The association whose agreement is being registered (agreement null) or changed. */
  protected readonly editing = signal<{ association: Association; agreement: Agreement | null } | null>(null);
  protected readonly ending = signal<{ association: Association; agreement: Agreement } | null>(null);
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly endProblems = new FormProblems(this.i18n);
  protected readonly saving = signal(false);
  protected readonly endDate = signal('');

  protected readonly form = this.formBuilder.group({
    startsOn: [''],
    endsOn: [''],
    scope: [''],
    commitments: [''],
  });

  /** The agreement that runs now or will: the newest one that has not ended. */
  protected current(association: Association): Agreement | null {
    return association.partnershipAgreements.find((a) => a.status !== 'ENDED') ?? null;
  }

  protected period(agreement: Agreement): string {
    const start = isoDateToDanish(agreement.startsOn);
    return agreement.endsOn
      ? this.i18n.t('associationInbox.agreement.fromTo', { start, end: isoDateToDanish(agreement.endsOn) })
      : this.i18n.t('associationInbox.agreement.from', { start });
  }

  protected statusLabel(agreement: Agreement): string {
    return this.i18n.t(`associationInbox.agreement.status.${agreement.status}`);
  }

  protected kindLabel(association: Association): string {
    return this.i18n.t(`association.kind.${association.kind}`);
  }

  protected actionLabel(action: TranslationKey, association: Association): string {
    return this.i18n.t('associationInbox.partnerships.actionFor', {
      action: this.i18n.t(action),
      name: association.name,
    });
  }

  protected open(association: Association, agreement: Agreement | null): void {
    this.message.set(null);
    this.problems.clear();
    this.editing.set({ association, agreement });
    this.form.setValue({
      startsOn: isoDateToDanish(agreement?.startsOn),
      endsOn: isoDateToDanish(agreement?.endsOn),
      scope: agreement?.scope ?? '',
      commitments: agreement?.commitments ?? '',
    });
    setTimeout(() => document.getElementById('agreement-form-heading')?.focus());
  }

  protected closeForm(): void {
    const editing = this.editing();
    this.editing.set(null);
    if (editing) setTimeout(() => document.getElementById(this.opener(editing.association, 'edit'))?.focus());
  }

  /** Id of the row button that opened a form or dialog, to return focus to it. */
  protected opener(association: Association, kind: 'edit' | 'end'): string {
    return `agreement-${kind}-${association.id}`;
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing || this.saving()) return;
    const value = this.form.getRawValue();
    const startsOn = parseDanishDate(value.startsOn);
    const endsOnText = value.endsOn.trim();
    const endsOn = endsOnText ? parseDanishDate(endsOnText) : null;
    const scope = value.scope.trim();
    const commitments = value.commitments.trim();
    const ok = this.problems.check([
      ['startsOn', !startsOn, 'associationInbox.problem.startsOn'],
      ['endsOn', endsOnText !== '' && !endsOn, 'associationInbox.problem.endsOn'],
      ['endsOn', !!startsOn && !!endsOn && endsOn < startsOn, 'associationInbox.problem.endBeforeStart'],
      ['scope', !scope, 'associationInbox.problem.scope'],
      ['scope', scope.length > AGREEMENT_TEXT_MAX_LENGTH, 'associationInbox.problem.tooLong'],
      ['commitments', !commitments, 'associationInbox.problem.commitments'],
      ['commitments', commitments.length > AGREEMENT_TEXT_MAX_LENGTH, 'associationInbox.problem.tooLong'],
    ]);
    if (!ok || !startsOn) return;
    const input = { startsOn, endsOn, scope, commitments };
    this.saving.set(true);
    try {
      if (editing.agreement) {
        await firstValueFrom(this.updateGql.mutate({ variables: { id: editing.agreement.id, input } }));
      } else {
        await firstValueFrom(
          this.registerGql.mutate({ variables: { input: { ...input, associationId: editing.association.id } } }),
        );
      }
      this.editing.set(null);
      this.done(
        this.i18n.t(editing.agreement ? 'associationInbox.done.updated' : 'associationInbox.done.registered', {
          name: editing.association.name,
        }),
      );
    } catch (error) {
      this.problems.show(agreementProblem(toApiError(error), FORM_FIELDS));
    } finally {
      this.saving.set(false);
    }
  }

  protected askToEnd(association: Association, agreement: Agreement): void {
    this.message.set(null);
    this.endProblems.clear();
    this.ending.set({ association, agreement });
    this.endDate.set(formatDanishDate(new Date()));
    setTimeout(() => this.endDialog()?.nativeElement.showModal());
  }

  protected cancelEnd(): void {
    this.endDialog()?.nativeElement.close();
  }

  protected endDialogClosed(): void {
    const ending = this.ending();
    this.ending.set(null);
    if (ending) setTimeout(() => document.getElementById(this.opener(ending.association, 'end'))?.focus());
  }

  protected async confirmEnd(): Promise<void> {
    const ending = this.ending();
    if (!ending || this.saving()) return;
    const text = this.endDate().trim();
    const endsOn = parseDanishDate(text);
    if (!this.endProblems.check([['endsOn', !endsOn, 'associationInbox.problem.endsOn']]) || !endsOn) return;
    this.saving.set(true);
    try {
      await firstValueFrom(this.endGql.mutate({ variables: { id: ending.agreement.id, endsOn } }));
      this.ending.set(null);
      this.endDialog()?.nativeElement.close();
      this.done(this.i18n.t('associationInbox.done.ended', { name: ending.association.name, date: text }));
    } catch (error) {
      this.endProblems.show(agreementProblem(toApiError(error), ['endsOn']));
    } finally {
      this.saving.set(false);
    }
  }

  private done(message: string): void {
    this.message.set(message);
    this.associations.reload();
    setTimeout(() => this.messageBox()?.nativeElement.focus());
  }
}

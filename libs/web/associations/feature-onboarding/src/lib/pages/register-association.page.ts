import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ErrorSummaryComponent,
  TextFieldComponent,
  FieldControlDirective,
  FormFieldComponent,
} from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems, enumName } from '@brobygger/web/shared/util-forms';
import { ASSOCIATION_NAME_MAX_LENGTH } from '@brobygger/shared/rules';
import {
  ASSOCIATION_KINDS,
  type AssociationKind,
  RegisterAssociationGQL,
  type RegisterAssociationMutation,
  RegisterAssociationOptionsGQL,
} from '@brobygger/web/associations/data-access';
import {
  I18nService,
  LANGUAGES,
  type LanguageCode,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';
import { REGISTRATION_FIELDS, registrationProblem } from '../registration-problems';

type Registration = RegisterAssociationMutation['registerAssociation'];

const DAY = 86_400_000;

/**
 * /koordinator/foreninger/ny — staff register a new association and, in the same step, invite its
 * first representative; then the page says what happens next.
 */
@Component({
  selector: 'bb-register-association-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-association.page.html',
  styleUrl: './register-association.page.scss',
})
export class RegisterAssociationPage {
  private readonly i18n = inject(I18nService);
  private readonly registerGql = inject(RegisterAssociationGQL);
  private readonly optionsGql = inject(RegisterAssociationOptionsGQL);
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');

  protected readonly kinds = ASSOCIATION_KINDS;
  protected readonly languages = LANGUAGES;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly registered = signal<Registration | null>(null);
  protected readonly saving = signal(false);

  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data?.localities ?? [])),
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [''],
    cvr: [''],
    kind: ['SPORTS' as AssociationKind],
    localityId: [''],
    displayName: [''],
    email: [''],
    preferredLanguage: ['da' as LanguageCode],
  });

  /** What happens next, in words: who was invited, until when the link works. */
  protected readonly next = computed(() => {
    const invitation = this.registered()?.invitation;
    if (!invitation) return null;
    const days = Math.max(1, Math.round((Date.parse(invitation.expiresAt) - Date.now()) / DAY));
    return {
      person: invitation.displayName,
      email: invitation.email,
      days,
      date: formatDanishDate(invitation.expiresAt),
    };
  });

  protected kindLabel(kind: AssociationKind): string {
    return this.i18n.t(`association.kind.${kind}`);
  }

  protected text(key: TranslationKey, params: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const value = this.form.getRawValue();
    const name = value.name.trim();
    const cvr = value.cvr.replace(/\s/g, '');
    const displayName = value.displayName.trim();
    const email = value.email.trim();
    const ok = this.problems.check([
      ['name', !name, 'onboarding.problem.name'],
      ['name', name.length > ASSOCIATION_NAME_MAX_LENGTH, 'onboarding.problem.nameTooLong'],
      ['cvr', cvr !== '' && !/^\d{8}$/.test(cvr), 'onboarding.problem.cvrFormat'],
      ['localityId', !value.localityId, 'onboarding.problem.locality'],
      ['representative.displayName', !displayName, 'onboarding.problem.displayName'],
      ['representative.email', !EMAIL_PATTERN.test(email), 'onboarding.problem.email'],
    ]);
    if (!ok) return;
    const input = {
      name,
      cvr: cvr || null,
      kind: value.kind,
      localityId: value.localityId,
      representative: { displayName, email, preferredLanguage: enumName(value.preferredLanguage) },
    };
    this.saving.set(true);
    this.problems.clear();
    try {
      const response = await firstValueFrom(this.registerGql.mutate({ variables: { input } }));
      this.registered.set(response.data?.registerAssociation ?? null);
      setTimeout(() => this.doneHeading()?.nativeElement.focus());
    } catch (error) {
      this.problems.show(registrationProblem(toApiError(error), REGISTRATION_FIELDS));
    } finally {
      this.saving.set(false);
    }
  }

  protected another(): void {
    this.registered.set(null);
    this.problems.clear();
    this.form.reset();
    setTimeout(() => document.getElementById('register-name')?.focus());
  }
}

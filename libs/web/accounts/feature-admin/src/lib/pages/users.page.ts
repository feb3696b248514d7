import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { InviteAccountGQL, PendingInvitationsGQL, type Role } from '@brobygger/web/accounts/data-access';
import {
  ErrorSummaryComponent,
  TextFieldComponent,
  FieldControlDirective,
  FormFieldComponent,
} from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems, enumName } from '@brobygger/web/shared/util-forms';
import { I18nService, LANGUAGES, type LanguageCode, TranslatePipe, formatDanishDate } from '@brobygger/web/shared/i18n';
import { firstValueFrom, map } from 'rxjs';
import { INVITATION_FIELDS, invitationProblem } from '../invitation-problems';

/** The staff roles an administrator invites here; representatives come with their association. */
const STAFF_ROLES: readonly Role[] = ['COORDINATOR', 'ADMINISTRATOR'];

/**
 * /admin/brugere — an administrator invites a coordinator or administrator by email, and sees the
 * municipality's invitations that are still waiting for an answer.
 */
@Component({
  selector: 'bb-users-page',
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
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly i18n = inject(I18nService);
  private readonly inviteGql = inject(InviteAccountGQL);
  private readonly pendingGql = inject(PendingInvitationsGQL);
  private readonly messageBox = viewChild<ElementRef<HTMLElement>>('message');

  protected readonly roles = STAFF_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly saving = signal(false);
  /** The address of the last invitation sent from this page. */
  private readonly sentTo = signal<string | null>(null);

  protected readonly pending = rxResource({
    stream: () =>
      this.pendingGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.pendingInvitations ?? [])),
  });

  /** The confirmation, once the list shows the new invitation and so its expiry date. */
  protected readonly sent = computed(() => {
    const email = this.sentTo();
    const invitation = email ? this.pending.value()?.find((i) => i.email === email) : undefined;
    return invitation
      ? this.i18n.t('onboarding.admin.sent', { email: invitation.email, date: formatDanishDate(invitation.expiresAt) })
      : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [''],
    email: [''],
    role: ['COORDINATOR' as Role],
    preferredLanguage: ['da' as LanguageCode],
  });

  constructor() {
    // The confirmation takes focus when it appears (after the list has the new invitation).
    const injector = inject(Injector);
    effect(() => {
      if (this.sent()) afterNextRender(() => this.messageBox()?.nativeElement.focus(), { injector });
    });
  }

  protected roleLabel(role: Role): string {
    return this.i18n.t(`role.${role}`);
  }

  protected date(value: string): string {
    return formatDanishDate(value);
  }

  protected async invite(): Promise<void> {
    if (this.saving()) return;
    const value = this.form.getRawValue();
    const displayName = value.displayName.trim();
    const email = value.email.trim().toLowerCase();
    const ok = this.problems.check([
      ['displayName', !displayName, 'onboarding.problem.displayName'],
      ['email', !EMAIL_PATTERN.test(email), 'onboarding.problem.email'],
    ]);
    if (!ok) return;
    this.saving.set(true);
    this.sentTo.set(null);
    try {
      await firstValueFrom(
        this.inviteGql.mutate({
          variables: {
            input: { displayName, email, role: value.role, preferredLanguage: enumName(value.preferredLanguage) },
          },
        }),
      );
      this.form.reset();
      this.sentTo.set(email);
      this.pending.reload();
    } catch (error) {
      this.problems.show(invitationProblem(toApiError(error), INVITATION_FIELDS));
    } finally {
      this.saving.set(false);
    }
  }
}

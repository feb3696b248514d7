import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  ASSOCIATION_KINDS,
  AssociationOffersGQL,
  type AssociationKind,
  type AssociationProfileFieldsFragment,
  CloseOfferGQL,
  DeleteOfferGQL,
  type ManagedOfferFragment,
  MyAssociationsGQL,
  OfferFormOptionsGQL,
  PublishOfferGQL,
  UpdateAssociationProfileGQL,
} from '@brobygger/web/associations/data-access';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
  formatDanishTime,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import { firstValueFrom, map, of } from 'rxjs';
import { AssociationAgreementsComponent } from '../agreements/association-agreements.component';

type PendingAction = { kind: 'close' | 'delete'; offer: ManagedOfferFragment };

/** What a newly registered association still has to fill in, and the control to start at. */
const PROFILE_PARTS = [
  {
    key: 'onboarding.profile.missing.description',
    control: 'profile-description',
    missing: (a: AssociationProfileFieldsFragment) => !a.description.trim(),
  },
  {
    key: 'onboarding.profile.missing.address',
    control: 'profile-address',
    missing: (a: AssociationProfileFieldsFragment) => !a.address.trim(),
  },
  {
    key: 'onboarding.profile.missing.contactPeople',
    control: 'profile-add-contact',
    missing: (a: AssociationProfileFieldsFragment) => a.contactPeople.length === 0,
  },
] as const satisfies readonly { key: TranslationKey; control: string; missing: unknown }[];

/**
 * /forening — the representative's association: its profile (CVR, kind, town, contact people,
 * the yearly child-certificate declaration) and its offers with publish / close / delete.
 */
@Component({
  selector: 'bb-association-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    AssociationAgreementsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './association.page.html',
  styleUrl: './manage-page.scss',
})
export class AssociationPage {
  /** `?forening=<id>` picks one when the account manages several. */
  readonly forening = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly myAssociationsGql = inject(MyAssociationsGQL);
  private readonly offersGql = inject(AssociationOffersGQL);
  private readonly optionsGql = inject(OfferFormOptionsGQL);
  private readonly updateProfileGql = inject(UpdateAssociationProfileGQL);
  private readonly publishGql = inject(PublishOfferGQL);
  private readonly closeGql = inject(CloseOfferGQL);
  private readonly deleteGql = inject(DeleteOfferGQL);

  protected readonly associationKinds = ASSOCIATION_KINDS;
  protected readonly contactParts = ['name', 'email', 'phone'] as const;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly offerProblems = new FormProblems(this.i18n);
  protected readonly saved = signal(false);
  protected readonly offerMessage = signal<string | null>(
    (this.router.currentNavigation()?.extras.state?.['savedOffer'] as string | undefined) ?? null,
  );
  protected readonly pending = signal<PendingAction | null>(null);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly associations = rxResource({
    stream: () =>
      this.myAssociationsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myAssociations ?? [])),
  });
  protected readonly options = rxResource({
    stream: () => this.optionsGql.fetch().pipe(map((r) => r.data)),
  });
  protected readonly association = computed<AssociationProfileFieldsFragment | null>(() => {
    const all = this.associations.value() ?? [];
    return all.find((a) => a.id === this.forening()) ?? all[0] ?? null;
  });
  /** The profile as last saved on this page (the list above is only fetched once). */
  private readonly savedProfile = signal<AssociationProfileFieldsFragment | null>(null);
  /** The parts a new association's profile still lacks: shown as a "complete your profile" state. */
  protected readonly missingFromProfile = computed(() => {
    const current = this.association();
    if (!current) return [];
    const saved = this.savedProfile();
    const profile = saved?.id === current.id ? saved : current;
    // A profile with a description and an address is under way; contact people alone do not hold it up.
    if (profile.description.trim() && profile.address.trim()) return [];
    return PROFILE_PARTS.filter((part) => part.missing(profile));
  });
  protected readonly offers = rxResource({
    params: () => this.association()?.id,
    stream: ({ params: associationId }) =>
      associationId
        ? this.offersGql
            .fetch({ variables: { associationId }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.associationOffers ?? []))
        : of([]),
  });

  protected readonly form = this.formBuilder.group({
    name: [''],
    cvr: [''],
    kind: ['SPORTS' as AssociationKind],
    localityId: [''],
    address: [''],
    description: [''],
    childCertificateDeclaredOn: [''],
    contactPeople: this.formBuilder.array<ReturnType<AssociationPage['contactGroup']>>([]),
  });

  constructor() {
    effect(() => {
      const association = this.association();
      if (association) untracked(() => this.fill(association));
    });
  }

  private contactGroup(person = { name: '', email: '', phone: '' }) {
    return this.formBuilder.group({ name: [person.name], email: [person.email], phone: [person.phone] });
  }

  private fill(association: AssociationProfileFieldsFragment): void {
    this.form.controls.contactPeople.clear();
    for (const person of association.contactPeople) this.form.controls.contactPeople.push(this.contactGroup(person));
    this.form.patchValue({
      name: association.name,
      cvr: association.cvr ?? '',
      kind: association.kind,
      localityId: association.locality.id,
      address: association.address,
      description: association.description,
      childCertificateDeclaredOn: isoDateToDanish(association.childCertificateDeclaredOn),
    });
  }

  protected addContact(): void {
    this.form.controls.contactPeople.push(this.contactGroup());
    const index = this.form.controls.contactPeople.length - 1;
    setTimeout(() => document.getElementById(`profile-contactPeople[${index}].name`)?.focus());
  }

  protected removeContact(index: number): void {
    this.form.controls.contactPeople.removeAt(index);
    setTimeout(() => document.getElementById('profile-add-contact')?.focus());
  }

  protected contactLabel(part: 'name' | 'email' | 'phone'): string {
    return this.i18n.t(`manage.contacts.${part}`);
  }

  protected kindLabel(kind: AssociationKind): string {
    return this.i18n.t(`association.kind.${kind}`);
  }

  protected offerKindLabel(offer: ManagedOfferFragment): string {
    return this.i18n.t(`offer.kind.${offer.kind}`);
  }

  protected statusLabel(offer: ManagedOfferFragment): string {
    return this.i18n.t(`manage.status.${offer.status}`);
  }

  protected startsAt(offer: ManagedOfferFragment): string {
    return offer.startsAt
      ? this.i18n.t('offer.startsAt', {
          date: formatDanishDate(offer.startsAt),
          time: formatDanishTime(offer.startsAt),
        })
      : '';
  }

  protected async save(): Promise<void> {
    const association = this.association();
    if (!association || this.problems.sending()) return;
    this.saved.set(false);
    const value = this.form.getRawValue();
    const cvr = value.cvr.replace(/\s/g, '');
    const declared = value.childCertificateDeclaredOn.trim();
    const declaredIso = declared ? parseDanishDate(declared) : null;
    const checks: [string, boolean, TranslationKey][] = [
      ['name', !value.name.trim(), 'manage.problem.name'],
      ['cvr', cvr !== '' && !/^\d{8}$/.test(cvr), 'manage.problem.cvr'],
      ['localityId', !value.localityId, 'manage.problem.locality'],
      ['childCertificateDeclaredOn', declared !== '' && !declaredIso, 'manage.problem.date'],
    ];
    value.contactPeople.forEach((person, i) => {
      checks.push([`contactPeople[${i}].name`, !person.name.trim(), 'manage.problem.contactName']);
      checks.push([
        `contactPeople[${i}].email`,
        person.email.trim() !== '' && !EMAIL_PATTERN.test(person.email.trim()),
        'auth.problem.email',
      ]);
    });
    if (!this.problems.check(checks)) return;
    const input = {
      name: value.name.trim(),
      cvr: cvr || null,
      kind: value.kind,
      localityId: value.localityId,
      address: value.address.trim(),
      description: value.description.trim(),
      childCertificateDeclaredOn: declaredIso,
      contactPeople: value.contactPeople.map((p) => ({
        name: p.name.trim(),
        email: p.email.trim(),
        phone: p.phone.trim(),
      })),
    };
    const ok = await this.problems.send(
      async () => {
        const response = await firstValueFrom(
          this.updateProfileGql.mutate({ variables: { id: association.id, input } }),
        );
        this.savedProfile.set(response.data?.updateAssociationProfile ?? null);
      },
      checks.map(([field]) => field),
      toApiError,
    );
    if (ok) this.saved.set(true);
  }

  /** From the "complete your profile" note to the first control that needs filling in. */
  protected startProfile(event: Event, controlId: string): void {
    event.preventDefault();
    document.getElementById(controlId)?.focus();
  }

  protected async publish(offer: ManagedOfferFragment): Promise<void> {
    await this.runOfferAction(
      () => firstValueFrom(this.publishGql.mutate({ variables: { id: offer.id } })),
      'manage.offers.published',
      offer,
    );
  }

  protected askToConfirm(kind: PendingAction['kind'], offer: ManagedOfferFragment): void {
    this.pending.set({ kind, offer });
    setTimeout(() => this.dialog()?.nativeElement.showModal());
  }

  protected cancelConfirm(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    const pending = this.pending();
    this.pending.set(null);
    if (pending) setTimeout(() => document.getElementById(`offer-${pending.kind}-${pending.offer.id}`)?.focus());
  }

  protected async confirm(): Promise<void> {
    const pending = this.pending();
    this.dialog()?.nativeElement.close();
    if (!pending) return;
    const { kind, offer } = pending;
    if (kind === 'close') {
      await this.runOfferAction(
        () => firstValueFrom(this.closeGql.mutate({ variables: { id: offer.id } })),
        'manage.offers.closed',
        offer,
      );
    } else {
      await this.runOfferAction(
        () => firstValueFrom(this.deleteGql.mutate({ variables: { id: offer.id } })),
        'manage.offers.deleted',
        offer,
      );
    }
  }

  private async runOfferAction(
    request: () => Promise<unknown>,
    done: TranslationKey,
    offer: ManagedOfferFragment,
  ): Promise<void> {
    this.offerMessage.set(null);
    this.offerProblems.clear();
    try {
      await request();
      this.offerMessage.set(this.i18n.t(done, { title: offer.title }));
      this.offers.reload();
    } catch (error) {
      this.offerProblems.show(problemFromApi(toApiError(error), []));
    }
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MyVolunteerProfileGQL, type VolunteerStatus } from '@brobygger/web/volunteers/data-access';
import { listValue } from '@brobygger/web/shared/util-forms';
import { VolunteerAvailabilitySectionComponent } from '../volunteer-availability-section.component';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { map } from 'rxjs';

/** /frivillig — where the application stands, and the way to the profile. */
@Component({
  selector: 'bb-volunteer-status-page',
  imports: [RouterLink, TranslatePipe, VolunteerAvailabilitySectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'volunteer.title' | t }}</h1>
    @if (profile.isLoading()) {
      <p role="status">{{ 'manage.loading' | t }}</p>
    } @else if (profile.error()) {
      <div class="alert alert-error" role="alert">
        <div class="alert-body">
          <p class="alert-text">{{ 'manage.loadError' | t }}</p>
        </div>
      </div>
    } @else {
      @let current = profile.value();
      <div class="alert alert-info" data-testid="volunteer-status">
        <div class="alert-body">
          <p class="alert-heading">{{ statusHeading(current?.status ?? 'none') }}</p>
          <p class="alert-text">{{ statusText(current?.status ?? 'none') }}</p>
          @if (current?.status === 'REJECTED' && current?.rejectionReason) {
            <p class="alert-text">
              <strong>{{ 'volunteer.reason' | t }}</strong> {{ current?.rejectionReason }}
            </p>
          }
        </div>
      </div>
      @if (!current || current.status === 'DRAFT') {
        <p>
          <a class="button button-primary" routerLink="/frivillig/profil">{{
            (current ? 'volunteer.continue' : 'volunteer.start') | t
          }}</a>
        </p>
      } @else {
        <p>
          <a routerLink="/frivillig/profil">{{ 'volunteer.viewProfile' | t }}</a>
        </p>
        @if (current.status === 'APPROVED') {
          <p>
            <a class="button button-primary" routerLink="/frivillig/forslag">{{ 'matching.volunteer.link' | t }}</a>
          </p>
        }
      }
      <bb-volunteer-availability-section />
    }
  `,
})
export class VolunteerStatusPage {
  private readonly i18n = inject(I18nService);
  private readonly myProfile = inject(MyVolunteerProfileGQL);
  protected readonly profile = rxResource({
    stream: () =>
      this.myProfile.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myVolunteerProfile ?? null)),
  });

  protected statusHeading(status: VolunteerStatus | 'none'): string {
    return this.i18n.t(`volunteer.status.${this.key(status)}`);
  }

  protected statusText(status: VolunteerStatus | 'none'): string {
    return this.i18n.t(`volunteer.statusText.${this.key(status)}`);
  }

  /** Our translation keys name the statuses as the API stores them (`applied`), and `none` for no profile. */
  private key(status: VolunteerStatus | 'none') {
    return status === 'none' ? status : listValue(status);
  }
}
